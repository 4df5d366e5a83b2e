package org.biannian.calendar;

/** The four seasons of the Chinese year; each spans three months (春 = months 1–3). */
public enum Season {
    SPRING('春', 1), SUMMER('夏', 4), AUTUMN('秋', 7), WINTER('冬', 10);

    private final char character;
    private final int firstMonth;

    Season(char character, int firstMonth) {
        this.character = character;
        this.firstMonth = firstMonth;
    }

    public char character() {
        return character;
    }

    /** The first month of the season: 1, 4, 7 or 10. */
    public int firstMonth() {
        return firstMonth;
    }

    public int lastMonth() {
        return firstMonth + 2;
    }

    /** The season of month 1–12. */
    public static Season ofMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, got " + month);
        }
        return values()[(month - 1) / 3];
    }

    /** The season written as {@code c}, or null if {@code c} names none. */
    public static Season of(int c) {
        for (Season s : values()) {
            if (s.character == c) {
                return s;
            }
        }
        return null;
    }
}
