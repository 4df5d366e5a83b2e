package org.biannian.tagger.tools;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biannian.tagger.CharTagger;
import org.biannian.tagger.LabelledText;
import org.biannian.tagger.NameKind;
import org.biannian.tagger.TaggedSpan;

/** Exact-span precision, recall and F1 of a tagger on labelled texts, per kind. */
public record TaggerScore(Map<NameKind, int[]> counts) {

    /** Gold, found and both, per kind, with spans at or above {@code threshold} confidence. */
    public static TaggerScore of(CharTagger tagger, List<LabelledText> texts, double threshold) {
        Map<NameKind, int[]> counts = new EnumMap<>(NameKind.class);
        for (NameKind k : NameKind.values()) {
            counts.put(k, new int[3]);
        }
        for (LabelledText t : texts) {
            Set<String> gold = new HashSet<>();
            for (TaggedSpan s : spans(t.labels())) {
                gold.add(s.start() + ":" + s.end() + ":" + s.kind());
                counts.get(s.kind())[0]++;
            }
            for (TaggedSpan s : tagger.tag(t.codePoints())) {
                if (s.confidence() < threshold) {
                    continue;
                }
                counts.get(s.kind())[1]++;
                if (gold.contains(s.start() + ":" + s.end() + ":" + s.kind())) {
                    counts.get(s.kind())[2]++;
                }
            }
        }
        return new TaggerScore(counts);
    }

    private static List<TaggedSpan> spans(int[] labels) {
        List<TaggedSpan> out = new java.util.ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] % 2 == 1) {
                NameKind kind = NameKind.values()[(labels[i] - 1) / 2];
                int end = i + 1;
                while (end < labels.length && labels[end] == labels[i] + 1) {
                    end++;
                }
                out.add(new TaggedSpan(i, end, kind, 0));
            }
        }
        return out;
    }

    public double precision(NameKind k) {
        int[] c = counts.get(k);
        return c[1] == 0 ? 0 : (double) c[2] / c[1];
    }

    public double recall(NameKind k) {
        int[] c = counts.get(k);
        return c[0] == 0 ? 0 : (double) c[2] / c[0];
    }

    public double f1(NameKind k) {
        double p = precision(k);
        double r = recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("kind      gold  found  P      R      F1\n");
        for (NameKind k : NameKind.values()) {
            int[] c = counts.get(k);
            b.append(String.format("%-8s %5d %6d  %.3f  %.3f  %.3f%n", k, c[0], c[1], precision(k), recall(k), f1(k)));
        }
        return b.toString();
    }
}
