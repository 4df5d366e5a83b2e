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
}
