package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WesternDateTest {

    @Test
    void readsTheShapeOnlyAndChecksRangesApart() {
        assertThat(WesternDate.read(" 997-05-08 ")).contains(new WesternDate(997, 5, 8));
        assertThat(WesternDate.read("-12-1-1")).contains(new WesternDate(-12, 1, 1));
        assertThat(WesternDate.read("至道三年")).isEmpty();
        assertThat(WesternDate.read("997-05")).isEmpty();
        assertThat(WesternDate.read("997-13-01").orElseThrow().inRange()).isFalse();
        assertThat(WesternDate.readYear(" 996 ")).contains(996);
        assertThat(WesternDate.readYear("996-01-01")).isEmpty();
    }

    @Test
    void civilIsJulianBeforeTheReformAndGregorianFromIt() {
        WesternDate d = new WesternDate(997, 5, 8);
        assertThat(d.jdn(WesternDate.Calendar.CIVIL)).isEqualTo(2085340).isEqualTo(d.jdn(WesternDate.Calendar.JULIAN));
        assertThat(d.jdn(WesternDate.Calendar.GREGORIAN)).isNotEqualTo(2085340);
        assertThat(new WesternDate(1582, 10, 15).jdn(WesternDate.Calendar.CIVIL)).isEqualTo(Jdn.GREGORIAN_REFORM);
        assertThat(new WesternDate(1582, 10, 4).jdn(WesternDate.Calendar.CIVIL)).isEqualTo(Jdn.GREGORIAN_REFORM - 1);
    }
}
