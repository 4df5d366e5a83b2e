package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.biannian.calendar.tools.Csv;
import org.biannian.calendar.tools.GenerateCalendarTables;
import org.biannian.calendar.tools.GenerateCalendarTables.DdbcMonth;
import org.biannian.calendar.tools.GenerateCalendarTables.Month;
import org.biannian.calendar.tools.Ytliu0;
import org.junit.jupiter.api.Test;

/** The built-in tables against every independent reference table in {@code ../shared/reference}. */
class ReferenceTablesTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();
    private static final Path CALENDAR_DIR = Csv.shared().resolve("reference/calendar");

    private static Regime regimeOfDynasty(String dynasty) {
        for (GenerateCalendarTables.RegimeSpec spec : GenerateCalendarTables.REGIMES) {
            if (spec.dynasties().contains(dynasty)) {
                return CALENDAR.regime(spec.names().get(0)).orElseThrow();
            }
        }
        return null;
    }

    /** The month of {@code regime} holding {@code jdn}, as {lunarYear, month, leap, firstJdn, lastJdn}. */
    private static int[] monthHolding(Regime regime, int jdn) {
        MonthTable table = CALENDAR.table(regime);
        int i = table.indexOf(jdn);
        assertThat(i).as("%s has a month holding %d", regime, jdn).isNotNegative();
        return new int[] {table.yearOf(i), table.monthOf(i), table.isLeap(i) ? 1 : 0, table.firstJdn(i), table.lastJdn(i)};
    }

    @Test
    void everyDdbcMonthOfSongLiaoXiaAndJinMatchesOrCarriesTheAlternative() throws IOException {
        Map<String, List<DdbcMonth>> ddbc = GenerateCalendarTables.ddbcMonths(CALENDAR_DIR);
        int checked = 0;
        List<String> alternatives = new ArrayList<>();
        for (String dynasty : List.of("北宋", "南宋", "遼", "西夏", "金")) {
            Regime regime = regimeOfDynasty(dynasty);
            List<DdbcMonth> months = ddbc.get(dynasty);
            for (int i = 0; i < months.size(); i++) {
                DdbcMonth m = months.get(i);
                boolean whole = i + 1 < months.size() && months.get(i + 1).firstJdn() == m.lastJdn() + 1;
                int[] ours = monthHolding(regime, m.firstJdn() + 14);
                boolean same = ours[3] == m.firstJdn() && ours[1] == m.month() && (ours[2] == 1) == m.leap()
                        && (whole ? ours[4] == m.lastJdn() : ours[4] >= m.lastJdn());
                if (!same) {
                    // A disagreement with the majority reading: the resolution must show DDBC's.
                    Resolution r = CALENDAR.resolve(new DateExpression("x", null, null, null, null, ours[1], ours[2] == 1,
                            false, null, null, null, null), new DateContext(regime, ours[0], null, false));
                    assertThat(r.alternatives()).as("%s %s", dynasty, m).anySatisfy(a -> {
                        assertThat(a.source()).startsWith("DDBC:" + dynasty);
                        assertThat(a.firstJdn()).isEqualTo(m.firstJdn());
                    });
                    alternatives.add(dynasty + " " + m.lunarYear() + "-" + m.month());
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        // Only the Song months where DDBC stands alone (天聖九年八月–九月) differ; Liao, Xia and Jin follow DDBC.
        assertThat(alternatives).containsExactly("北宋 1031-8", "北宋 1031-9");
    }

    @Test
    void everyDdbcMonthRowResolvesByItsEraYear() throws IOException {
        // Every dynasty, 五代十國 and 蒙古/元 included: the era-year numbering (改元, eras taken over part-way).
        int checked = 0;
        for (Map<String, String> row : Csv.read(CALENDAR_DIR.resolve("ddbc_months_907_1279.csv"))) {
            String dynasty = row.get("dynasty");
            Regime regime = regimeOfDynasty(dynasty);
            // Proleptic rows (status P) label days before an era was proclaimed, not by its count.
            if (regime == null || GenerateCalendarTables.malformed(row) || row.get("era_name").startsWith("（")
                    || row.get("status").equals("P")) {
                continue;
            }
            // The middle of the row's days: a month DDBC starts a day early is still the same month.
            int middle = (Integer.parseInt(row.get("first_jdn")) + Integer.parseInt(row.get("last_jdn"))) / 2;
            int[] ours = monthHolding(regime, middle);
            List<EraYear> years = CALENDAR.eraYears(row.get("era_name"), Integer.parseInt(row.get("era_year")), regime);
            assertThat(years).as("%s", row).extracting(EraYear::lunarYear).contains(ours[0]);
            MonthTable table = CALENDAR.table(regime);
            if (CALENDAR.alternatives(regime, table.indexOf(middle)) == null) {
                // (A listed disagreement may label the month otherwise: 蒙古 1270 閏十一月.)
                assertThat(ours[1]).as("%s", row).isEqualTo(Integer.parseInt(row.get("month")));
                assertThat(ours[2]).as("%s", row).isEqualTo(Integer.parseInt(row.get("leap")));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(14_000);
    }

    @Test
    void everyLunarMonthsRowUpTo1912Matches() throws IOException {
        Regime song = CALENDAR.regime("宋").orElseThrow();
        MonthTable official = CALENDAR.table(song);
        List<Month> months = GenerateCalendarTables.officialMonths(CALENDAR_DIR);
        for (Month m : months) {
            int i = official.index(m.lunarYear(), m.month(), m.leap());
            assertThat(i).as("%s", m).isNotNegative();
            assertThat(official.firstJdn(i)).as("%s", m).isEqualTo(m.firstJdn());
            assertThat(official.days(i)).as("%s", m).isEqualTo(m.days());
        }
        assertThat(months).hasSizeGreaterThan(15_000);
        assertThat(official.months()).isEqualTo(months.size());
    }

    @Test
    void ytliu0AgreesWithTheMajorityWhereDdbcDiffers() throws IOException {
        Map<String, Integer> ytliu0 = Ytliu0.monthStarts(CALENDAR_DIR);
        // 天聖九年九月: DDBC 1031-09-19; lunar_months and ytliu0 1031-09-20, which we follow.
        assertThat(ytliu0.get("1031-9")).isEqualTo(Jdn.fromJulian(1031, 9, 20));
        for (Regime regime : CALENDAR.regimes()) {
            if (regime.ownCalendar()) {
                continue;
            }
            MonthTable table = CALENDAR.table(regime);
            for (int i = 0; i < table.months(); i++) {
                if (CALENDAR.alternatives(regime, i) != null) {
                    String label = table.yearOf(i) + "-" + (table.isLeap(i) ? "閏" : "") + table.monthOf(i);
                    assertThat(ytliu0.get(label)).as("%s %s", regime, label).isEqualTo(table.firstJdn(i));
                }
            }
        }
    }

    @Test
    void officialCalendarDiffersFromYtliu0OnlyInTheMonthsDocumented() throws IOException {
        List<String> differences = Ytliu0.differences(CALENDAR_DIR);
        // Every difference is listed in docs/calendar.md (generated by GenerateCalendarDocs).
        String docs = java.nio.file.Files.readString(Path.of("docs/calendar.md"));
        for (String d : differences) {
            assertThat(docs).contains(d);
        }
        assertThat(differences).hasSizeLessThan(40);
    }

    @Test
    void everyYtliu0MonthFromTaichuTo618StartsAMainLineMonthOrIsListed() throws IOException {
        // ytliu0 (GPL, an oracle only): 8,942 month starts −104…618; those that start no main-line month of DDBC's are
        // ytliu0's alternative readings, each listed in docs/calendar.md.
        List<String> differences = Ytliu0.earlyDifferences(CALENDAR_DIR, CALENDAR);
        String docs = java.nio.file.Files.readString(Path.of("docs/calendar.md"));
        for (String d : differences) {
            assertThat(docs).contains(d);
        }
        assertThat(differences).hasSizeLessThan(40);
        long months = Ytliu0.monthStarts(CALENDAR_DIR).keySet().stream()
                .filter(k -> Integer.parseInt(k.substring(0, k.indexOf('-', 1))) <= 618).count();
        assertThat(months).isGreaterThan(8_900);
    }

    @Test
    void manakaiVectorsMatchedByBothTablesResolve() throws IOException {
        int checked = 0;
        for (Map<String, String> row : Csv.read(Csv.shared().resolve("reference/vectors/manakai_song_liao_jin_date_vectors_checked.csv"))) {
            if (!row.get("ytliu0_song_calendar").equals("match") || !row.get("ddbc").equals("match")) {
                continue;
            }
            String[] lunar = row.get("lunar").split("-");
            boolean leap = lunar[1].endsWith("閏");
            int month = Integer.parseInt(lunar[1].replace("閏", ""));
            Regime regime = CALENDAR.regime(row.get("polity")).orElseThrow();
            DateExpression x = new DateExpression(row.get("lunar"), null, null, null, null, month, leap, false,
                    null, Integer.parseInt(lunar[2]), null, null);
            Resolution r = CALENDAR.resolve(x, new DateContext(regime, Integer.parseInt(lunar[0]), null, false));
            assertThat(r.jdn()).as("%s", row).isEqualTo(Integer.parseInt(row.get("jdn_ref")));
            assertThat(r.julian()).as("%s", row).isEqualTo(pad(row.get("julian_ref")));
            if (!row.get("ganzhi_in_source").isEmpty()) {
                assertThat(r.ganzhi()).isEqualTo(row.get("ganzhi_in_source"));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(55);
    }

    private static String pad(String julian) {
        return julian.length() == 10 ? julian : "0" + julian;
    }

    @Test
    void songshiJuan5VectorsResolveOrAreDiagnosed() throws IOException {
        int agree = 0;
        int anomalies = 0;
        for (Map<String, String> row : Csv.read(Csv.shared().resolve("reference/vectors/songshi_juan5_dated_entries_985_997.csv"))) {
            String ganzhi = row.get("day_ganzhi");
            DateExpression x = new DateExpression(row.get("era") + row.get("era_year"), null, row.get("era"),
                    Integer.parseInt(row.get("era_year")), null, Integer.parseInt(row.get("month")), row.get("leap").equals("1"),
                    false, Jdn.ganzhiIndex(ganzhi.charAt(0), ganzhi.charAt(1)), null,
                    row.get("is_shuo").equals("1") ? DateExpression.LunarPhase.SHUO : null, null);
            Resolution r = CALENDAR.resolve(x, DateContext.of(CALENDAR.regime("宋").orElseThrow()));
            switch (row.get("status")) {
                case "agree" -> {
                    assertThat(r.jdn()).as("%s", row).isEqualTo(Integer.parseInt(row.get("jdn")));
                    assertThat(r.diagnostics()).as("%s", row).isEmpty();
                    agree++;
                }
                case "ganzhi_not_in_month" -> {
                    assertThat(r.has(DateDiagnostic.Code.GANZHI_NOT_IN_MONTH)).as("%s", row).isTrue();
                    assertThat(r.jdn()).isNull();
                    anomalies++;
                }
                default -> assertThat(r.jdn()).as("端拱元年正月己未朔 (DDBC files it under 雍熙五年)")
                        .isEqualTo(Integer.parseInt(row.get("ytliu0_jdn")));
            }
        }
        assertThat(agree).isEqualTo(443);
        assertThat(anomalies).isEqualTo(4);
    }
}
