package org.biannian.annotate;

import java.util.ArrayList;
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

    static List<Hit> hits(SourceText text, int[] codePoints, DateExpressionReader reader, Set<String> eraNames) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < codePoints.length) {
            Optional<DateExpressionReader.Match> match = Chars.isHan(codePoints[i]) ? reader.readAt(text, i) : Optional.empty();
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

    /** End of 「ERA中/初/末」 at {@code start}, or {@code start} if there is none. */
    static int eraRelativeAt(int[] text, int start, Set<String> eraNames) {
        for (int length = Math.min(LONGEST_ERA, text.length - start - 1); length >= 2; length--) {
            if (Chars.isAnyOf(text[start + length], "中初末") && eraNames.contains(OfficeCompoundRule.slice(text, start, start + length))) {
                return start + length + 1;
            }
        }
        return start;
    }
}
