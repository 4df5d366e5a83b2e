package org.biannian.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.biannian.Biannian;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;
import org.junit.jupiter.api.Test;

/**
 * 長編卷八 (乾德五年): a record cites 「建隆三年三月丁夘詔書」, and the page puts that date at the start of a
 * line after a full one. The text runs forward, so the earlier year is a date the record cites, not a new
 * entry: the year in force stays 乾德五年 (before, every entry after it was dated 962 and its days fell outside
 * their months). The fixture is the first 200 lines of KR2b0019_012.txt as the Kanseki Repository gives it (NOTICE).
 */
class CitedYearTest {

    @Test
    void anEarlierYearAtALineStartIsADateTheRecordCites() throws Exception {
        Chronicle chronicle;
        try (InputStream in = CitedYearTest.class.getResourceAsStream("KR2b0019_012-excerpt.txt")) {
            SourceText text = TextReader.decode("KR2b0019_012-excerpt.txt", in.readAllBytes());
            chronicle = Biannian.create().parse(text, ParseOptions.defaults());
        }
        assertThat(chronicle.style()).isEqualTo(Chronicle.Style.BIANNIAN);
        assertThat(chronicle.entries()).hasSizeGreaterThan(25);
        assertThat(chronicle.entries()).extracting(e -> e.year().julianYear()).containsOnly(967);
        SourceText source = chronicle.source();
        assertThat(chronicle.entries()).noneMatch(e -> source.slice(e.headline()).startsWith("建隆"));
        Entry citing = chronicle.entries().stream()
                .filter(e -> source.slice(e.span()).contains("建隆三年三月丁夘詔書")).findFirst().orElseThrow();
        assertThat(source.slice(citing.headline())).startsWith("戊寅");
        assertThat(chronicle.diagnostics()).anyMatch(d -> d.code().equals("EARLIER_YEAR_IN_RECORD")
                && d.message().contains("建隆三年三月丁夘"));
        // The days after it are days of 乾德五年's fourth and fifth months again.
        Entry bingxu = chronicle.entries().stream().filter(e -> source.slice(e.headline()).startsWith("丙戌詔")).findFirst()
                .orElseThrow();
        assertThat(bingxu.date().month()).isEqualTo(4);
        assertThat(bingxu.date().resolved().firstJdn()).isNotNull();
    }

    @Test
    void aMonthWithoutItsLeapAfterTheLeapMonthLooksBack() throws Exception {
        // 長編卷四百六十六 (元祐六年閏八月): a record quotes an order of 「八月十四日」; the days after it are 閏八月's.
        Chronicle chronicle;
        try (InputStream in = CitedYearTest.class.getResourceAsStream("KR2b0019_469-excerpt.txt")) {
            SourceText text = TextReader.decode("KR2b0019_469-excerpt.txt", in.readAllBytes());
            chronicle = Biannian.create().parse(text, ParseOptions.defaults());
        }
        SourceText source = chronicle.source();
        for (String day : java.util.List.of("辛酉", "癸亥", "甲子")) {
            Entry e = chronicle.entries().stream().filter(x -> source.slice(x.headline()).startsWith(day)).findFirst().orElseThrow();
            assertThat(e.date().leap()).as(day).isTrue();
            assertThat(e.date().month()).as(day).isEqualTo(8);
        }
        assertThat(chronicle.diagnostics()).extracting(d -> d.code()).doesNotContain("GANZHI_NOT_IN_MONTH");
    }
}
