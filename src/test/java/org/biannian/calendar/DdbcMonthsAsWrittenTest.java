package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.biannian.calendar.tools.Csv;
import org.biannian.calendar.tools.GenerateCalendarTables;
import org.junit.jupiter.api.Test;

/**
 * Every DDBC month as a historian writes it, with its regime in front (「北宋<TAB>元祐三年十月癸酉」), read by the
 * text reader and resolved with that regime in force, as {@code biannian date -} does: it must come back on the
 * month's first day (or carry that day in {@code alternatives} where the tables disagree).
 */
class DdbcMonthsAsWrittenTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();
    private static final Path CALENDAR_DIR = Csv.shared().resolve("reference/calendar");

    /** The answer for one batch line, as the date command gives it: the regime before the TAB is the one in force. */
    static Resolution resolveLine(String regimeName, String text) {
        Regime regime = CALENDAR.regime(regimeName).orElse(null);
        assertThat(regime).as("regime 「%s」 is known", regimeName).isNotNull();
        Optional<DateExpression> x = CALENDAR.dateReader().read(text);
        assertThat(x).as("「%s」 reads", text).isPresent();
        return CALENDAR.resolve(x.get(), DateContext.of(regime));
    }

    /** The line a historian writes for a DDBC row: era, year, month and the ganzhi of the row's first day. */
    static String written(Map<String, String> row) {
        String era = GenerateCalendarTables.eraName(row);
        if (row.get("era_name").startsWith("（")) {
            // Between an emperor's death and his successor's 元年 the count runs on (文帝（景帝） is 文帝後元七年, the
            // first months of 二世's era 始皇三十七年): written by the era the tables give the day.
            int jdn = Integer.parseInt(row.get("first_jdn"));
            Regime regime = CALENDAR.regime(row.get("dynasty")).orElseThrow();
            era = CALENDAR.chineseDays(jdn).stream().filter(d -> d.regime().equals(regime)).findFirst()
                    .map(d -> d.eras().get(0).era()).orElse(era);
        }
        return era + ChineseLabels.year(Integer.parseInt(row.get("era_year")))
                + row.get("month_name") + "月" + row.get("first_day_ganzhi");
    }

    static boolean exact(Resolution r, int jdn) {
        return r.jdn() != null && r.jdn() == jdn
                || r.alternatives().stream().anyMatch(a -> a.jdn() != null && a.jdn() == jdn);
    }

    /** The rows that name a month by a proclaimed era: not malformed, not proleptic, not 「（無年號）」. */
    static List<Map<String, String>> statedRows(String file, boolean withoutEraNames) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> row : Csv.read(CALENDAR_DIR.resolve(file))) {
            if (!GenerateCalendarTables.malformed(row) && row.get("status").equals("S")
                    && (withoutEraNames || !row.get("era_name").startsWith("（")) && !row.get("dynasty").equals("唐")) {
                rows.add(row);
            }
        }
        return rows;
    }

    static List<String> misread(List<Map<String, String>> rows) {
        List<String> wrong = new ArrayList<>();
        for (Map<String, String> row : rows) {
            if (GenerateCalendarTables.LABEL_SLIPS.stream().anyMatch(slip -> slip.contains(" " + row.get("first_jdn") + " "))) {
                continue; // a DDBC label out of turn, read in turn (listed in docs/calendar.md)
            }
            String text = written(row);
            if (CALENDAR.dateReader().read(text).isEmpty()) {
                wrong.add(row.get("dynasty") + "\t" + text + " → [UNREADABLE]");
                continue;
            }
            Resolution r = resolveLine(row.get("dynasty"), text);
            if (!exact(r, Integer.parseInt(row.get("first_jdn")))) {
                wrong.add(row.get("dynasty") + "\t" + text + " → " + r.jdn() + " " + r.diagnostics().stream()
                        .map(d -> d.code() + ": " + d.message()).toList() + " (expected " + row.get("first_jdn") + ")");
            }
        }
        return wrong;
    }

    /** With BIANNIAN_DUMP_MISREAD=FILE, writes the lines misread there (to study a regression); else nothing. */
    static void dump(List<String> wrong) throws IOException {
        String out = System.getenv("BIANNIAN_DUMP_MISREAD");
        if (out != null) {
            java.nio.file.Files.write(Path.of(out), wrong);
        }
    }

    @Test
    void everyDdbcMonth907To1279WithItsRegimeInFrontComesBackExact() throws IOException {
        List<Map<String, String>> rows = statedRows("ddbc_months_907_1279.csv", false);
        List<String> wrong = misread(rows);
        Map<String, Integer> byCode = new TreeMap<>();
        wrong.forEach(w -> byCode.merge(w.replaceAll("^.*?\\[([A-Z_]*).*$", "$1"), 1, Integer::sum));
        assertThat(rows.size()).isGreaterThan(14_000);
        dump(wrong);
        assertThat(wrong).as("%d of %d misread %s; first: %s", wrong.size(), rows.size(), byCode,
                wrong.subList(0, Math.min(40, wrong.size()))).isEmpty();
    }

    @Test
    void everyDdbcMonthBefore619WithItsRegimeInFrontComesBackExact() throws IOException {
        // 秦 to 隋, the 十六國 and 南北朝 included; years without an era name by the emperor (始皇帝二十七年十月戊寅).
        List<Map<String, String>> rows = statedRows("ddbc_months_before_619.csv", true);
        GenerateCalendarTables.earlyMonths(CALENDAR_DIR); // lists DDBC's labels out of turn
        assertThat(GenerateCalendarTables.LABEL_SLIPS).hasSizeLessThan(10);
        List<String> wrong = misread(rows);
        Map<String, Integer> byCode = new TreeMap<>();
        wrong.forEach(w -> byCode.merge(w.replaceAll("^.*?\\[([A-Z_]*).*$", "$1"), 1, Integer::sum));
        assertThat(rows.size()).isGreaterThan(22_000);
        dump(wrong);
        assertThat(wrong).as("%d of %d misread %s; first: %s", wrong.size(), rows.size(), byCode,
                wrong.subList(0, Math.min(40, wrong.size()))).isEmpty();
    }

    @Test
    void erasBeginningWithARegimeNameAreReadWhole() {
        DateExpressionReader reader = CALENDAR.dateReader();
        for (String era : List.of("元祐", "元豐", "元符", "明道", "明昌", "元光", "清寧", "元德", "明德", "清泰")) {
            DateExpression alone = reader.read(era + "三年十月").orElseThrow();
            assertThat(alone.era()).as(era).isEqualTo(era);
            assertThat(alone.regime()).as(era).isNull();
        }
        DateExpression withRegime = reader.read("宋元祐三年十月癸酉").orElseThrow();
        assertThat(withRegime.regime()).isEqualTo("宋");
        assertThat(withRegime.era()).isEqualTo("元祐");
        Resolution r = CALENDAR.resolve(withRegime, DateContext.NONE);
        assertThat(r.regime().name()).isEqualTo("宋");
        assertThat(r.lunarYear()).isEqualTo(1088);
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void aRegimeNameThatDenotesPartOfItsYearsSettlesAnEraTheRegimeUsedTwice() {
        // 至元 is 世祖's (1264) and 順帝's (1335): 蒙古 names the years before 1271.
        Resolution mongol = resolveLine("蒙古", "至元三年正月");
        assertThat(mongol.lunarYear()).isEqualTo(1266);
        assertThat(mongol.diagnostics()).isEmpty();
        // 元 alone: the first proclaimed, the later in alternatives, with a warning.
        Resolution yuan = CALENDAR.resolve(CALENDAR.dateReader().read("元至元三年正月").orElseThrow(), DateContext.NONE);
        assertThat(yuan.lunarYear()).isEqualTo(1266);
        assertThat(yuan.diagnostics()).extracting(DateDiagnostic::code, DateDiagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DateDiagnostic.Code.ERA_AMBIGUOUS, DateDiagnostic.Severity.WARNING));
        assertThat(yuan.alternatives()).anySatisfy(a -> assertThat(a.source()).contains("1335"));
    }

    @Test
    void theRegimeInForceDecidesAnEraItTookUp() {
        // 吳越 counted by 宋's 乾德, and 前蜀 had a 乾德 too: in a 吳越 chronicle it is 吳越's (宋's days).
        Resolution r = resolveLine("吳越", "乾德二年正月");
        assertThat(r.regime().name()).isEqualTo("吳越");
        assertThat(r.lunarYear()).isEqualTo(964);
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void anEraOfTheMainLineAndAnotherIsTheMainLinesWithTheOtherInAlternatives() {
        DateExpressionReader reader = CALENDAR.dateReader();
        Resolution shaoxing = CALENDAR.resolve(reader.read("紹興十三年正月").orElseThrow(), DateContext.NONE);
        assertThat(shaoxing.regime().name()).isEqualTo("宋");
        assertThat(shaoxing.lunarYear()).isEqualTo(1143);
        assertThat(shaoxing.has(DateDiagnostic.Code.ERA_AMBIGUOUS)).isTrue();
        assertThat(shaoxing.diagnostics().get(0).severity()).isEqualTo(DateDiagnostic.Severity.WARNING);
        assertThat(shaoxing.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.source()).startsWith("ERA:西遼 紹興");
            assertThat(CALENDAR.chineseDays(a.firstJdn())).anySatisfy(day -> assertThat(day.label()).startsWith("西遼紹興十三年"));
        });
        Resolution zhenguan = CALENDAR.resolve(reader.read("貞觀元年三月").orElseThrow(), DateContext.NONE);
        assertThat(zhenguan.regime().name()).isEqualTo("唐");
        assertThat(zhenguan.lunarYear()).isEqualTo(627);
        assertThat(zhenguan.alternatives()).anySatisfy(a -> assertThat(a.source()).startsWith("ERA:西夏 貞觀"));
        // In a 西遼 chronicle, 西遼 decides.
        Resolution inXiliao = resolveLine("西遼", "紹興十三年正月");
        assertThat(inXiliao.regime().name()).isEqualTo("西遼");
        assertThat(inXiliao.lunarYear()).isEqualTo(1163);
        assertThat(inXiliao.diagnostics()).isEmpty();
    }

    @Test
    void yearsCountedIn載AreRead() {
        DateExpressionReader reader = CALENDAR.dateReader();
        Resolution tianbao = CALENDAR.resolve(reader.read("天寶十四載十一月").orElseThrow(), DateContext.NONE);
        assertThat(tianbao.era()).isEqualTo("天寶");
        assertThat(tianbao.lunarYear()).isEqualTo(755);
        assertThat(tianbao.month()).isEqualTo(11);
        assertThat(tianbao.diagnostics()).isEmpty();
        // 至德 was an era of 陳 (583) and of 唐 (756), both of the main line: alone, both readings; in a 唐 text, 唐's.
        Resolution zhide = CALENDAR.resolve(reader.read("至德二載").orElseThrow(), DateContext.NONE);
        assertThat(zhide.has(DateDiagnostic.Code.ERA_AMBIGUOUS)).isTrue();
        assertThat(zhide.diagnostics().get(0).readings()).extracting(Reading::lunarYear).containsExactlyInAnyOrder(584, 757);
        Resolution inTang = resolveLine("唐", "至德二載");
        assertThat(inTang.lunarYear()).isEqualTo(757);
        assertThat(inTang.precision()).isEqualTo(Precision.YEAR);
    }

    @Test
    void aSharedEraBefore619IsDecidedByTheRegimeInForce() {
        DateExpressionReader reader = CALENDAR.dateReader();
        // 建興: 蜀漢 (223), 成漢 (304), 西晉 (313), 孫吳 (252) … Alone: the main line's (西晉), every reading offered.
        Resolution alone = CALENDAR.resolve(reader.read("建興元年").orElseThrow(), DateContext.NONE);
        assertThat(alone.regime().name()).isEqualTo("西晉");
        assertThat(alone.has(DateDiagnostic.Code.ERA_AMBIGUOUS)).isTrue();
        assertThat(alone.diagnostics().get(0).readings()).extracting(r -> r.regime().name()).contains("蜀漢", "孫吳", "成漢", "西晉");
        assertThat(alone.alternatives()).extracting(Alternative::source).anySatisfy(s -> assertThat(s).startsWith("ERA:蜀漢 建興"));
        // In a 蜀漢 text (or written 蜀 / 蜀漢), 蜀漢's.
        assertThat(resolveLine("蜀漢", "建興五年三月").lunarYear()).isEqualTo(227);
        assertThat(CALENDAR.resolve(reader.read("蜀建興五年").orElseThrow(), DateContext.NONE).lunarYear()).isEqualTo(227);
        // 永和: 東漢 (136) and 東晉 (345) are both of the main line: alone nothing is guessed.
        Resolution yonghe = CALENDAR.resolve(reader.read("永和五年").orElseThrow(), DateContext.NONE);
        assertThat(yonghe.has(DateDiagnostic.Code.ERA_AMBIGUOUS)).isTrue();
        assertThat(yonghe.resolved()).isFalse();
        assertThat(resolveLine("東晉", "永和五年").lunarYear()).isEqualTo(349);
        // In force as 晉 (a 晉紀 chapter): 晉 is 西晉 first, and 東晉, which shares the name, has the 永和.
        assertThat(resolveLine("晉", "永和五年").lunarYear()).isEqualTo(349);
        assertThat(resolveLine("漢", "永和五年").lunarYear()).isEqualTo(140);
        // 魏太和: 曹魏's has 7 years, 北魏's 23; the written name 魏 finds both, the year decides.
        assertThat(CALENDAR.resolve(reader.read("魏太和十年").orElseThrow(), DateContext.NONE).regime().name()).isEqualTo("北魏");
        assertThat(CALENDAR.resolve(reader.read("宋元嘉三年").orElseThrow(), DateContext.NONE).regime().name()).isEqualTo("劉宋");
    }

    @Test
    void theSpecialYearsBefore619() {
        DateExpressionReader reader = CALENDAR.dateReader();
        // 太初元年 (−104 in the 夏正 count): 十月–十二月 of the old year, then 正月–十二月; its own 十月 is the later one.
        Resolution taichu = resolveLine("西漢", "太初元年十月");
        assertThat(taichu.julian()).isEqualTo("-0103-11-14");
        assertThat(resolveLine("西漢", "元封七年十月").julian()).isEqualTo("-0104-11-26");
        // 秦 and 漢 before 太初 begin the year with 十月 and put the leap month after 九月.
        assertThat(resolveLine("秦", "始皇二十七年十月").julian()).isEqualTo("-0220-11-18");
        assertThat(resolveLine("秦", "二世二年後九月").julian()).isEqualTo("-0207-10-26");
        // 新 (9–23) and 景初 (237–239) began the year a month early (建丑): 正月 in December or January.
        assertThat(resolveLine("新", "始建國元年正月").julian()).isEqualTo("0009-01-15");
        assertThat(resolveLine("曹魏", "景初二年正月").julian()).isEqualTo("0238-01-03");
        Resolution noThirdMonth = resolveLine("曹魏", "景初元年三月");
        assertThat(noThirdMonth.has(DateDiagnostic.Code.MONTH_NOT_IN_YEAR)).isTrue();
        // Years counted without an era name.
        assertThat(CALENDAR.resolve(reader.read("漢高帝五年").orElseThrow(), DateContext.NONE).lunarYear()).isEqualTo(-201);
        assertThat(CALENDAR.resolve(reader.read("秦始皇二十六年").orElseThrow(), DateContext.NONE).lunarYear()).isEqualTo(-220);
    }
}
