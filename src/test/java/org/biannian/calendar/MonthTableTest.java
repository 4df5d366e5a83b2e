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
                assertThat(table.index(year, month, leap)).as("%s month %d", regime, i).isEqualTo(i);
                assertThat(table.days(i)).isBetween(29, 30);
                assertThat(table.indexOf(table.firstJdn(i))).isEqualTo(i);
                assertThat(table.indexOf(table.lastJdn(i))).isEqualTo(i);
                if (leap) {
                    assertThat(table.leapMonth(year)).isEqualTo(month);
                    assertThat(table.index(year, month, false)).isEqualTo(i - 1);
                }
            }
            for (int year = table.firstYear(); year <= table.lastYear(); year++) {
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
