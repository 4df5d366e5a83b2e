package org.biannian.calendar;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Western date as a user writes it, {@code YYYY-MM-DD} (year may be negative, astronomical),
 * read once here for every face: the command line, the API and the facade's date ranges.
 *
 * @param year  astronomical year (1 BC = 0)
 * @param month as written, not yet checked
 * @param day   as written, not yet checked
 */
public record WesternDate(int year, int month, int day) {

    private static final Pattern SHAPE = Pattern.compile("(-?\\d{1,4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("-?\\d{1,4}");

    /** Which Western calendar the written date is in. */
    public enum Calendar { JULIAN, GREGORIAN, CIVIL }

    /** The date {@code text} writes (surrounding blanks ignored), or empty when it has not the shape YYYY-MM-DD. */
    public static Optional<WesternDate> read(String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new WesternDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
    }

    /** The year {@code text} writes as a bare number (996, -12), or empty. */
    public static Optional<Integer> readYear(String text) {
        String s = text.strip();
        return YEAR.matcher(s).matches() ? Optional.of(Integer.parseInt(s)) : Optional.empty();
    }

    /** Whether month is 1-12 and day 1-31 (the calendar arithmetic accepts nothing else). */
    public boolean inRange() {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /**
     * The day's JDN in {@code calendar}: civil usage is Julian before the Gregorian reform
     * (1582-10-15) and Gregorian from it.
     *
     * @throws IllegalArgumentException when month or day is out of range
     */
    public int jdn(Calendar calendar) {
        return switch (calendar) {
            case JULIAN -> Jdn.fromJulian(year, month, day);
            case GREGORIAN -> Jdn.fromGregorian(year, month, day);
            case CIVIL -> {
                int julian = Jdn.fromJulian(year, month, day);
                yield julian < Jdn.GREGORIAN_REFORM ? julian : Jdn.fromGregorian(year, month, day);
            }
        };
    }
}
