package org.biannian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.biannian.calendar.Jdn;
import org.junit.jupiter.api.Test;

/** {@link Biannian#dateRange}: the days of {@code search --from/--to} and the API's date parameters. */
class DateRangeTest {

    private static final Biannian BIANNIAN = Biannian.create();

    @Test
    void aWesternDayTheMonthLacksIsRefusedNotRolledOver() {
        // issue 16: `search --from 997-02-30` searched from 0997-03-02.
        for (String bad : new String[] {"997-02-29", "997-02-30", "997-04-31", "1582-10-10"}) {
            assertThatThrownBy(() -> BIANNIAN.dateRange(bad, null)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a");
        }
        assertThat(BIANNIAN.dateRange("997-02-28", null)).containsExactly(Jdn.fromJulian(997, 2, 28), Jdn.fromJulian(997, 2, 28));
        assertThat(BIANNIAN.dateRange("1582-10-15", null)[0]).isEqualTo(Jdn.GREGORIAN_REFORM);
    }
}
