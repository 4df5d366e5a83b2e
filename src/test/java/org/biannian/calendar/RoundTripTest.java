package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** For every day 619–1912, JDN → Chinese date → JDN is the identity in every regime that names the day. */
class RoundTripTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();

    @Test
    void everyDayRoundTripsInEveryRegime() {
        int first = Jdn.fromJulian(619, 1, 1);
        int last = Jdn.fromGregorian(1912, 12, 31);
        long checked = 0;
        for (int jdn = first; jdn <= last; jdn++) {
            List<ChineseDay> days = CALENDAR.chineseDays(jdn);
            for (ChineseDay day : days) {
                assertThat(day.day()).isBetween(1, 30);
                assertThat(day.eras()).as("%d in %s", jdn, day.regime()).isNotEmpty();
                EraYear label = day.eras().get(0);
                DateExpression x = new DateExpression(day.label(), day.regime().name(), label.era(), label.eraYear(), null,
                        day.month(), day.leap(), false, null, day.day(), null, null);
                Resolution r = CALENDAR.resolve(x, new DateContext(day.regime(), day.lunarYear(), null, false));
                assertThat(r.jdn()).as("%s (%d)", day.label(), jdn).isEqualTo(jdn);
                assertThat(r.ganzhi()).isEqualTo(day.ganzhi());
                checked++;
            }
            if (jdn >= Jdn.fromJulian(960, 2, 4) && jdn <= Jdn.fromJulian(1279, 3, 19)) {
                assertThat(days).as("宋 names every day of its years: %d", jdn)
                        .anyMatch(d -> d.regime().id().equals("song"));
            }
        }
        assertThat(checked).isGreaterThan(last - first);
    }
}
