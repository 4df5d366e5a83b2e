package org.biannian.parallels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.biannian.annotate.Mention;
import org.biannian.text.Span;

/**
 * Reads the differences off an alignment of an entry with a passage: each short run of unequal characters
 * between equal ones. A run inside a name the entry (or the source) mentions is reported as that whole
 * name against the source's aligned characters (趙光祚 / 趙光祥); a run of numerals as a number.
 */
final class Differences {

    /** A run longer than this is a different wording, not a different reading. */
    private static final int MAX_RUN = 4;
    private static final String NUMERALS = "〇一二三四五六七八九十百千萬廿卅卌兩";

    private Differences() {
    }

    static List<Difference> of(LocalAlignment alignment, int[] query, int[] queryAt, Reading entryReading,
                               List<Mention> entryMentions, Reading sourceReading, List<Mention> sourceMentions) {
        List<int[]> pairs = alignment.pairs();
        Map<String, Difference> found = new LinkedHashMap<>();
        int k = 0;
        while (k < pairs.size()) {
            if (isMatch(pairs.get(k), query, sourceReading)) {
                k++;
                continue;
            }
            int runStart = k;
            while (k < pairs.size() && !isMatch(pairs.get(k), query, sourceReading)) {
                k++;
            }
            int runEnd = k;
            // A run at either end of the alignment is not flanked by agreement: no difference to read.
            if (runStart == 0 || runEnd == pairs.size() || runEnd - runStart > MAX_RUN) {
                continue;
            }
            int[] entryRange = range(pairs, runStart, runEnd, 0);
            int[] sourceRange = range(pairs, runStart, runEnd, 1);
            if (entryRange == null || sourceRange == null) {
                continue; // a pure gap: one text says more, which is wording, not a reading
            }
            Difference d = classify(pairs, entryRange, sourceRange, queryAt, entryReading, entryMentions, sourceReading,
                    sourceMentions);
            if (d != null && !d.entryText().equals(d.sourceText())) {
                found.putIfAbsent(d.kind() + "\t" + d.entryText() + "\t" + d.sourceText(), d);
            }
        }
        return List.copyOf(found.values());
    }

    private static boolean isMatch(int[] pair, int[] query, Reading source) {
        return pair[0] >= 0 && pair[1] >= 0 && query[pair[0]] == source.folded(pair[1]);
    }

    /** The first and last (inclusive) positions of side {@code side} in pairs [from, to), or null if none. */
    private static int[] range(List<int[]> pairs, int from, int to, int side) {
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            int p = pairs.get(i)[side];
            if (p >= 0) {
                first = first < 0 ? p : first;
                last = p;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    private static Difference classify(List<int[]> pairs, int[] entryRange, int[] sourceRange, int[] queryAt,
                                       Reading entryReading, List<Mention> entryMentions, Reading sourceReading,
                                       List<Mention> sourceMentions) {
        Span entrySpan = entryReading.sourceSpan(queryAt[entryRange[0]], queryAt[entryRange[1]] + 1);
        Span sourceSpan = sourceReading.sourceSpan(sourceRange[0], sourceRange[1] + 1);
        Mention name = covering(entryMentions, entrySpan);
        if (name != null) {
            // The whole name against the source characters aligned with it.
            int from = entryReading.fromSource(name.start());
            int to = entryReading.fromSource(name.end());
            int[] aligned = alignedSource(pairs, queryAt, from, to);
            if (aligned != null) {
                return new Difference(kindOf(name), name.text(), sourceReading.rawText(aligned[0], aligned[1] + 1), name.span(),
                        sourceReading.sourceSpan(aligned[0], aligned[1] + 1));
            }
        }
        Mention sourceName = covering(sourceMentions, sourceSpan);
        String entryText = entryReading.rawText(queryAt[entryRange[0]], queryAt[entryRange[1]] + 1);
        String sourceText = sourceReading.rawText(sourceRange[0], sourceRange[1] + 1);
        Difference.Kind kind = sourceName != null ? kindOf(sourceName)
                : isNumber(entryText) || isNumber(sourceText) ? Difference.Kind.NUMBER : Difference.Kind.TEXT;
        return new Difference(kind, entryText, sourceText, entrySpan, sourceSpan);
    }

    private static int[] alignedSource(List<int[]> pairs, int[] queryAt, int readingFrom, int readingTo) {
        int first = -1;
        int last = -1;
        for (int[] p : pairs) {
            if (p[0] >= 0 && p[1] >= 0 && queryAt[p[0]] >= readingFrom && queryAt[p[0]] < readingTo) {
                first = first < 0 ? p[1] : first;
                last = p[1];
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    private static Mention covering(List<Mention> mentions, Span span) {
        for (Mention m : mentions) {
            if (m.span().overlaps(span) && m.start() <= span.start() && span.end() <= m.end()) {
                return m;
            }
        }
        return null;
    }

    private static Difference.Kind kindOf(Mention m) {
        return switch (m.type()) {
            case PLACE -> Difference.Kind.PLACE;
            case OFFICE -> Difference.Kind.OFFICE;
            default -> Difference.Kind.NAME;
        };
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> NUMERALS.indexOf(c) >= 0);
    }
}
