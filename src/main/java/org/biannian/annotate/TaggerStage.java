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
 * stand, and only name-shaped ones (see {@link #nameShaped}). Polities are left to the packs (the treebank's states are not this period's).
 */
final class TaggerStage {

    static final String FOUND_BY = "tagger";

    private TaggerStage() {
    }

    static List<Hit> hits(int[] codePoints, List<Hit> others, CharTagger tagger, TaggerSettings settings) {
        int[] covered = new int[codePoints.length + 1];
        java.util.BitSet hitEnds = new java.util.BitSet(codePoints.length + 1);
        for (Hit h : others) {
            hitEnds.set(h.end());
            for (int k = h.start(); k < h.end(); k++) {
                covered[k + 1] = 1;
            }
        }
        for (int k = 1; k <= codePoints.length; k++) {
            covered[k] += covered[k - 1];
        }
        // Ask the tagger only about stretches where a name could still be added: where an anchored (see
        // anchored), name-shaped (see nameShaped) person fits among free characters or, with places on,
        // wherever two characters are free after an anchor.
        boolean places = !Double.isInfinite(settings.place());
        java.util.BitSet wanted = new java.util.BitSet(codePoints.length);
        for (int i = 0; i < codePoints.length; i++) {
            boolean anchor = i == 0 || Chars.isBoundary(codePoints[i - 1]) || hitEnds.get(i);
            if (anchor && (places ? i + 2 <= codePoints.length && covered[i + 2] == covered[i] : personFits(codePoints, covered, i))) {
                wanted.set(i);
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (TaggedSpan s : tagger.tag(codePoints, wanted)) {
            MentionType type = switch (s.kind()) {
                case PERSON -> MentionType.PER;
                case PLACE -> MentionType.PLACE;
                case POLITY -> null;
            };
            if (type == null || s.confidence() < settings.threshold(s.kind()) || covered[s.end()] - covered[s.start()] > 0
                    || !nameShaped(codePoints, s) || !anchored(codePoints, hitEnds, s)) {
                continue;
            }
            hits.add(new Hit(s.start(), s.end(), type, null, OfficeCompoundRule.slice(codePoints, s.start(), s.end()), List.of(),
                    FOUND_BY, Hit.RULE));
        }
        return hits;
    }

    /**
     * A person the tagger alone found must look like a full name, a known surname and one or two
     * characters (the treebank's lone given names and posthumous names, 文 and 武, are too often words
     * here); a place must have two characters at least.
     */
    private static boolean nameShaped(int[] codePoints, TaggedSpan s) {
        int length = s.end() - s.start();
        int first = codePoints[s.start()];
        int after = Chars.at(codePoints, s.end());
        if (s.kind() == NameKind.PLACE) {
            // 罷京城, 賜京城, 本州, 等州: a verb or a determiner the tagger took into the place.
            return length >= 2 && !Chars.isAnyOf(first, NameRules.VERB_BEFORE_PLACE) && !Chars.isAnyOf(first, NameRules.NOT_A_STEM);
        }
        int surname = NameRules.surnameLength(codePoints, s.start());
        if (surname == 0 || length <= surname || length > surname + 2) {
            return false;
        }
        // 丁丑, 丁夘: a cyclical day opening an unpunctuated 本紀 record, not a man surnamed 丁.
        if (length == 2 && Chars.isDayAt(codePoints, s.start())) {
            return false;
        }
        // A verb or particle that follows names is not their last character (遼遣蕭良來: 蕭良 came).
        if (Chars.isAnyOf(codePoints[s.end() - 1], AFTER_PERSON) && length == surname + 2) {
            return false;
        }
        // The treebank's names are mostly of two characters, so the tagger cuts three-character ones short
        // (許彥 of 許彥欽): the name must end where a clause goes on, at punctuation or a verb or particle.
        boolean placeList = after == '等' && Chars.isAnyOf(Chars.at(codePoints, s.end() + 1), "州軍縣路");
        return (after < 0 || Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_PERSON)) && !placeList;
    }

    /**
     * Whether the span starts a clause (after punctuation or a line end) or right after something another
     * stage found (a title, a place, a polity, a date: 殿中丞郭渭, 嶺南劉鋹, 吴越王錢俶): a name the tagger
     * alone proposes in the middle of running words is too often a word (許臣, 謝恩, 祝版).
     */
    private static boolean anchored(int[] codePoints, java.util.BitSet hitEnds, TaggedSpan s) {
        return s.start() == 0 || Chars.isBoundary(codePoints[s.start() - 1]) || hitEnds.get(s.start());
    }

    /** Whether a person of the shape {@link #nameShaped} accepts could start at {@code i} among free characters. */
    private static boolean personFits(int[] codePoints, int[] covered, int i) {
        // The cheap test first: most positions of an annotated text are taken or next to one that is.
        if (i + 2 > codePoints.length || covered[i + 2] != covered[i]) {
            return false;
        }
        int surname = NameRules.surnameLength(codePoints, i);
        if (surname == 0) {
            return false;
        }
        for (int end = i + surname + 1; end <= Math.min(codePoints.length, i + surname + 2); end++) {
            int after = Chars.at(codePoints, end);
            if (covered[end] == covered[i] && (after < 0 || Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_PERSON))) {
                return true;
            }
        }
        return false;
    }

    /** What follows a person's name in narrative: verbs of acting, reporting, dying, and the particles that go on a clause. */
    private static final String AFTER_PERSON = "等曰言為以與及率將領知遣坐殺死卒數既自請入來至攻敗奏上亦乃遂皆并並之所";

    /** The confidence a tagged span needs to stand, per kind. */
    record TaggerSettings(double person, double place) {
        double threshold(NameKind kind) {
            return kind == NameKind.PERSON ? person : place;
        }
    }
}
