package org.biannian.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.biannian.Biannian;
import org.biannian.calendar.Jdn;
import org.junit.jupiter.api.Test;

/** The facade's date range is the one reading of {@code --from}/{@code --to} and {@code from}/{@code to}. */
class DateRangeTest {

    private static final Biannian BIANNIAN = Biannian.create();

    @Test
    void aBareYearIsTheJulianYear() {
        assertThat(BIANNIAN.dateRange("996", null)).containsExactly(Jdn.fromJulian(996, 1, 1), Jdn.fromJulian(996, 12, 31));
    }

    @Test
    void aWesternDayIsOneDayAndAChineseYearItsDays() {
        assertThat(BIANNIAN.dateRange("997-05-08", null)).containsExactly(2085340, 2085340);
        int[] zhidao3 = BIANNIAN.dateRange("至道三年", null);
        assertThat(zhidao3[0]).isLessThan(2085340);
        assertThat(zhidao3[1]).isGreaterThan(2085340);
    }

    @Test
    void unreadableDatesAreRefusedNamingThem() {
        assertThatThrownBy(() -> BIANNIAN.dateRange("997-13-40", null)).hasMessageContaining("997-13-40")
                .hasMessageContaining("is not a day").hasMessageContaining("month must be 1..12");
        assertThatThrownBy(() -> BIANNIAN.dateRange("some day", null)).hasMessageContaining("some day");
    }
}
