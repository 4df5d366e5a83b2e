package org.biannian.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.text.InputException;
import org.biannian.text.KanripoReader;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;
import org.biannian.text.TextView;
import org.junit.jupiter.api.Test;

/**
 * 綱目 in the 四庫全書 layout, on a real text: an excerpt (pages 1a–2b, 3b, 12b–13a, lines as given) of
 * 《九朝編年備要》卷五 (宋 陳均), Kanseki Repository KR2b0025, file KR2b0025_005.txt
 * (https://github.com/kanripo/KR2b0025), free to use with attribution; see NOTICE.
 */
class SikuGangmuTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();

    static Chronicle parse() throws IOException, InputException {
        try (InputStream in = SikuGangmuTest.class.getResourceAsStream("KR2b0025_005-excerpt.txt")) {
            SourceText source = TextReader.decode("KR2b0025_005-excerpt.txt", in.readAllBytes());
            TextView view = KanripoReader.read(source, AnnalsParser.opensParagraph(CALENDAR));
            return AnnalsParser.parse(view, ParseOptions.defaults(), CALENDAR);
        }
    }

    @Test
    void eachFlushLeftGangIsAnEntryWithItsYearAndMonth() throws Exception {
        Chronicle chronicle = parse();
        assertThat(chronicle.style()).isEqualTo(Chronicle.Style.SIKU_GANGMU);
        assertThat(chronicle.view().title().orElseThrow().display()).isEqualTo("《九朝編年備要》卷五");
        List<String> got = chronicle.entries().stream().map(e -> e.year().era() + e.year().eraYear() + "/" + e.date().month()
                + " " + chronicle.source().slice(e.headline())).toList();
        assertThat(got).containsExactly(
                "淳化5/1 甲午淳化五年春正月御樓賜宴",
                "淳化5/1 京西江浙大饑",
                "淳化5/1 寛饑民罪",
                "淳化5/1 趙保吉冦邉命李繼隆討之",
                "淳化5/1 以王繼恩為兩川招安使討李順",
                "淳化5/1 蠲逋租",
                "淳化5/2 二月李順陷成都",
                "淳化5/12 十二月戊寅朔日有食之",
                "淳化5/12 三司復各置使",
                // A 綱 after a full 目 line still starts its own paragraph; its cyclical year precedes the era.
                "至道1/1 乙未至道元年春正月上清宫成",
                "至道1/1 遣使經度陳許等州水田㝷罷之");
        assertThat(chronicle.entries().get(0).year().julianYear()).isEqualTo(994);
        assertThat(chronicle.entries().get(9).year().julianYear()).isEqualTo(995);
    }

    @Test
    void theMuIndentedUnderAGangIsItsNarrative() throws Exception {
        Chronicle chronicle = parse();
        Entry first = chronicle.entries().get(0);
        String narrative = chronicle.view().viewSlice(first.narrative());
        assertThat(narrative).startsWith("以上元節賜從臣宴").contains("當時　謂無復太平之日").endsWith("䝉正侃然復位");
        assertThat(chronicle.entries().get(1).narrative()).isNull();
    }

    @Test
    void theJuansClosingTitleLineIsNoNarrative() throws Exception {
        Chronicle chronicle = parse();
        SourceText closed = SourceText.of("closed.txt", chronicle.source().text() + "　¶\n　九朝編年備要巻五¶\n");
        Chronicle withTitle = AnnalsParser.parse(KanripoReader.read(closed, AnnalsParser.opensParagraph(CALENDAR)),
                ParseOptions.defaults(), CALENDAR);
        Entry last = withTitle.entries().get(withTitle.entries().size() - 1);
        assertThat(withTitle.view().viewSlice(last.narrative())).doesNotContain("九朝編年備要");
        assertThat(withTitle.entries()).hasSameSizeAs(chronicle.entries());
    }

    @Test
    void segmentsReproduceTheFile() throws Exception {
        Chronicle chronicle = parse();
        StringBuilder joined = new StringBuilder();
        chronicle.segments().forEach(s -> joined.append(chronicle.source().slice(s.span())));
        assertThat(joined.toString()).isEqualTo(chronicle.source().text());
    }
}
