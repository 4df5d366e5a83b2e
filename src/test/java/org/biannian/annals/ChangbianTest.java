package org.biannian.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.DateDiagnostic;
import org.biannian.testing.Shared;
import org.biannian.text.KanripoReader;
import org.biannian.text.SourceText;
import org.biannian.text.TextView;
import org.junit.jupiter.api.Test;

/**
 * 《續資治通鑑長編》卷35–43 (淳化五年–咸平元年) as the Kanseki Repository gives them (四庫全書 文淵閣本,
 * ../shared/corpus/changbian, file number = juan + 4): unpunctuated 編年 in the printed page's lines.
 */
class ChangbianTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();

    static Chronicle parse(int juan) {
        SourceText source = Shared.read(Shared.path(String.format("corpus/changbian/KR2b0019_%03d.txt", juan + 4)));
        TextView view = KanripoReader.read(source, AnnalsParser.opensParagraph(CALENDAR));
        return AnnalsParser.parse(view, ParseOptions.defaults(), CALENDAR);
    }

    @Test
    void dayEntriesHaveTheirGanzhiInTheMonthInForce() {
        int dayEntries = 0;
        int inMonth = 0;
        int flagged = 0;
        List<String> unflagged = new ArrayList<>();
        for (int juan = 35; juan <= 43; juan++) {
            Chronicle chronicle = parse(juan);
            assertThat(chronicle.style()).isEqualTo(Chronicle.Style.BIANNIAN);
            for (Entry e : chronicle.entries()) {
                if (e.date().ganzhi() == null) {
                    continue;
                }
                dayEntries++;
                boolean good = e.date().month() > 0 && e.date().resolved() != null && e.date().resolved().resolved()
                        && !e.date().resolved().has(DateDiagnostic.Code.GANZHI_NOT_IN_MONTH);
                if (good) {
                    inMonth++;
                } else if (chronicle.diagnostics().stream().anyMatch(d -> d.code().equals("GANZHI_NOT_IN_MONTH")
                        && e.span().contains(d.span()))) {
                    flagged++;
                } else {
                    unflagged.add("卷" + juan + " " + chronicle.source().slice(e.headline()));
                }
            }
        }
        System.out.printf("長編卷35–43: %d day entries, %d with the ganzhi in the month in force (%.1f %%), %d flagged GANZHI_NOT_IN_MONTH%n",
                dayEntries, inMonth, 100.0 * inMonth / dayEntries, flagged);
        assertThat(dayEntries).isGreaterThanOrEqualTo(110);
        assertThat(100.0 * inMonth / dayEntries).isGreaterThanOrEqualTo(98.0);
        assertThat(unflagged).as("day entries off their month yet not flagged").isEmpty();
    }

    @Test
    void eachJuanTakesItsYearFromItsFirstDateNotFromTheJuanNumber() {
        int[] julianYears = {994, 994, 995, 995, 996, 996, 997, 997, 998};
        for (int juan = 35; juan <= 43; juan++) {
            Entry first = parse(juan).entries().get(0);
            assertThat(first.year().julianYear()).as("卷%d", juan).isEqualTo(julianYears[juan - 35]);
            assertThat(first.year().how()).isEqualTo(EntryYear.Source.WRITTEN);
        }
    }

    @Test
    void aCopyistsEraIsReadAsTheOneEraOfTheReignLikeIt() {
        // 卷36 opens 「淳熈五年五月癸丑」: 淳熙 is 孝宗's era; the juan is headed 太宗, whose era like it is 淳化.
        Chronicle chronicle = parse(36);
        Entry first = chronicle.entries().get(0);
        assertThat(first.year().era()).isEqualTo("淳化");
        assertThat(first.date().month()).isEqualTo(5);
        assertThat(chronicle.diagnostics()).anyMatch(d -> d.code().equals("ERA_NOT_OF_REIGN") && d.message().contains("淳化"));
    }

    @Test
    void recordsAfterAFullWidthSpaceRunOnTheEntryAndNotesAreNeverHeadlines() {
        Chronicle chronicle = parse(35);
        SourceText text = chronicle.source();
        Entry first = chronicle.entries().get(0);
        assertThat(text.slice(first.headline())).startsWith("淳化五年春正月甲寅朔上製元旦除夕詩");
        assertThat(chronicle.view().viewSlice(first.headline())).doesNotContain("　先是");
        assertThat(first.date().month()).isEqualTo(1);
        for (Entry e : chronicle.entries()) {
            assertThat(text.slice(e.headline())).doesNotStartWith("(");
            for (Note n : e.notes()) {
                assertThat(e.headline().contains(n.span())).as("note inside a headline").isFalse();
            }
        }
        // Front matter is no entry.
        assertThat(chronicle.entries()).noneMatch(e -> text.slice(e.headline()).contains("四庫全書"));
    }

    @Test
    void aMonthWrittenInsideAnEntryMovesTheMonthForWhatFollows() {
        SourceText source = SourceText.of("t.txt", "至道元年十一月甲子上幸某所十二月乙巳易簡卒\n丁未詔某事\n");
        Chronicle chronicle = AnnalsParser.parse(TextView.of(source), ParseOptions.defaults(), CALENDAR);
        assertThat(chronicle.style()).isEqualTo(Chronicle.Style.BIANNIAN);
        assertThat(chronicle.entries()).hasSize(2);
        assertThat(chronicle.entries().get(1).date().month()).isEqualTo(12);
    }

    @Test
    void segmentsReproduceEachFileByteForByte() {
        for (int juan = 35; juan <= 43; juan++) {
            Chronicle chronicle = parse(juan);
            StringBuilder joined = new StringBuilder();
            chronicle.segments().forEach(s -> joined.append(chronicle.source().slice(s.span())));
            assertThat(joined.toString()).as("卷%d", juan).isEqualTo(chronicle.source().text());
        }
    }
}
