package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every month of every built-in calendar: index ↔ (year, month, leap) ↔ days, contiguous, 29 or 30 days. */
class MonthTableTest {

    @Test
    void everyMonthOfEveryCalendarIsConsistent() {
        ChineseCalendar calendar = ChineseCalendar.builtIn();
        for (Regime regime : calendar.regimes()) {
            MonthTable table = calendar.table(regime);
            for (int i = 0; i < table.months(); i++) {
                int year = table.yearOf(i);
                int month = table.monthOf(i);
                boolean leap = table.isLeap(i);
                if (table.isHole(i)) {
                    continue;
                }
                if (year >= 619) {
                    assertThat(table.index(year, month, leap)).as("%s month %d", regime, i).isEqualTo(i);
                    assertThat(table.days(i)).isBetween(29, 30);
                } else {
                    // 太初元年 holds 十月–十二月 twice: the label finds one of them, the days the other.
                    assertThat(table.index(year, month, leap, table.firstJdn(i), table.lastJdn(i))).as("%s month %d", regime, i).isEqualTo(i);
                    assertThat(table.days(i)).isBetween(1, 30);
                }
                assertThat(table.indexOf(table.firstJdn(i))).isEqualTo(i);
                assertThat(table.indexOf(table.lastJdn(i))).isEqualTo(i);
                if (leap && year >= 619) {
                    assertThat(table.leapMonth(year)).isEqualTo(month);
                    assertThat(table.index(year, month, false)).isEqualTo(i - 1);
                }
            }
            // From 619 every year runs 正月 to 十二月; before, a year may begin with 十月 or be cut by a regime's end.
            for (int year = Math.max(619, table.firstYear()); year <= table.lastYear(); year++) {
                int months = table.lastIndexOfYear(year) - table.firstIndexOfYear(year) + 1;
                assertThat(months).isEqualTo(table.leapMonth(year) == 0 ? 12 : 13);
                assertThat(table.monthOf(table.firstIndexOfYear(year))).isEqualTo(1);
            }
            assertThat(table.indexOf(table.firstDay() - 1)).isEqualTo(-1);
            assertThat(table.indexOf(table.lastDay() + 1)).isEqualTo(-1);
            assertThat(table.index(table.lastYear() + 1, 1, false)).isEqualTo(-1);
        }
    }
}
