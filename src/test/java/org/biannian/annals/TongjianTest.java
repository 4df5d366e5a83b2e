package org.biannian.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.biannian.Biannian;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;
import org.junit.jupiter.api.Test;

/**
 * 《資治通鑑》 as the Kanseki Repository gives it (卷一百, 晉紀二十二; the juan's first 40 lines, unchanged,
 * KR2b0007_100.txt, NOTICE): records run on within a paragraph, parted by full-width spaces, and a new
 * item is indented; it is 編年, not a 綱目 layout. The section line 「晉紀二十二」 names the dynasty, so
 * 永和 (東漢's 145 and 東晉's 345) is read as 東晉's.
 */
class TongjianTest {

    private static Chronicle parse() throws Exception {
        return parse("KR2b0007_100-excerpt.txt");
    }

    private static Chronicle parse(String name) throws Exception {
        try (InputStream in = TongjianTest.class.getResourceAsStream(name)) {
            SourceText text = TextReader.decode(name, in.readAllBytes());
            return Biannian.create().parse(text, ParseOptions.defaults());
        }
    }

    @Test
    void theSectionLineNamesTheDynastyWhoseErasTheEntriesUse() throws Exception {
        Chronicle chronicle = parse();
        assertThat(chronicle.style()).isEqualTo(Chronicle.Style.BIANNIAN);
        assertThat(chronicle.entries()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(chronicle.entries()).allSatisfy(e -> {
            assertThat(e.year().regime()).isEqualTo("東晉");
            assertThat(e.year().julianYear()).isEqualTo(355);
        });
        // Records parted by a full-width space inside a paragraph are entries of their own: 二月, 夏四月, 六月丙子.
        assertThat(chronicle.entries()).extracting(e -> e.date().month()).containsSubsequence(1, 2, 4, 6);
        assertThat(chronicle.diagnostics()).extracting(d -> d.code()).doesNotContain("GANZHI_NOT_IN_MONTH", "ERA_UNKNOWN");
    }

    /**
     * 卷一百七十 (陳紀四; its first 14 lines and 7 lines of page 18a, unchanged, KR2b0007_170.txt): the printed
     * 「大建元年」 is 陳's 太建 (大 and 太 stand for each other in printed era names), said in a diagnostic.
     */
    @Test
    void aPrintedDaForTaiInAnEraIsReadAsTheEraOfTheDynasty() throws Exception {
        Chronicle chronicle = parse("KR2b0007_170-excerpt.txt");
        Entry taijian = chronicle.entries().stream().filter(e -> "太建".equals(e.year().era())).findFirst().orElseThrow();
        assertThat(taijian.year().julianYear()).isEqualTo(569);
        assertThat(taijian.year().regime()).isEqualTo("陳");
        assertThat(chronicle.diagnostics()).extracting(d -> d.code()).contains("ERA_READ_AS")
                .doesNotContain("ERA_UNKNOWN", "GANZHI_NOT_IN_MONTH");
    }

    /**
     * 卷十 (漢紀二; its first 20 lines, unchanged, KR2b0007_010.txt): 高帝 had no era names, and 通鑑 writes his
     * years bare (「三年冬十月」) under the reign line 「太祖髙皇帝上之下」; they are read as his.
     */
    @Test
    void yearsWrittenBareUnderAReignWithoutErasAreThatEmperors() throws Exception {
        Chronicle chronicle = parse("KR2b0007_010-excerpt.txt");
        assertThat(chronicle.entries()).isNotEmpty();
        Entry first = chronicle.entries().get(0);
        assertThat(first.year().regime()).isEqualTo("西漢");
        assertThat(first.year().eraYear()).isEqualTo(3);
        assertThat(first.year().julianYear()).isNotNull();
        assertThat(first.date().month()).isEqualTo(10);
        assertThat(chronicle.diagnostics()).extracting(d -> d.code()).doesNotContain("YEARS_UNKNOWN", "YEAR_WITHOUT_ERA");
    }
}
