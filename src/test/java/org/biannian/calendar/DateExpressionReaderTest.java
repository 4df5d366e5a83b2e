package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.biannian.calendar.DateExpression.LunarPhase;
import org.biannian.calendar.DateExpression.Scope;
import org.biannian.text.SourceText;
import org.junit.jupiter.api.Test;

class DateExpressionReaderTest {

    private final DateExpressionReader basic = DateExpressionReader.basic();

    @Test
    void readsAFullEraDate() {
        DateExpression e = basic.read("至道三年三月癸巳").orElseThrow();
        assertThat(e.era()).isEqualTo("至道");
        assertThat(e.eraYear()).isEqualTo(3);
        assertThat(e.month()).isEqualTo(3);
        assertThat(Jdn.ganzhiName(e.ganzhi())).isEqualTo("癸巳");
    }

    @Test
    void readsRegimePrefixesAndLongEras() {
        DateExpression song = basic.read("宋淳化五年正月癸酉").orElseThrow();
        assertThat(song.regime()).isEqualTo("宋");
        assertThat(song.era()).isEqualTo("淳化");
        assertThat(song.month()).isEqualTo(1);
        DateExpression xia = basic.read("西夏天授禮法延祚元年").orElseThrow();
        assertThat(xia.regime()).isEqualTo("西夏");
        assertThat(xia.era()).isEqualTo("天授禮法延祚");
        assertThat(xia.eraYear()).isEqualTo(1);
        assertThat(basic.read("太平興國二年").orElseThrow().era()).isEqualTo("太平興國");
    }

    @Test
    void readsPartialForms() {
        assertThat(basic.read("冬十月").orElseThrow()).satisfies(e -> {
            assertThat(e.season()).isEqualTo(Season.WINTER);
            assertThat(e.month()).isEqualTo(10);
        });
        assertThat(basic.read("夏四月乙亥朔").orElseThrow().lunarPhase()).isEqualTo(LunarPhase.SHUO);
        assertThat(basic.read("閏三月").orElseThrow().leap()).isTrue();
        assertThat(basic.read("閏月").orElseThrow().leapOfMonthInForce()).isTrue();
        assertThat(basic.read("是歲").orElseThrow().scope()).isEqualTo(Scope.YEAR);
        assertThat(basic.read("是春").orElseThrow().season()).isEqualTo(Season.SPRING);
        assertThat(basic.read("春").orElseThrow().season()).isEqualTo(Season.SPRING);
        assertThat(basic.read("十有二年").orElseThrow().eraYear()).isEqualTo(12);
        assertThat(basic.read("三月十五日").orElseThrow().dayOfMonth()).isEqualTo(15);
        assertThat(basic.read("初一").orElseThrow().dayOfMonth()).isEqualTo(1);
        assertThat(basic.read("癸酉").orElseThrow().ganzhi()).isEqualTo(9);
    }

    @Test
    void rejectsWhatIsNoDate() {
        for (String text : List.of("", "繼遷", "十三月", "甲丑", "淳化", "月")) {
            assertThat(basic.read(text)).as(text).isEmpty();
        }
    }

    @Test
    void findsDatesInRunningTextButNotLookalikes() {
        // From the sample: 「癸酉，命馬步軍」 is a date; 「夏人」 (the polity), 「十年矣」 (a duration) and 「三日」 are not.
        SourceText text = SourceText.of("t", "癸酉，命李繼隆。夏人梗邊。叛渙砂磧中十年矣。三日。二年春，至。夏四月壬寅朔。");
        assertThat(basic.readAt(text, 0).orElseThrow().length()).isEqualTo(2);
        assertThat(basic.readAt(text, text.text().indexOf("夏人"))).isEmpty();
        assertThat(basic.readAt(text, text.text().indexOf("十年"))).isEmpty();
        assertThat(basic.readAt(text, text.text().indexOf("三日"))).isEmpty();
        assertThat(basic.readAt(text, text.text().indexOf("二年春")).orElseThrow().length()).isEqualTo(3);
        assertThat(basic.readAt(text, text.text().indexOf("夏四月")).orElseThrow().expression().text())
                .isEqualTo("夏四月壬寅朔");
    }

