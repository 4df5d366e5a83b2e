package org.biannian.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.biannian.Biannian;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;
import org.junit.jupiter.api.Test;

/**
 * A 長編 juan of another reign (卷一百四十六, 慶曆四年): a record opening with a month earlier than the one in
 * force looks back within the year; it starts no new year, and the days after it stay in the month in force.
 * The fixture is an excerpt (the juan's head, three lines of its 二月乙未 record, then 21 lines from page
 * 20b–21a, unchanged) of KR2b0019_150.txt as the Kanseki Repository gives it (NOTICE).
 */
class LookBackTest {

    private static Chronicle parse() throws Exception {
        try (InputStream in = LookBackTest.class.getResourceAsStream("KR2b0019_150-excerpt.txt")) {
            SourceText text = TextReader.decode("KR2b0019_150-excerpt.txt", in.readAllBytes());
            return Biannian.create().parse(text, ParseOptions.defaults());
        }
    }

    @Test
    void anEarlierMonthInAYearTheTextWroteLooksBack() throws Exception {
        Chronicle chronicle = parse();
        List<Entry> entries = chronicle.entries();
        assertThat(entries).extracting(e -> e.year().julianYear()).containsOnly(1044);
        SourceText source = chronicle.source();
        Entry lookBack = entries.stream().filter(e -> source.slice(e.headline()).startsWith("正月丙子")).findFirst().orElseThrow();
        assertThat(lookBack.date().month()).isEqualTo(1);
        // 乙巳, 丁未, 戊申 are days of 二月, the month in force before the look back.
        for (String day : List.of("乙巳", "丁未", "戊申")) {
            Entry e = entries.stream().filter(x -> source.slice(x.headline()).startsWith(day)).findFirst().orElseThrow();
            assertThat(e.date().month()).as(day).isEqualTo(2);
        }
        assertThat(chronicle.diagnostics()).extracting(d -> d.code()).doesNotContain("GANZHI_NOT_IN_MONTH");
    }
}
