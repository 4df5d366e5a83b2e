package org.biannian.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the date expressions in running text (a narrative, a note) and resolves each in the date in force,
 * which every resolved date then updates: in 「淳化五年正月癸酉，…二月戊子」 the 二月 is 淳化五年's.
 * Each found date keeps its regime, so a Liao date in a Song narrative stays a Liao date.
 */
public final class DatesInText {

    /**
     * A date found in text.
     *
     * @param startCodePoint where it starts, in code points of the text
     * @param endCodePoint   where it ends (exclusive)
     * @param resolution     what it resolves to, with its expression and regime
     */
    public record FoundDate(int startCodePoint, int endCodePoint, Resolution resolution) {
    }

    private final ChineseCalendar calendar;

    public DatesInText(ChineseCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Every date expression of {@code text}, in order, resolved starting from {@code inForce}; empty if none. */
    public List<FoundDate> find(String text, DateContext inForce) {
        Objects.requireNonNull(text, "text");
        DateExpressionReader reader = calendar.dateReader();
        DateContext context = inForce == null ? DateContext.NONE : inForce;
        List<FoundDate> found = new ArrayList<>();
        int codePoint = 0;
        for (int i = 0; i < text.length(); ) {
            DateExpressionReader.Match match = i > 0 && isContinuation(text, i) ? null
                    : reader.readAt(text, codePoint).orElse(null);
            if (match == null) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                codePoint++;
                continue;
            }
            Resolution r = calendar.resolve(match.expression(), context);
            found.add(new FoundDate(codePoint, codePoint + match.length(), r));
            if (r.regime() != null && r.lunarYear() != null) {
                context = new DateContext(r.regime(), r.lunarYear(), r.month() != null ? r.month() : context.month(),
                        r.month() != null ? r.leap() : context.leap());
            }
            i = text.offsetByCodePoints(i, match.length());
            codePoint += match.length();
        }
        return found;
    }

    /** Whether position {@code i} is inside a run of date characters (do not start a match mid-number: 十|二年). */
    private static boolean isContinuation(String text, int i) {
        char before = text.charAt(i - 1);
        return "〇一二三四五六七八九十百廿卅元年月閏正".indexOf(before) >= 0;
    }
}