    @Test
    void needsTheLexiconForErasInRunningText() {
        String text = "考太宗紀：淳化五年正月癸酉，以李繼隆";
        int at = text.indexOf("淳化");
        assertThat(basic.readAt(text, at)).isEmpty();
        DateExpressionReader withEras = DateExpressionReader.withLexicon(List.of("淳化", "至道"), List.of());
        assertThat(withEras.readAt(text, at).orElseThrow().expression().text()).isEqualTo("淳化五年正月癸酉");
    }

    @Test
    void countsCodePointsPastSupplementaryCharacters() {
        // 𨫼 is two UTF-16 units; the offset after it is one code point further, not two.
        SourceText text = SourceText.of("t", "𨫼子山。三月丁丑，");
        assertThat(basic.readAt(text, 4).orElseThrow().expression().text()).isEqualTo("三月丁丑");
        assertThat(basic.readAt(text.text(), 4).orElseThrow().length()).isEqualTo(4);
    }

    @Test
    void variantCharactersAreReadAsTheirStandardFormsAndKeptAsWritten() {
        // issue 18: 是嵗 (是歲), 閠月 (閏月), 閠三月.
        DateExpression year = basic.read("是嵗").orElseThrow();
        assertThat(year.scope()).isEqualTo(Scope.YEAR);
        assertThat(year.text()).isEqualTo("是嵗");
        assertThat(basic.read("閠月").orElseThrow().leapOfMonthInForce()).isTrue();
        DateExpression leap = basic.read("至道二年閠七月").orElseThrow();
        assertThat(leap.leap()).isTrue();
        assertThat(leap.month()).isEqualTo(7);
        // In running text the match keeps its length and its text as written.
        DateExpressionReader.Match m = ChineseCalendar.builtIn().dateReader().readAt("𫝊言是嵗大有年", 2).orElseThrow();
        assertThat(m.length()).isEqualTo(2);
        assertThat(m.expression().text()).isEqualTo("是嵗");
    }

    @Test
    void everyEntryOfTheChangbianOpeningWith是嵗ReadsAs是歲() throws java.io.IOException {
        // 長編卷35–43 (Kanripo, unpunctuated) write 是歲 as 是嵗 8 times out of 9.
        DateExpressionReader reader = ChineseCalendar.builtIn().dateReader();
        int occurrences = 0;
        int openingLines = 0;
        try (var files = java.nio.file.Files.list(org.biannian.calendar.tools.Csv.shared().resolve("corpus/changbian"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = java.nio.file.Files.readString(file);
                for (int at = text.indexOf("是嵗"); at >= 0; at = text.indexOf("是嵗", at + 1)) {
                    int codePoint = text.codePointCount(0, at);
                    DateExpressionReader.Match m = reader.readAt(text, codePoint).orElseThrow(
                            () -> new AssertionError("是嵗 at " + file.getFileName() + ":" + codePoint));
                    assertThat(m.expression().scope()).isEqualTo(Scope.YEAR);
                    assertThat(m.expression().text()).isEqualTo("是嵗");
                    occurrences++;
                    if (at == 0 || text.charAt(at - 1) == '\n') {
                        // An entry opening with it: dated to the year in force.
                        List<DatesInText.FoundDate> found = new DatesInText(ChineseCalendar.builtIn()).find(
                                text.substring(at, text.indexOf('\n', at)), new DateContext(
                                        ChineseCalendar.builtIn().regime("宋").orElseThrow(), 998, 10, false));
                        assertThat(found.get(0).resolution().precision()).isEqualTo(Precision.YEAR);
                        assertThat(found.get(0).resolution().lunarYear()).isEqualTo(998);
                        openingLines++;
                    }
                }
            }
        }
        assertThat(occurrences).isGreaterThanOrEqualTo(8);
        assertThat(openingLines).isPositive();
    }
}
