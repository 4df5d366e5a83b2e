package org.biannian.parallels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Analysis;
import org.biannian.sources.Works;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

/** The dates in force in 四庫 長編 text and a 本紀, as parallels read them (issue 13). */
class SourceDatingTest {

    private static final Biannian BIANNIAN = Biannian.create();

    private static SourceDocument prepare(String file) throws Exception {
        Analysis a = BIANNIAN.prepare(Shared.path(file), ParseOptions.defaults());
        return ParallelFinder.of(BIANNIAN.calendar(), Works.builtIn())
                .index(List.of(new SourceInput(a.key(), a.chronicle().view(), a.mentions()))).documents.get(0);
    }

    private static PassageDate dateAt(SourceDocument doc, String text) {
        String source = doc.view.source().text();
        int at = source.codePointCount(0, source.indexOf(text));
        return doc.itemDates[doc.itemAt(doc.reading.fromSource(at))];
    }

    @Test
    void aCopyistsEraSlipDoesNotMoveTheYear() throws Exception {
        // 長編卷36 opens 「淳熈五年五月癸丑」: 淳熙 is a slip for 淳化 (994); the juan covers 994 only.
        SourceDocument doc = prepare("corpus/changbian/KR2b0019_040.txt");
        PassageDate first = dateAt(doc, "王繼恩言王師入綿州境");
        assertThat(first.lunarYear()).isEqualTo(994);
        assertThat(first.month()).isEqualTo(5);
        // A bare day in unpunctuated text opens an item: 「丙寅趙保忠至自夏州」.
        PassageDate arrival = dateAt(doc, "趙保忠至自夏州");
        assertThat(arrival.written()).isEqualTo("丙寅");
        assertThat(arrival.month()).isEqualTo(5);
        assertThat(arrival.precision().name()).isEqualTo("DAY");
    }

    @Test
    void fourCopyistFormsOfStemsAndBranchesAreRead() throws Exception {
        // 長編卷38 opens 「至道元年六月已夘」 for 己卯.
        SourceDocument doc = prepare("corpus/changbian/KR2b0019_042.txt");
        PassageDate opening = dateAt(doc, "詔重造州縣二税版籍");
        assertThat(opening.lunarYear()).isEqualTo(995);
        assertThat(opening.month()).isEqualTo(6);
        assertThat(opening.written()).isEqualTo("至道元年六月已夘");
        assertThat(opening.firstJdn()).isNotNull();
        assertThat(SourceDating.readAsDates("乙已奉表")).isEqualTo("乙巳奉表");
        assertThat(SourceDating.readAsDates("已夘詔")).isEqualTo("己卯詔");
        assertThat(SourceDating.readAsDates("已而")).isEqualTo("已而");
    }

    @Test
    void aBenjiReadsItsYearHeadingsAndNumbersApart() throws Exception {
        SourceDocument doc = prepare("corpus/songshi-juan005-taizong2.wiki");
        assertThat(doc.header.title()).isEqualTo("宋史");
        assertThat(doc.work.title()).isEqualTo("宋史");
        PassageDate arrival = dateAt(doc, "河西行營送趙保忠至闕下");
        assertThat(arrival.lunarYear()).isEqualTo(994);
        assertThat(arrival.month()).isEqualTo(5);
        assertThat(arrival.written()).isEqualTo("丙寅");
        // 「…租十之七。十二月乙巳」: the 七 before the sentence end is no part of the month.
        PassageDate december = dateAt(doc, "十二月乙巳，占城遣使來貢");
        assertThat(december.month()).isEqualTo(12);
    }
}
