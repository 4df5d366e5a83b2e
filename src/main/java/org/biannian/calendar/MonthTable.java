package org.biannian.calendar;

import java.util.Arrays;

/**
 * The months of one calendar over a run of whole lunar years, as flat arrays: month {@code i} begins on
 * {@code monthFirst[i]} and ends the day before {@code monthFirst[i + 1]}; lunar year {@code y} holds months
 * {@code yearStart[y - firstYear]} up to the next year's first, the leap month (if any) right after the month
 * it repeats.
 */
final class MonthTable {

    private final int firstYear;
    private final int[] yearStart;
    private final byte[] leapMonth;
    private final int[] monthFirst;

    MonthTable(int firstYear, int[] yearStart, byte[] leapMonth, int[] monthFirst) {
        this.firstYear = firstYear;
        this.yearStart = yearStart;
        this.leapMonth = leapMonth;
        this.monthFirst = monthFirst;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return firstYear + leapMonth.length - 1;
    }

    boolean hasYear(int lunarYear) {
        return lunarYear >= firstYear && lunarYear <= lastYear();
    }

    /** The leap month of {@code lunarYear}, 0 when none or when the year is not in the table. */
    int leapMonth(int lunarYear) {
        return hasYear(lunarYear) ? leapMonth[lunarYear - firstYear] : 0;
    }

    /** The index of month ({@code lunarYear}, {@code month}, {@code leap}), or -1 when the table has no such month. */
    int index(int lunarYear, int month, boolean leap) {
        if (!hasYear(lunarYear) || month < 1 || month > 12) {
            return -1;
        }
        int y = lunarYear - firstYear;
        int leapOfYear = leapMonth[y];
        if (leap) {
            return leapOfYear == month ? yearStart[y] + month : -1;
        }
        return yearStart[y] + month - 1 + (leapOfYear != 0 && month > leapOfYear ? 1 : 0);
    }

    int firstJdn(int index) {
        return monthFirst[index];
    }

    int lastJdn(int index) {
        return monthFirst[index + 1] - 1;
    }

    int days(int index) {
        return monthFirst[index + 1] - monthFirst[index];
    }

    int months() {
        return monthFirst.length - 1;
    }

    /** The first day the table covers. */
    int firstDay() {
        return monthFirst[0];
    }

    /** The last day the table covers. */
    int lastDay() {
        return monthFirst[monthFirst.length - 1] - 1;
    }

    /** The index of the month holding {@code jdn}, or -1 outside the table. */
    int indexOf(int jdn) {
        if (jdn < firstDay() || jdn > lastDay()) {
            return -1;
        }
        int i = Arrays.binarySearch(monthFirst, jdn);
        return i >= 0 ? i : -i - 2;
    }

    /** The lunar year of month {@code index}. */
    int yearOf(int index) {
        int i = Arrays.binarySearch(yearStart, index);
        return firstYear + (i >= 0 ? i : -i - 2);
    }

    /** The month number (1–12) of month {@code index}. */
    int monthOf(int index) {
        int year = yearOf(index);
        int offset = index - yearStart[year - firstYear];
        int leapOfYear = leapMonth[year - firstYear];
        return leapOfYear != 0 && offset >= leapOfYear ? offset : offset + 1;
    }

    /** Whether month {@code index} is a leap month. */
    boolean isLeap(int index) {
        int year = yearOf(index);
        int leapOfYear = leapMonth[year - firstYear];
        return leapOfYear != 0 && index - yearStart[year - firstYear] == leapOfYear;
    }

    /** The index of the first month of {@code lunarYear}; the year must be in the table. */
    int firstIndexOfYear(int lunarYear) {
        return yearStart[lunarYear - firstYear];
    }

    /** The index of the last month of {@code lunarYear}; the year must be in the table. */
    int lastIndexOfYear(int lunarYear) {
        return yearStart[lunarYear - firstYear + 1] - 1;
    }
}
