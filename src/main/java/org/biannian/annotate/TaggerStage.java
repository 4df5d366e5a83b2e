package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

import org.biannian.tagger.CharTagger;
import org.biannian.tagger.NameKind;
import org.biannian.tagger.TaggedSpan;

/**
 * The statistical tagger's persons and places, as hits only where nothing else proposed anything: a
 * span that touches any dictionary, rule or date hit is dropped, so the tagger adds names and never
 * overrides or reshapes one the packs or rules found. Only spans at or above the confidence threshold
 * stand. Polities are left to the packs (the treebank's states are not this period's).
 */
final class TaggerStage {

    static final String FOUND_BY = "tagger";

    private TaggerStage() {
    }

    static List<Hit> hits(int[] codePoints, List<Hit> others, CharTagger tagger, TaggerSettings settings) {
        int[] covered = new int[codePoints.length + 1];
        for (Hit h : others) {
            for (int k = h.start(); k < h.end(); k++) {
                covered[k + 1] = 1;
            }
        }
        for (int k = 1; k <= codePoints.length; k++) {
            covered[k] += covered[k - 1];
        }
        List<Hit> hits = new ArrayList<>();
        for (TaggedSpan s : tagger.tag(codePoints)) {
            MentionType type = switch (s.kind()) {
                case PERSON -> MentionType.PER;
                case PLACE -> MentionType.PLACE;
                case POLITY -> null;
            };
            if (type == null || s.confidence() < settings.threshold(s.kind()) || covered[s.end()] - covered[s.start()] > 0) {
                continue;
            }
            hits.add(new Hit(s.start(), s.end(), type, null, OfficeCompoundRule.slice(codePoints, s.start(), s.end()), List.of(),
                    FOUND_BY, Hit.RULE));
        }
        return hits;
    }

    /** The confidence a tagged span needs to stand, per kind. */
    record TaggerSettings(double person, double place) {
        double threshold(NameKind kind) {
            return kind == NameKind.PERSON ? person : place;
        }
    }
}
