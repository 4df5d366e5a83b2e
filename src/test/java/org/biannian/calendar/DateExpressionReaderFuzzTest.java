package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.biannian.testing.FuzzText;

/**
 * Any string as a date expression: read whole or at any position, then resolved with and without a
 * regime in force. Never an exception; a match never runs past the text; a resolution's days are in order.
 */
class DateExpressionReaderFuzzTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();
    private static final Regime SONG = CALENDAR.regime("宋").orElseThrow();

    @FuzzTest(maxDuration = "45s")
    void readAndResolve(FuzzedDataProvider data) {
        String s = FuzzText.text(data, 40);
        DateExpressionReader reader = CALENDAR.dateReader();
        reader.read(s).ifPresent(this::resolveBothWays);
        reader.readStrict(s).ifPresent(this::resolveBothWays);
        int length = s.codePointCount(0, s.length());
        for (int p = 0; p < length; p++) {
            Optional<DateExpressionReader.Match> m = reader.readAt(s, p);
            if (m.isPresent()) {
                assertThat(m.get().length()).as("match at %d of 「%s」", p, s).isBetween(1, length - p);
                resolveBothWays(m.get().expression());
            }
        }
    }

    private void resolveBothWays(DateExpression expression) {
        for (DateContext context : new DateContext[] {DateContext.NONE, DateContext.of(SONG)}) {
            Resolution r = CALENDAR.resolve(expression, context);
            if (r.firstJdn() != null) {
                assertThat(r.lastJdn()).as("%s", expression).isNotNull().isGreaterThanOrEqualTo(r.firstJdn());
            }
        }
    }
}
