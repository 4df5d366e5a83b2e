package org.biannian.annals;

/**
 * The Chinese year an entry stands in.
 *
 * @param regime     the regime whose eras name the year (宋), or null when unknown
 * @param era        the era name in force (至道), or null when no era covers the year
 * @param eraYear    the year of that era, or 0 when unknown
 * @param julianYear the Julian-calendar year in which the Chinese year began (淳化五年 → 994), or null when unknown
 * @param how        how the year in force was established
 */
public record EntryYear(String regime, String era, int eraYear, Integer julianYear, Source how) {

    /** How an entry's year was established. */
    public enum Source {
        /** Written in the entry's own date (「端拱元年春正月」). */
        WRITTEN,
        /** From a year heading above the entry. */
        HEADING,
        /** From the {@code --start} option. */
        START,
        /** Inferred: a new 春 or a lower month number started the next year. */
        INFERRED
    }
}
