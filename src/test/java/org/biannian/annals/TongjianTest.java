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
        try (InputStream in = TongjianTest.class.getResourceAsStream("KR2b0007_100-excerpt.txt")) {
            SourceText text = TextReader.decode("KR2b0007_100-excerpt.txt", in.readAllBytes());
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
}
