package org.biannian.calendar;

import java.util.List;
import java.util.Objects;

/**
 * What a date expression resolves to: a day or a range of days, in a regime's calendar, with what could not
 * be resolved said in {@code diagnostics} and the reference tables' other readings in {@code alternatives}.
 * Unresolved parts are null; {@code precision} is {@link Precision#NONE} when nothing was.
 *
 * @param expression  what was resolved
 * @param regime      the regime whose calendar was used, or null
 * @param era         the era in force (as the text gives it, or the one in force then), or null
 * @param eraYear     its year, or null
 * @param lunarYear   the lunar year (the Julian year in which that Chinese year began), or null
 * @param month       the month 1–12, or null
 * @param leap        whether the month is the leap month
 * @param precision   how much is pinned down
 * @param jdn         the day, for {@link Precision#DAY}; else null
 * @param firstJdn    the first day of the range, or null
 * @param lastJdn     the last day of the range, or null
 * @param diagnostics problems, with readings; empty when the date is sound
 * @param alternatives other tables' readings of the month, where they disagree
 */
public record Resolution(DateExpression expression, Regime regime, String era, Integer eraYear, Integer lunarYear,
                         Integer month, boolean leap, Precision precision, Integer jdn, Integer firstJdn,
                         Integer lastJdn, List<DateDiagnostic> diagnostics, List<Alternative> alternatives) {

    public Resolution {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(precision, "precision");
        diagnostics = List.copyOf(diagnostics);
        alternatives = List.copyOf(alternatives);
    }

    /** Whether some days were resolved. */
    public boolean resolved() {
        return firstJdn != null;
    }

    /** The first day (or the day) in the Julian calendar, or null. */
    public String julian() {
        return firstJdn == null ? null : Jdn.julianString(firstJdn);
    }

    /** The last day in the Julian calendar, or null. */
    public String lastJulian() {
        return lastJdn == null ? null : Jdn.julianString(lastJdn);
    }

    /** The first day (or the day) as civil usage writes it: Julian before 1582-10-15, Gregorian from then; or null. */
    public String civil() {
        return firstJdn == null ? null : Jdn.civilString(firstJdn);
    }

    /** The last day in civil usage, or null. */
    public String lastCivil() {
        return lastJdn == null ? null : Jdn.civilString(lastJdn);
    }

    /** The first day (or the day) in the proleptic Gregorian calendar, or null. */
    public String gregorian() {
        return firstJdn == null ? null : Jdn.gregorianString(firstJdn);
    }

    /** The last day in the proleptic Gregorian calendar, or null. */
    public String lastGregorian() {
        return lastJdn == null ? null : Jdn.gregorianString(lastJdn);
    }

    /** The day's ganzhi, for a day; else null. */
    public String ganzhi() {
        return jdn == null ? null : Jdn.ganzhiName(Jdn.ganzhiIndex(jdn));
    }

    /** Whether a diagnostic with {@code code} was raised. */
    public boolean has(DateDiagnostic.Code code) {
        for (DateDiagnostic d : diagnostics) {
            if (d.code() == code) {
                return true;
            }
        }
        return false;
    }
}
