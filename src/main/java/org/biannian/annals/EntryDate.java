package org.biannian.annals;

import org.biannian.calendar.DateExpression;
import org.biannian.calendar.Resolution;
import org.biannian.text.Span;

/**
 * The date in force for an entry, as the chronicle gives it.
 *
 * @param written    the date expression opening the headline, or null when the headline has none
 * @param span       where {@code written} stands in the source, or null
 * @param month      the month in force, 1–12; 0 when only the year is known (是歲) or nothing yet
 * @param leap       whether the month is the leap month
 * @param ganzhi     the day's sexagenary index (0 = 甲子) when written, else null
 * @param inherited  true when the headline has no date and the month carries over from the entry before
 * @param resolved   the date in force resolved by the calendar: JDN range, precision, diagnostics
 */
public record EntryDate(DateExpression written, Span span, int month, boolean leap, Integer ganzhi, boolean inherited,
                        Resolution resolved) {

    public EntryDate {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 0..12, got " + month);
        }
    }
}
