package org.biannian.annotate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.biannian.calendar.DateExpressionReader;
import org.biannian.text.SourceText;

/**
 * Date expressions as DATE mentions, found by the calendar's own reader (so what is tagged is
 * exactly what the calendar can resolve), plus the era-relative forms 淳化中 / 至道初 / 太平興國末, which
 * name a stretch of an era rather than a date and which the reader leaves alone.
 */
final class DateStage {

    private DateStage() {
    }

    /** Characters a date expression can start with: numerals, seasons, 是, stems, and the first characters of eras and regimes. */
    static BitSet openers(Set<String> eraNames, Set<String> regimeNames) {
        BitSet openers = new BitSet();
        "一二三四五六七八九十正閏春夏秋冬是甲乙丙丁戊己庚辛壬癸初明".codePoints().forEach(openers::set);
        eraNames.forEach(e -> openers.set(e.codePointAt(0)));
        regimeNames.forEach(r -> openers.set(r.codePointAt(0)));
        return openers;
    }

    /**
     * {@code openers}: from {@link #openers}; the reader is asked only where a date can begin, which
     * keeps this stage from costing a parse attempt per character.
     */
    static List<Hit> hits(SourceText text, int[] codePoints, DateExpressionReader reader, NameTrie eraNames, BitSet openers) {
        List<Hit> hits = new ArrayList<>();
        int marker = -1; // the nearest date marker at or after i, found as i moves on (one pass in all)
        int i = 0;
        while (i < codePoints.length) {
            if (!openers.get(codePoints[i])) {
                i++;
                continue;
            }
            if (marker < i) {
                marker = nextMarker(codePoints, i);
            }
            Optional<DateExpressionReader.Match> match = marker - i <= MARKER_REACH ? reader.readAt(text, i) : Optional.empty();
            if (match.isPresent() && match.get().length() > 0) {
                int end = i + match.get().length();
                // 夏 in 「夏人」 is the state; the reader already refuses a season without a month.
                hits.add(new Hit(i, end, MentionType.DATE, null, match.get().expression().text(), List.of(), "calendar:reader", Hit.STRUCTURE));
                i = end;
                continue;
            }
            int end = eraRelativeAt(codePoints, i, eraNames);
            if (end > i) {
                hits.add(new Hit(i, end, MentionType.DATE, null, OfficeCompoundRule.slice(codePoints, i, end), List.of(), "rule:era-relative", Hit.STRUCTURE));
                i = end;
                continue;
            }
            i++;
        }
        return hits;
    }

    private static final int LONGEST_ERA = 6;
    private static final BitSet MARKERS = Chars.setOf("年月歲朔晦望日");
    private static final BitSet STEMS = Chars.setOf("甲乙丙丁戊己庚辛壬癸");
    private static final BitSet BRANCHES = Chars.setOf("子丑寅卯辰巳午未申酉戌亥");
    private static final BitSet ERA_RELATIVE = Chars.setOf("中初末");
    /** Every date the reader accepts has 年, 月, 歲, 朔, 晦, 望, 日 or a cyclical day within this many code points of its start. */
    private static final int MARKER_REACH = 12;

    /** The nearest position at or after {@code from} holding a date marker, or a position far past the text's end. */
    private static int nextMarker(int[] text, int from) {
        for (int i = from; i < text.length; i++) {
            if (Chars.isIn(text[i], MARKERS) || Chars.isIn(text[i], STEMS) && Chars.isIn(Chars.at(text, i + 1), BRANCHES)) {
                return i;
            }
        }
        return Integer.MAX_VALUE / 2;
    }

    /** End of 「ERA中/初/末」 at {@code start}, or {@code start} if there is none. */
    static int eraRelativeAt(int[] text, int start, NameTrie eraNames) {
        // 中, 初 or 末 where an era could end first (rare), then one walk of the automaton for the era's lengths.
        long ends = 0;
        for (int length = 2; length <= Math.min(LONGEST_ERA, text.length - start - 1); length++) {
            if (Chars.isIn(text[start + length], ERA_RELATIVE)) {
                ends |= 1L << length;
            }
        }
        long eras = ends == 0 ? 0 : ends & eraNames.keyLengths(text, start, Math.min(LONGEST_ERA, text.length - start - 1));
        return eras == 0 ? start : start + 63 - Long.numberOfLeadingZeros(eras) + 1;
    }
}
