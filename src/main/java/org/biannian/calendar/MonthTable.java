package org.biannian.calendar;

import java.util.Arrays;

/**
 * The months of one calendar as flat arrays: month {@code i} begins on {@code monthFirst[i]} and ends the day
 * before {@code monthFirst[i + 1]}, with its label (month number and whether it is a leap month) and its lunar
 * year. Most years run 正月 to 十二月 with the leap month after the month it repeats; a year may also begin
 * elsewhere (十月 under 秦 and 漢 before 太初) or lack a month (景初元年 has no 三月), and a calendar may have holes
 * (an unlabelled span where a regime's records break off), which no label finds.
 */
final class MonthTable {

    /** A label's leap bit; a label of 0 is a hole. */
    static final int LEAP = 0x10;

    private final int firstYear;
    /** By lunar year − firstYear: the index of its first and last month, or −1 when the table lacks the year. */
    private final int[] yearFirst;
    private final int[] yearLast;
    private final byte[] labels;
    private final int[] monthYear;
    private final int[] monthFirst;

    /**
     * @param labels     per month: its number | {@link #LEAP} for a leap month; 0 for a hole
     * @param monthYear  per month: its lunar year (a hole: that of the month before)
     * @param monthFirst per month its first day, and one more entry: the day after the last month
     */
    MonthTable(byte[] labels, int[] monthYear, int[] monthFirst) {
        this.labels = labels;
        this.monthYear = monthYear;
        this.monthFirst = monthFirst;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0) {
                first = Math.min(first, monthYear[i]);
                last = Math.max(last, monthYear[i]);
            }
        }
        this.firstYear = first;
        this.yearFirst = new int[last - first + 1];
        this.yearLast = new int[last - first + 1];
        Arrays.fill(yearFirst, -1);
        Arrays.fill(yearLast, -1);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0) {
                int y = monthYear[i] - first;
                if (yearFirst[y] < 0) {
                    yearFirst[y] = i;
                }
                yearLast[y] = i;
            }
        }
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return firstYear + yearFirst.length - 1;
    }

    boolean hasYear(int lunarYear) {
        return lunarYear >= firstYear && lunarYear <= lastYear() && yearFirst[lunarYear - firstYear] >= 0;
    }

    /** The leap month of {@code lunarYear}, 0 when none or when the year is not in the table. */
    int leapMonth(int lunarYear) {
        if (!hasYear(lunarYear)) {
            return 0;
        }
        for (int i = yearFirst[lunarYear - firstYear]; i <= yearLast[lunarYear - firstYear]; i++) {
            if ((labels[i] & LEAP) != 0) {
                return labels[i] & 0xF;
            }
        }
        return 0;
    }

    /**
     * The index of month ({@code lunarYear}, {@code month}, {@code leap}), or -1 when the table has no such month.
     * A label a year holds twice (太初元年 ran 十月 to 十二月 of the old year, then 正月 to 十二月) gives the first.
     */
    int index(int lunarYear, int month, boolean leap) {
        if (!hasYear(lunarYear) || month < 1 || month > 12) {
            return -1;
        }
        int label = month | (leap ? LEAP : 0);
        int y = lunarYear - firstYear;
        for (int i = yearFirst[y]; i <= yearLast[y]; i++) {
            if (labels[i] == label) {
                return i;
            }
        }
        return -1;
    }

    /** Like {@link #index}, but of the months holding that label the one that meets days {@code from}–{@code to}. */
    int index(int lunarYear, int month, boolean leap, int from, int to) {
        int i = index(lunarYear, month, leap);
        if (i < 0) {
            return i;
        }
        int y = lunarYear - firstYear;
        for (int j = i; j <= yearLast[y]; j++) {
            if (labels[j] == labels[i] && firstJdn(j) <= to && lastJdn(j) >= from) {
                return j;
            }
        }
        return i;
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

    /** The index of the month holding {@code jdn}, or -1 outside the table or in a hole. */
    int indexOf(int jdn) {
        if (jdn < firstDay() || jdn > lastDay()) {
            return -1;
        }
        int i = Arrays.binarySearch(monthFirst, jdn);
        i = i >= 0 ? i : -i - 2;
        return labels[i] == 0 ? -1 : i;
    }

    /** Whether month {@code index} is a hole: days no label names. */
    boolean isHole(int index) {
        return labels[index] == 0;
    }

    /** The lunar year of month {@code index}. */
    int yearOf(int index) {
        return monthYear[index];
    }

    /** The month number (1–12) of month {@code index}. */
    int monthOf(int index) {
        return labels[index] & 0xF;
    }

    /** Whether month {@code index} is a leap month. */
    boolean isLeap(int index) {
        return (labels[index] & LEAP) != 0;
    }

    /** The index of the first month of {@code lunarYear}; the year must be in the table. */
    int firstIndexOfYear(int lunarYear) {
        return yearFirst[lunarYear - firstYear];
    }

    /** The index of the last month of {@code lunarYear}; the year must be in the table. */
    int lastIndexOfYear(int lunarYear) {
        return yearLast[lunarYear - firstYear];
    }
}
