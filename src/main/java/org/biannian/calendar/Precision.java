package org.biannian.calendar;

/** How much of a date a resolution pins down. */
public enum Precision {
    /** One day: {@code jdn} is set. */
    DAY,
    /** A lunar month. */
    MONTH,
    /** A season: three months, and the leap month among them if any. */
    SEASON,
    /** A lunar year. */
    YEAR,
    /** A whole era, when only its name is given. */
    ERA,
    /** Nothing could be resolved: see the diagnostics. */
    NONE
}
