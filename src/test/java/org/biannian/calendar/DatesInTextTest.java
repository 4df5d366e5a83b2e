package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.biannian.calendar.DatesInText.FoundDate;
import org.biannian.calendar.tools.Csv;
import org.junit.jupiter.api.Test;

class DatesInTextTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();
    private static final DatesInText DATES = new DatesInText(CALENDAR);

    @Test
    void findsAndResolvesDatesInANarrative() {
        String text = "按《長編》，淳化五年正月癸酉，繼遷寇靈州；二月戊子，又犯。至道二年五月，詔討之。遼統和十二年，亦遣使。";
        List<FoundDate> found = DATES.find(text, DateContext.NONE);
        assertThat(found).extracting(f -> f.resolution().expression().text())
                .containsExactly("淳化五年正月癸酉", "二月戊子", "至道二年五月", "遼統和十二年");
        assertThat(found.get(0).resolution().jdn()).isEqualTo(2084180);
        // 二月戊子 takes 淳化五年 from the date before it.
        Resolution second = found.get(1).resolution();
        assertThat(second.lunarYear()).isEqualTo(994);
        assertThat(second.month()).isEqualTo(2);
        assertThat(second.ganzhi()).isEqualTo("戊子");
        assertThat(second.julian()).isEqualTo("0994-03-20");
        assertThat(found.get(2).resolution().precision()).isEqualTo(Precision.MONTH);
        assertThat(found.get(3).resolution().regime().name()).isEqualTo("遼");
        for (FoundDate f : found) {
            String covered = text.substring(text.offsetByCodePoints(0, f.startCodePoint()), text.offsetByCodePoints(0, f.endCodePoint()));
            assertThat(covered).isEqualTo(f.resolution().expression().text());
        }
    }

    @Test
    void offsetsAreCodePointsPastExtensionB() {
        String text = "𨫼子山下，至道三年三月癸巳，帝崩。";
        List<FoundDate> found = DATES.find(text, DateContext.NONE);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.startCodePoint()).isEqualTo(5);
            assertThat(f.resolution().jdn()).isEqualTo(2085340);
        });
    }

    @Test
    void everyEraDateOfTheSampleChronicleResolvesCleanly() throws IOException {
        String text = Files.readString(Csv.shared().resolve("corpus/xixiaji-994-998.txt"));
        List<FoundDate> found = DATES.find(text, new DateContext(CALENDAR.regime("宋").orElseThrow(), 994, 1, false));
        assertThat(found).hasSizeGreaterThan(30);
        int withEra = 0;
        for (FoundDate f : found) {
            String covered = text.substring(text.offsetByCodePoints(0, f.startCodePoint()), text.offsetByCodePoints(0, f.endCodePoint()));
            assertThat(covered).isEqualTo(f.resolution().expression().text());
            if (f.resolution().expression().era() != null) {
                assertThat(f.resolution().diagnostics()).as("%s", covered).isEmpty();
                assertThat(f.resolution().resolved()).isTrue();
                withEra++;
            }
        }
        // 淳化五年正月, 至道二年五月, 統和十二年, 至道元年九月 … as the compiler's notes cite them.
        assertThat(withEra).isGreaterThan(5);
    }
}
