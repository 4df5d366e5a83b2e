package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdnTest {

    @Test
    void designFactsHold() {
        // design.md §4: 997-05-08 (Julian) = JDN 2085340, day 癸巳.
        assertThat(Jdn.fromJulian(997, 5, 8)).isEqualTo(2085340);
        assertThat(Jdn.ganzhiName(Jdn.ganzhiIndex(2085340))).isEqualTo("癸巳");
        assertThat(Jdn.julianString(2084180)).isEqualTo("0994-03-05");
        assertThat(Jdn.gregorianString(2084180)).isEqualTo("0994-03-10");
        assertThat(Jdn.civilString(Jdn.GREGORIAN_REFORM)).isEqualTo("1582-10-15");
        assertThat(Jdn.civilString(Jdn.GREGORIAN_REFORM - 1)).isEqualTo("1582-10-04");
    }

    @Test
    void roundTripsEveryDayOverThreeMillennia() {
        for (int jdn = Jdn.fromJulian(-800, 1, 1); jdn < Jdn.fromGregorian(2200, 1, 1); jdn++) {
            int[] j = Jdn.toJulian(jdn);
            int[] g = Jdn.toGregorian(jdn);
            assertThat(Jdn.fromJulian(j[0], j[1], j[2])).isEqualTo(jdn);
            assertThat(Jdn.fromGregorian(g[0], g[1], g[2])).isEqualTo(jdn);
        }
    }

    @Test
    void ganzhiNamesPairStemsAndBranches() {
        for (int i = 0; i < 60; i++) {
            String name = Jdn.ganzhiName(i);
            assertThat(Jdn.ganzhiIndex(name.charAt(0), name.charAt(1))).isEqualTo(i);
        }
        assertThat(Jdn.ganzhiIndex('甲', '丑')).isEqualTo(-1);
    }

    @Test
    void daysAMonthLacksAreRefusedNotRolledOver() {
        // issue 16: 997-02-29 was read as 0997-03-01.
        for (int[] bad : new int[][] {{997, 2, 29}, {997, 2, 30}, {997, 4, 31}, {1900, 2, 29}}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Jdn.fromCivil(bad[0], bad[1], bad[2]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Jdn.fromJulian(997, 2, 29))
                .hasMessageContaining("997-02-29 is not a Julian date");
        assertThat(Jdn.fromJulian(996, 2, 29)).isEqualTo(Jdn.fromJulian(996, 3, 1) - 1);
        // 1900 is a leap year in the Julian calendar, not in the Gregorian one.
        assertThat(Jdn.fromJulian(1900, 2, 29)).isPositive();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Jdn.fromGregorian(1900, 2, 29))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTenDaysOfTheGregorianReformAreNoCivilDate() {
        for (int day = 5; day <= 14; day++) {
            int d = day;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Jdn.fromCivil(1582, 10, d))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a civil date");
        }
        assertThat(Jdn.fromCivil(1582, 10, 4) + 1).isEqualTo(Jdn.fromCivil(1582, 10, 15));
        assertThat(Jdn.fromCivil(1582, 10, 15)).isEqualTo(Jdn.GREGORIAN_REFORM);
    }
}
