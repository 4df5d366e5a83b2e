package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.biannian.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * JDN → Chinese date → JDN is the identity, in every regime that has a calendar on the day: through
 * the month tables, through the bulk path ({@code jdnOf} with the day's ganzhi), and through the text
 * the histories would write (「宋至道三年三月二十九日」 read back and resolved).
 */
class JdnRoundTripPropertyTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();
    /** 619-02-13 (Julian) to 1912-02-17 (Gregorian): the span of the tables. */
    private static final int FIRST = Jdn.fromJulian(619, 2, 13);
    private static final int LAST = Jdn.fromGregorian(1912, 2, 17);

    @Test
    void everyRegimeMapsEachDayBackToItself() {
        Set<String> regimesSeen = new HashSet<>();
        Seeds.check(20, random -> {
            for (int i = 0; i < 2000; i++) {
                int jdn = FIRST + random.nextInt(LAST - FIRST + 1);
                List<ChineseDay> days = CALENDAR.chineseDays(jdn);
                assertThat(days).as("JDN %d has a Chinese date", jdn).isNotEmpty();
                for (ChineseDay d : days) {
                    regimesSeen.add(d.regime().id());
                    assertThat(d.jdn()).isEqualTo(jdn);
                    int[] month = CALENDAR.monthSpan(d.regime(), d.lunarYear(), d.month(), d.leap()).orElseThrow();
                    assertThat(month[0] + d.day() - 1).as("%s via the month table", d.label()).isEqualTo(jdn);
                    for (EraYear era : d.eras()) {
                        int back = CALENDAR.jdnOf(era.era(), era.eraYear(), d.month(), d.leap(), Jdn.ganzhiIndex(jdn), d.regime());
                        // -1 only where the era name is ambiguous even with the regime preferred.
                        if (back != -1) {
                            assertThat(back).as("%s %s via jdnOf", d.label(), era.era()).isEqualTo(jdn);
                        }
                    }
                    if (!d.eras().isEmpty() && d.eras().size() == 1) {
                        DateExpression read = CALENDAR.dateReader().read(d.label()).orElseThrow(
                                () -> new AssertionError("cannot read back " + d.label()));
                        Resolution r = CALENDAR.resolve(read, DateContext.of(d.regime()));
                        if (r.has(DateDiagnostic.Code.ERA_AMBIGUOUS)) {
                            // An era name used twice by one regime (元 至元 1264 and 1335) cannot be told
                            // apart in writing: the first proclaimed is answered, the day is in alternatives.
                            assertThat(r.diagnostics()).as("%s read back", d.label())
                                    .anySatisfy(g -> assertThat(g.readings()).extracting(Reading::lunarYear).contains(d.lunarYear()));
                            assertThat(r.alternatives().stream().anyMatch(a -> a.jdn() != null && a.jdn() == jdn)
                                    || r.jdn() != null && r.jdn() == jdn).as("%s read back", d.label()).isTrue();
                        } else {
                            assertThat(r.firstJdn()).as("%s read back", d.label()).isEqualTo(jdn);
                            assertThat(r.lastJdn()).as("%s read back", d.label()).isEqualTo(jdn);
                        }
                    }
                }
            }
        });
        assertThat(regimesSeen).as("regimes reached").hasSizeGreaterThan(3);
    }
}
