package org.biannian.calendar.bench;

import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.Jdn;
import org.biannian.calendar.Regime;
import org.graalvm.shadowed.com.ibm.icu.util.Calendar;

/**
 * ICU4J's ChineseCalendar on our questions, and how often it agrees with the Song calendar.
 *
 * <p>Run {@code main} for the error rate: every Song month 960–1279, ICU's first day against ours.
 */
public final class IcuDates {

    /** ICU4J's extended Chinese year, as set, is the Gregorian-related year: our lunar year. */
    private static final int ICU_EPOCH_OFFSET = 0;

    private IcuDates() {
    }

    /** The JDN of {@code ganzhi} in month ({@code lunarYear}, {@code month}, {@code leap}) by ICU, or -1 if not in it. */
    static int jdn(org.graalvm.shadowed.com.ibm.icu.util.ChineseCalendar icu, int lunarYear, int month, boolean leap, int ganzhi) {
        int first = firstDay(icu, lunarYear, month, leap);
        int offset = Math.floorMod(ganzhi - Jdn.ganzhiIndex(first), 60);
        return offset < 30 ? first + offset : -1;
    }

    static int firstDay(org.graalvm.shadowed.com.ibm.icu.util.ChineseCalendar icu, int lunarYear, int month, boolean leap) {
        icu.clear();
        icu.set(Calendar.EXTENDED_YEAR, lunarYear + ICU_EPOCH_OFFSET);
        icu.set(Calendar.MONTH, month - 1);
        icu.set(org.graalvm.shadowed.com.ibm.icu.util.ChineseCalendar.IS_LEAP_MONTH, leap ? 1 : 0);
        icu.set(Calendar.DAY_OF_MONTH, 1);
        return icu.get(Calendar.JULIAN_DAY);
    }

    public static void main(String[] args) {
        ChineseCalendar calendar = ChineseCalendar.builtIn();
        Regime song = calendar.regime("宋").orElseThrow();
        org.graalvm.shadowed.com.ibm.icu.util.ChineseCalendar icu = new org.graalvm.shadowed.com.ibm.icu.util.ChineseCalendar();
        int months = 0;
        int wrongStart = 0;
        int wrongLeap = 0;
        for (int year = 960; year <= 1278; year++) {
            for (int month = 1; month <= 12; month++) {
                for (boolean leap : new boolean[] {false, true}) {
                    if (!calendar.hasMonth(song, year, month, leap)) {
                        continue;
                    }
                    months++;
                    int ours = calendar.monthSpan(song, year, month, leap).orElseThrow()[0];
                    int theirs = firstDay(icu, year, month, leap);
                    if (theirs != ours) {
                        wrongStart++;
                    }
                }
            }
            int icuLeap = 0;
            for (int month = 1; month <= 12; month++) {
                icu.clear();
                icu.set(Calendar.EXTENDED_YEAR, year + ICU_EPOCH_OFFSET);
                icu.set(Calendar.MONTH, month - 1);
                icu.set(org.graalvm.shadowed.com.ibm.icu.util.ChineseCalendar.IS_LEAP_MONTH, 1);
                icu.set(Calendar.DAY_OF_MONTH, 1);
                if (icu.get(org.graalvm.shadowed.com.ibm.icu.util.ChineseCalendar.IS_LEAP_MONTH) == 1
                        && icu.get(Calendar.MONTH) == month - 1) {
                    icuLeap = month;
                }
            }
            if (icuLeap != calendar.leapMonth(song, year)) {
                wrongLeap++;
            }
        }
        System.out.printf("Song months 960-1278: %d; ICU4J first day differs in %d (%.1f%%); leap month differs in %d of %d years%n",
                months, wrongStart, 100.0 * wrongStart / months, wrongLeap, 1278 - 960 + 1);
    }
}
