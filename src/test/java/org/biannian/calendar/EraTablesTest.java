package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.biannian.calendar.tools.Csv;
import org.junit.jupiter.api.Test;

/** The era tables (from DDBC) against the independent zh.wikipedia era list: each era's 元年. */
class EraTablesTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();

    /** zh.wikipedia's polity captions for our regimes. */
    private static final Map<String, String> POLITIES = Map.ofEntries(
            Map.entry("唐朝", "唐"), Map.entry("武周", "武周"), Map.entry("後梁", "後梁"), Map.entry("後唐", "後唐"),
            Map.entry("後晉", "後晉"), Map.entry("後漢", "後漢"), Map.entry("後周", "後周"), Map.entry("北宋", "宋"),
            Map.entry("南宋", "宋"), Map.entry("遼朝", "遼"), Map.entry("西夏", "西夏"), Map.entry("金朝", "金"),
            Map.entry("西遼", "西遼"), Map.entry("元朝", "元"), Map.entry("明朝", "明"), Map.entry("清朝", "清"),
            Map.entry("南明", "南明"), Map.entry("吳越", "吳越"), Map.entry("南唐", "南唐"), Map.entry("前蜀", "前蜀"),
            Map.entry("後蜀", "後蜀"), Map.entry("閩", "閩"), Map.entry("南漢", "南漢"), Map.entry("北漢", "北漢"));

    @Test
    void everyEraBeginsInTheYearWikipediaGives() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> row : Csv.read(Csv.shared().resolve("reference/calendar/wikipedia_zh_era_list.csv"))) {
            String regimeName = POLITIES.get(row.get("polity"));
            if (regimeName == null || row.get("first_year").isEmpty()) {
                continue;
            }
            Regime regime = CALENDAR.regime(regimeName).orElseThrow();
            List<Era> eras = CALENDAR.erasNamed(row.get("name_tw"), regime);
            if (eras.isEmpty()) {
                mismatches.add(row.get("polity") + " " + row.get("name_tw") + " missing");
                continue;
            }
            int year = Integer.parseInt(row.get("first_year"));
            // zh.wikipedia gives the year a regime adopted an era it took over (後漢 天福 947), we its 元年 (936).
            if (eras.stream().noneMatch(e -> e.firstLunarYear() == year || e.adoptedLunarYear() == year)) {
                mismatches.add(row.get("polity") + " " + row.get("name_tw") + " " + year + " ≠ "
                        + eras.stream().map(e -> Integer.toString(e.firstLunarYear())).toList());
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(250);
        assertThat(mismatches).containsExactlyInAnyOrder(
                // 武周 counted from the 11th month (建子): its eras proclaimed then begin a year later in zh.wikipedia;
                // the tables number months in the 夏正 way (docs/calendar.md, limits).
                "唐朝 載初 690 ≠ [689]", "武周 証聖 695 ≠ [694]", "武周 萬歲登封 696 ≠ [695]", "武周 聖曆 698 ≠ [697]",
                // zh.wikipedia lists 乾化 again for 末帝's restoration after 鳳曆 (913); for 吳越's 天福 it gives 941,
                // DDBC has 吳越 count by 天福 from 936.
                "後梁 乾化 913 ≠ [911]", "吳越 天福 941 ≠ [936, 936]",
                // … and 北漢 乾祐 again at 睿宗's accession (954), the count running on.
                "北漢 乾祐 954 ≠ [948]",
                // Western Xia: DDBC proclaims these in the first month of 1075 and 1086, zh.wikipedia a year earlier.
                "西夏 大安 1074 ≠ [1075]", "西夏 天安禮定 1085 ≠ [1086]",
                // zh.wikipedia lists 建炎 again for its restoration after 明受 (1129).
                "南宋 建炎 1129 ≠ [1127]",
                // Eras DDBC lacks (short-lived, or a regime's use of another's era): not in the tables.
                "唐朝 永新 missing", "遼朝 天祐 missing", "南唐 顯德 missing", "南唐 顯德 missing", "南唐 建隆 missing",
                "南唐 乾德 missing", "南唐 開寶 missing", "南宋 明受 missing", "南明 興業 missing", "南明 監國 missing",
                "南明 定武 missing", "南明 東武 missing");
    }
}
