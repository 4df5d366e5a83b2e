package org.biannian.calendar;

/**
 * The date in force where an expression is read (the year and month of the entry it belongs to): it
 * supplies what the expression leaves out. Every part may be null.
 *
 * @param regime    the regime of the document or entry, or null
 * @param lunarYear the lunar year in force, or null
 * @param month     the month in force (1–12), or null
 * @param leap      whether the month in force is the leap month
 */
public record DateContext(Regime regime, Integer lunarYear, Integer month, boolean leap) {

    /** No date in force. */
    public static final DateContext NONE = new DateContext(null, null, null, false);

    public DateContext {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1..12, got " + month);
        }
    }

    /** Only a regime in force. */
    public static DateContext of(Regime regime) {
        return new DateContext(regime, null, null, false);
    }
}
