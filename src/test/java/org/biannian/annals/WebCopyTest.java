package org.biannian.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.testing.Shared;
import org.biannian.text.SourceText;
import org.biannian.text.TextView;
import org.junit.jupiter.api.Test;

/**
 * Unpunctuated and web-copied texts. The web copy is made here, at test time, from the bundled sample
 * (《西夏紀》卷二, lines 1–28, 淳化五年–至道元年): half-width commas and brackets, simplified characters mixed
 * in, junk lines of a web page, a citation block and the next headline on one line, and inline year
 * headings 「宋太宗淳化五年(遼聖宗統和十二年) 春正月，…」 that the sample itself does not have.
 */
class WebCopyTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();

    private static Chronicle parse(String name, String text, String start) {
        return AnnalsParser.parse(TextView.of(SourceText.of(name, text)), new ParseOptions(start, null, null), CALENDAR);
    }

    private static List<String> sampleLines() {
        return Shared.read(Shared.sample()).text().lines().limit(28).toList();
    }

    /** The web copy of {@code lines} (see the class comment). */
    private static String webCopy(List<String> lines) {
        List<String> out = new ArrayList<>();
        out.add("首页 > 史部 > 编年类 > 西夏纪");
        out.add("上一页 | 目录 | 下一页");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i < 10) {
                line = line.replace('，', ',').replace('（', '(').replace('）', ')');
            }
            line = line.replace("繼遷", "继迁").replace("歲", "岁");
            if (line.startsWith("春正月")) {
                line = "宋太宗淳化五年(遼聖宗統和十二年) " + line;
            } else if (line.startsWith("春三月")) {
                out.add("Copyright © 2019 guji.example.com");
                line = "宋太宗至道元年(遼聖宗統和十三年)　" + line;
            }
            if (i == 2) {
                // A citation block and the next headline on one line, as a copy that lost a line break gives them.
                line = line + lines.get(++i).replace("繼遷", "继迁");
            }
            out.add(line);
        }
        out.add("本书由网友上传 http://guji.example.com/xixiaji/2.html");
        return String.join("\n", out) + "\n";
    }

    @Test
    void aWebCopyGivesTheSampleEntriesWithTheirYearsAndMonthsWithoutStart() {
        Chronicle clean = parse("clean.txt", String.join("\n", sampleLines()) + "\n", "淳化五年");
        Chronicle web = parse("web.txt", webCopy(sampleLines()), null);
        assertThat(web.style()).isEqualTo(Chronicle.Style.GANGMU);
        assertThat(web.entries()).hasSameSizeAs(clean.entries());
        for (int i = 0; i < clean.entries().size(); i++) {
            Entry want = clean.entries().get(i);
            Entry got = web.entries().get(i);
            String headline = web.source().slice(got.headline());
            assertThat(got.year().julianYear()).as("entry %d 「%s」", i + 1, headline).isEqualTo(want.year().julianYear());
            assertThat(got.year().how()).isEqualTo(EntryYear.Source.HEADING);
            assertThat(got.date().month()).as("entry %d 「%s」", i + 1, headline).isEqualTo(want.date().month());
            assertThat(headline).doesNotContain("首页").doesNotContain("http").doesNotContain("淳化五年(");
        }
        assertThat(web.diagnostics()).noneMatch(d -> d.code().equals("YEARS_UNKNOWN"));
    }

    @Test
    void aXiaEraHeadingIsResolvedInTheXiaCalendarAndReportedWithTheSongYear() {
        Chronicle chronicle = parse("xia.txt", "西夏稱福聖承道二年 春正月，諒祚遣使來貢。\n夏四月，某事。\n", null);
        assertThat(chronicle.entries()).hasSize(2);
        Entry first = chronicle.entries().get(0);
        assertThat(chronicle.source().slice(first.headline())).startsWith("春正月");
        assertThat(first.year().regime()).isEqualTo("宋");
        assertThat(first.year().julianYear()).isEqualTo(1054);
        // 1054 began as 皇祐六年; 至和 was proclaimed in its third month.
        assertThat(first.year().era() + first.year().eraYear()).isEqualTo("皇祐6");
        assertThat(chronicle.entries().get(1).year().era() + chronicle.entries().get(1).year().eraYear()).isEqualTo("至和1");
        assertThat(first.date().month()).isEqualTo(1);
        assertThat(chronicle.diagnostics()).anyMatch(d -> d.code().equals("YEAR_OF_OTHER_REGIME"));
    }

    @Test
    void severalInlineHeadingsBeforeAnEntryAllStayOutOfItsHeadline() {
        Chronicle chronicle = parse("h.txt", "宋仁宗至和元年 西夏稱福聖承道二年 春正月，諒祚遣使來貢。\n", null);
        assertThat(chronicle.entries()).hasSize(1);
        assertThat(chronicle.source().slice(chronicle.entries().get(0).headline())).startsWith("春正月");
        assertThat(chronicle.entries().get(0).year().julianYear()).isEqualTo(1054);
    }

    @Test
    void aHeadingListingTheYearInSeveralRegimesSetsTheFirstOne() {
        Chronicle chronicle = parse("l.txt", "宋仁宗景祐元年，遼興宗重熙三年，西夏稱開運元年，又改廣運元年。\n春正月，某事。\n", null);
        assertThat(chronicle.entries()).hasSize(1);
        assertThat(chronicle.entries().get(0).year().julianYear()).isEqualTo(1034);
        assertThat(chronicle.entries().get(0).year().era()).isEqualTo("景祐");
        // A dated headline that merely opens with a year is no heading.
        Chronicle entry = parse("e.txt", "淳化五年，繼遷攻靈州。\n", null);
        assertThat(entry.segments()).noneMatch(seg -> seg.kind() == Segment.Kind.YEAR_HEADING && seg.span().length() > 4);
    }

    @Test
    void unpunctuatedTextNeedsNoPunctuationForDatesAndEntries() {
        Chronicle chronicle = parse("u.txt", "淳化五年春正月甲寅朔上製元旦詩賜近臣\n癸酉命李繼隆討繼遷\n是嵗大稔\n", null);
        assertThat(chronicle.style()).isEqualTo(Chronicle.Style.BIANNIAN);
        assertThat(chronicle.entries()).extracting(e -> e.date().month()).containsExactly(1, 1, 0);
        assertThat(chronicle.entries().get(1).date().ganzhi()).isEqualTo(9); // 癸酉
        assertThat(chronicle.entries().get(2).year().julianYear()).isEqualTo(994);
    }

    @Test
    void aCyclicalYearOnALineOfItsOwnIsNoDay() {
        // Lines of 《宋季三朝政要》卷四 (Kanseki Repository KR2b0031_004, 四庫全書 文淵閣本), without their page markup.
        Chronicle chronicle = parse("z.txt", "乙丑\n咸淳元年春詔郡國長吏勸課農桑\n冬十月飭諸路帥臣儆邊備\n丙寅\n咸淳二年春詔舉亷吏\n", null);
        assertThat(chronicle.entries()).extracting(e -> e.year().julianYear() + "/" + e.date().month())
                .containsExactly("1265/0", "1265/10", "1266/0");
        assertThat(chronicle.diagnostics()).noneMatch(d -> d.code().startsWith("GANZHI"));
    }

    @Test
    void segmentsReproduceTheWebCopy() {
        String text = webCopy(sampleLines());
        Chronicle web = parse("web.txt", text, null);
        StringBuilder joined = new StringBuilder();
        web.segments().forEach(s -> joined.append(web.source().slice(s.span())));
        assertThat(joined.toString()).isEqualTo(text);
    }
}
