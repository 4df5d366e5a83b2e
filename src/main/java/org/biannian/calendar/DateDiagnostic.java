package org.biannian.calendar;

import java.util.List;
import java.util.Objects;

/**
 * A problem with a date expression, as a value: a stable code, a message for people, and the nearest
 * plausible readings. The calendar never shifts a date silently: when the text cannot be right as written,
 * it says so here.
 *
 * @param code     what is wrong
 * @param severity ERROR when the date (or part of it) could not be resolved, WARNING when it was resolved
 *                 by a reading the text does not literally support
 * @param message  one sentence a historian can act on
 * @param readings the nearest plausible readings, best first (may be empty)
 */
public record DateDiagnostic(Code code, Severity severity, String message, List<Reading> readings) {

    /** Stable diagnostic codes. */
    public enum Code {
        /** The day's ganzhi does not occur in the stated month. */
        GANZHI_NOT_IN_MONTH,
        /** The ganzhi occurs in the month but is not its 朔 (or 晦) as the text says. */
        GANZHI_NOT_PHASE,
        /** An ordinal day past the month's end (三十日 of a 29-day month). */
        DAY_NOT_IN_MONTH,
        /** The era year is past the era's end (淳化六年). */
        YEAR_OUT_OF_ERA,
        /** No era of that name (in that regime). */
        ERA_UNKNOWN,
        /** Several regimes (or periods) used that era name, and nothing says which. */
        ERA_AMBIGUOUS,
        /** The year has no such month (閏五月 in a year without one). */
        MONTH_NOT_IN_YEAR,
        /** The month is not in the season written before it (春十月). */
        SEASON_MONTH_MISMATCH,
        /** The regime name is unknown. */
        REGIME_UNKNOWN,
        /** The expression needs a year (or month) in force and none was given. */
        NOTHING_IN_FORCE,
        /** The date is outside the calendar tables (619–1912, or the regime's years). */
        OUT_OF_RANGE
    }

    /** How much a diagnostic matters. */
    public enum Severity { ERROR, WARNING }

    public DateDiagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        readings = List.copyOf(readings);
    }
}
