package org.biannian.calendar;

/**
 * Julian Day Numbers of civil days, and the Julian, Gregorian and sexagenary names of a day.
 *
 * <p>JDN 2085340 is 997-05-08 in the Julian calendar. Years are astronomical (1 BC = year 0).
 */
public final class Jdn {

    /** First day of the Gregorian reform, 1582-10-15 (Gregorian). */
    public static final int GREGORIAN_REFORM = 2299161;

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private Jdn() {
    }

    /** The JDN of a Julian-calendar date; a day the month lacks (997-02-29) is refused, not rolled over. */
    public static int fromJulian(int year, int month, int day) {
        checkDate(year, month, day, julianMonthLength(year, month), "Julian");
        int a = (14 - month) / 12;
        long y = year + 4800L - a;
        int m = month + 12 * a - 3;
        return (int) (day + (153 * m + 2) / 5 + 365 * y + Math.floorDiv(y, 4) - 32083);
    }

    /** The JDN of a proleptic Gregorian date; a day the month lacks (1900-02-29) is refused, not rolled over. */
    public static int fromGregorian(int year, int month, int day) {
        checkDate(year, month, day, gregorianMonthLength(year, month), "Gregorian");
        int a = (14 - month) / 12;
        long y = year + 4800L - a;
        int m = month + 12 * a - 3;
        return (int) (day + (153 * m + 2) / 5 + 365 * y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100)
                + Math.floorDiv(y, 400) - 32045);
    }

    /** {year, month, day} of {@code jdn} in the Julian calendar. */
    public static int[] toJulian(int jdn) {
        long c = jdn + 32082L;
        long d = Math.floorDiv(4 * c + 3, 1461);
        long e = c - Math.floorDiv(1461 * d, 4);
        long m = Math.floorDiv(5 * e + 2, 153);
        return new int[] {(int) (d - 4800 + m / 10), (int) (m + 3 - 12 * (m / 10)), (int) (e - (153 * m + 2) / 5 + 1)};
    }

    /** {year, month, day} of {@code jdn} in the proleptic Gregorian calendar. */
    public static int[] toGregorian(int jdn) {
        long a = jdn + 32044L;
        long b = Math.floorDiv(4 * a + 3, 146097);
        long c = a - Math.floorDiv(146097 * b, 4);
        long d = Math.floorDiv(4 * c + 3, 1461);
        long e = c - Math.floorDiv(1461 * d, 4);
        long m = Math.floorDiv(5 * e + 2, 153);
        return new int[] {(int) (100 * b + d - 4800 + m / 10), (int) (m + 3 - 12 * (m / 10)), (int) (e - (153 * m + 2) / 5 + 1)};
    }

    /** {@code YYYY-MM-DD} in the Julian calendar. */
    public static String julianString(int jdn) {
        return format(toJulian(jdn));
    }

    /** {@code YYYY-MM-DD} in the proleptic Gregorian calendar. */
    public static String gregorianString(int jdn) {
        return format(toGregorian(jdn));
    }

    /** {@code YYYY-MM-DD} as civil usage writes it: Julian before 1582-10-15, Gregorian from then. */
    public static String civilString(int jdn) {
        return jdn < GREGORIAN_REFORM ? julianString(jdn) : gregorianString(jdn);
    }

    /**
     * An astronomical year as a reader writes it in Chinese: 994 → 「994年」, 0 → 「前1年」, −220 → 「前221年」 (there is no
     * year 0 in the historians' count: 1 BC is followed by AD 1).
     */
    public static String yearLabel(int astronomicalYear) {
        return astronomicalYear >= 1 ? astronomicalYear + "年" : "前" + (1 - astronomicalYear) + "年";
    }

    /** An astronomical year as a reader writes it in English: 994 → "AD 994", −220 → "221 BC". */
    public static String yearLabelEn(int astronomicalYear) {
        return astronomicalYear >= 1 ? "AD " + astronomicalYear : (1 - astronomicalYear) + " BC";
    }

    /** The day's place in the sexagenary cycle, 0 = 甲子 … 59 = 癸亥. */
    public static int ganzhiIndex(int jdn) {
        return Math.floorMod(jdn + 49, 60);
    }

    /** The two characters of sexagenary index {@code index} (0 = 甲子). */
    public static String ganzhiName(int index) {
        if (index < 0 || index > 59) {
            throw new IllegalArgumentException("ganzhi index must be 0..59, got " + index);
        }
        return "" + STEMS.charAt(index % 10) + BRANCHES.charAt(index % 12);
    }

    /** The sexagenary index named by stem {@code stem} and branch {@code branch}, or -1 if they do not pair. */
    public static int ganzhiIndex(char stem, char branch) {
        int s = STEMS.indexOf(stem);
        int b = BRANCHES.indexOf(branch);
        if (s < 0 || b < 0 || s % 2 != b % 2) {
            return -1;
        }
        // Chinese remainder: index ≡ s (mod 10), ≡ b (mod 12).
        for (int i = s; i < 60; i += 10) {
            if (i % 12 == b) {
                return i;
            }
        }
        return -1;
    }

    private static String format(int[] ymd) {
        String year = ymd[0] < 0 ? String.format("-%04d", -ymd[0]) : String.format("%04d", ymd[0]);
        return year + String.format("-%02d-%02d", ymd[1], ymd[2]);
    }

    /**
     * The JDN of a date as civil usage writes it: Julian before 1582-10-15, Gregorian from then. The ten days
     * 1582-10-05…14 were never a civil date (the day after 10-04 was 10-15) and are refused, like a day the
     * month lacks.
     */
    public static int fromCivil(int year, int month, int day) {
        if (year == 1582 && month == 10 && day >= 5 && day <= 14) {
            throw new IllegalArgumentException("1582-10-" + String.format("%02d", day) + " is not a civil date: "
                    + "the day after 1582-10-04 (Julian) was 1582-10-15 (Gregorian)");
        }
        boolean gregorian = year > 1582 || year == 1582 && (month > 10 || month == 10 && day >= 15);
        return gregorian ? fromGregorian(year, month, day) : fromJulian(year, month, day);
    }

    /** Days in {@code month} of {@code year} in the Julian calendar (astronomical years: 0 = 1 BC, a leap year). */
    public static int julianMonthLength(int year, int month) {
        return month == 2 ? (Math.floorMod(year, 4) == 0 ? 29 : 28) : monthLength(month);
    }

    /** Days in {@code month} of {@code year} in the proleptic Gregorian calendar. */
    public static int gregorianMonthLength(int year, int month) {
        boolean leap = Math.floorMod(year, 4) == 0 && (Math.floorMod(year, 100) != 0 || Math.floorMod(year, 400) == 0);
        return month == 2 ? (leap ? 29 : 28) : monthLength(month);
    }

    private static int monthLength(int month) {
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : month == 2 ? 28 : 31;
    }

    private static void checkDate(int year, int month, int day, int monthLength, String calendar) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, got " + month);
        }
        if (day < 1 || day > monthLength) {
            throw new IllegalArgumentException(String.format("%s-%02d-%02d is not a %s date: that month has %d days",
                    year < 0 ? String.format("-%04d", -year) : String.format("%04d", year), month, day, calendar, monthLength));
        }
    }
}
