package org.biannian.parallels;

import org.biannian.calendar.Precision;

/**
 * The date in force at a passage of a source: the last date the source wrote before it (or at its start),
 * resolved by the calendar.
 *
 * @param written    the date expression as the source writes it (已/夘 forms included), or null when none is in force
 * @param lunarYear  the Julian year in which the Chinese year began, or null
 * @param month      1–12, or null
 * @param leap       whether the month is the leap month
 * @param firstJdn   first day of the date in force, or null when unknown
 * @param lastJdn    last day, or null
 * @param precision  DAY, MONTH, SEASON, YEAR or NONE
 * @param carried    true when the passage opens without a date of its own (the date carries over, 「丙申條後」)
 */
public record PassageDate(String written, Integer lunarYear, Integer month, boolean leap, Integer firstJdn, Integer lastJdn,
                          Precision precision, boolean carried) {

    /** No date in force. */
    public static final PassageDate NONE = new PassageDate(null, null, null, false, null, null, Precision.NONE, false);

    /** Whether some days are known. */
    public boolean resolved() {
        return firstJdn != null && lastJdn != null;
    }

    /** The same date, carried over to a passage that does not open with it. */
    PassageDate carriedOver() {
        return carried ? this : new PassageDate(written, lunarYear, month, leap, firstJdn, lastJdn, precision, true);
    }
}
