package org.biannian.calendar.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.biannian.calendar.Jdn;

/**
 * Writes {@code src/main/resources/org/biannian/calendar/calendar-tables.txt}, the project's own compact
 * calendar format, from the reference tables in {@code ../shared/reference/calendar}:
 * month starts of the official calendar 619–1912 ({@code lunar_months_619_2100.csv}, MIT), the Liao,
 * Western Xia and Jin calendars and every era span ({@code ddbc_*.csv}, CC BY-SA 3.0, see NOTICE).
 * The GPL ytliu0 table is never read here: it is an oracle for tests only.
 *
 * <p>Run: {@code mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.biannian.calendar.tools.GenerateCalendarTables}
 * (from the project root, with {@code ../shared} beside it). {@code CalendarTablesResourceTest} fails
 * when the committed file is not what this produces.
 */
public final class GenerateCalendarTables {

    /** Where the generated resource lives, relative to the project root. */
    public static final Path RESOURCE = Path.of("src/main/resources/org/biannian/calendar/calendar-tables.txt");

    /** The last lunar year of the official calendar we ship. */
    static final int LAST_YEAR = 1912;
    static final int FIRST_JDN = Jdn.fromJulian(619, 1, 1);
    static final int LAST_JDN = Jdn.fromGregorian(1912, 12, 31);

    /**
     * The regimes: id, calendar, names (the first is the display name), DDBC dynasties.
     * Regimes whose calendar is their own id keep the DDBC months of their dynasty (遼, 西夏, 金 …):
     * those are their own calendars, not disagreements with the Song one.
     */
    public record RegimeSpec(String id, String calendar, List<String> names, List<String> dynasties) {
        boolean ownCalendar() {
            return calendar.equals(id);
        }
    }

    public static final List<RegimeSpec> REGIMES = List.of(
            official("tang", List.of("唐", "李唐"), "唐"),
            official("wuzhou", List.of("武周"), "武周"),
            official("houliang", List.of("後梁", "朱梁"), "後梁"),
            official("houtang", List.of("後唐"), "後唐"),
            official("houjin", List.of("後晉", "石晉"), "後晉"),
            official("houhan", List.of("後漢"), "後漢"),
            official("houzhou", List.of("後周"), "後周"),
            official("qianshu", List.of("前蜀"), "前蜀"),
            official("wuyue", List.of("吳越"), "吳越"),
            official("nanhan", List.of("南漢"), "南漢"),
            official("nanwu", List.of("南吳", "楊吳"), "南吳"),
            official("min", List.of("閩"), "閩"),
            official("houshu", List.of("後蜀"), "後蜀"),
            official("nantang", List.of("南唐"), "南唐"),
            official("beihan", List.of("北漢"), "北漢"),
            official("song", List.of("宋", "北宋", "南宋", "大宋", "趙宋"), "北宋", "南宋"),
            own("liao", List.of("遼", "大遼", "契丹", "大契丹"), "遼"),
            own("beiliao", List.of("北遼"), "北遼"),
            own("xiliao", List.of("西遼"), "西遼"),
            own("xixia", List.of("西夏", "夏", "大夏"), "西夏"),
            own("jin", List.of("金", "大金"), "金"),
            // 蒙古 and 元 are one regime: 至元 runs on across the proclamation of 大元 (1271), as 宋 across 1127.
            official("yuan", List.of("元", "大元", "蒙古", "大蒙古國"), "蒙古", "元"),
            official("ming", List.of("明", "大明"), "明"),
            official("nanming", List.of("南明"), "南明"),
            official("houjin2", List.of("後金"), "後金"),
            official("qing", List.of("清", "大清"), "清"),
            official("minguo", List.of("民國", "中華民國"), "民國"));

    /** The dynasties of the main line of official history, used for a date that names no regime. */
    static final java.util.Set<String> MAIN_LINE = java.util.Set.of(
            "tang", "wuzhou", "houliang", "houtang", "houjin", "houhan", "houzhou", "song", "yuan", "ming", "qing", "minguo");

    private static RegimeSpec official(String id, List<String> names, String... dynasties) {
        return new RegimeSpec(id, "official", names, List.of(dynasties));
    }

    private static RegimeSpec own(String id, List<String> names, String... dynasties) {
        return new RegimeSpec(id, id, names, List.of(dynasties));
    }

    /** One lunar month: its label in its calendar and its days. */
    public record Month(int lunarYear, int month, boolean leap, int firstJdn, int days) {
        int lastJdn() {
            return firstJdn + days - 1;
        }

        String label() {
            return lunarYear + "-" + (leap ? "閏" : "") + month;
        }
    }

    /** A month as DDBC files it, segments of a month split between reigns joined. */
    public record DdbcMonth(String dynasty, int lunarYear, int month, boolean leap, int firstJdn, int lastJdn) {
    }

    private GenerateCalendarTables() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        String text = render(Csv.shared().resolve("reference/calendar"));
        Files.createDirectories(root.resolve(RESOURCE).getParent());
        Files.writeString(root.resolve(RESOURCE), text, StandardCharsets.UTF_8);
        System.out.println("wrote " + root.resolve(RESOURCE) + " (" + text.length() + " chars)");
    }

    /** The months of the official calendar, 619 to {@link #LAST_YEAR}, from {@code lunar_months_619_2100.csv}. */
    public static List<Month> officialMonths(Path calendarDir) throws IOException {
        List<Month> months = new ArrayList<>();
        for (Map<String, String> r : Csv.read(calendarDir.resolve("lunar_months_619_2100.csv"))) {
            int year = Integer.parseInt(r.get("lunar_year"));
            if (year <= LAST_YEAR) {
                months.add(new Month(year, Integer.parseInt(r.get("month")), r.get("leap").equals("1"),
                        Integer.parseInt(r.get("first_jdn")), Integer.parseInt(r.get("days"))));
            }
        }
        months.sort(Comparator.comparingInt(Month::firstJdn));
        return months;
    }

    /**
     * DDBC months by dynasty, in order, the segments of a month split between reigns joined into one. A segment
     * gives its month's first day as {@code first_jdn - start_from + 1}; where the segments of one month disagree
     * (遼 天祿五年九月: 2068687 from the first, 2068686 from the others), the one that starts on day 1 states it
     * directly and is followed.
     */
    public static Map<String, List<DdbcMonth>> ddbcMonths(Path calendarDir) throws IOException {
        Map<String, Map<String, DdbcMonth>> byDynasty = new LinkedHashMap<>();
        Map<String, Boolean> direct = new java.util.HashMap<>();
        for (Map<String, String> r : Csv.read(calendarDir.resolve("ddbc_months_907_1279.csv"))) {
            if (malformed(r)) {
                continue;
            }
            String dynasty = r.get("dynasty");
            boolean startsMonth = r.get("start_from").equals("1");
            int first = Integer.parseInt(r.get("first_jdn")) - Integer.parseInt(r.get("start_from")) + 1;
            int last = Integer.parseInt(r.get("last_jdn"));
            int month = Integer.parseInt(r.get("month"));
            boolean leap = r.get("leap").equals("1");
            DdbcMonth m = new DdbcMonth(dynasty, lunarYearOf(first, month), month, leap, first, last);
            String key = dynasty + " " + m.lunarYear() + " " + month + " " + leap;
            DdbcMonth old = byDynasty.computeIfAbsent(dynasty, d -> new LinkedHashMap<>()).get(key);
            if (old == null) {
                byDynasty.get(dynasty).put(key, m);
                direct.put(key, startsMonth);
            } else {
                boolean takeNew = startsMonth && !direct.get(key);
                int joinedFirst = takeNew ? first : old.firstJdn();
                byDynasty.get(dynasty).put(key,
                        new DdbcMonth(dynasty, old.lunarYear(), month, leap, joinedFirst, Math.max(old.lastJdn(), last)));
                direct.put(key, direct.get(key) || startsMonth);
            }
        }
        Map<String, List<DdbcMonth>> result = new LinkedHashMap<>();
        byDynasty.forEach((d, months) -> result.put(d,
                months.values().stream().sorted(Comparator.comparingInt(DdbcMonth::firstJdn)).toList()));
        return result;
    }

    /**
     * Whether a DDBC row cannot be a month: longer than 30 days from its first day (天贊元年二月 is filed from
     * 921-12-13, a slip for 922-03-23). Such rows are left out and listed in docs/calendar.md.
     */
    public static boolean malformed(Map<String, String> row) {
        int first = Integer.parseInt(row.get("first_jdn")) - Integer.parseInt(row.get("start_from")) + 1;
        return Integer.parseInt(row.get("last_jdn")) - first + 1 > 30;
    }

    /**
     * The lunar year (the Julian year in which the Chinese year began) of month {@code month} starting on
     * {@code firstJdn}: a 11th or 12th month that starts in the first half of a Julian year belongs to the
     * Chinese year begun in the Julian year before.
     */
    static int lunarYearOf(int firstJdn, int month) {
        int[] ymd = Jdn.toJulian(firstJdn);
        return month >= 11 && ymd[1] <= 6 ? ymd[0] - 1 : ymd[0];
    }

    /** The resource text. */
    public static String render(Path calendarDir) throws IOException {
        List<Month> official = officialMonths(calendarDir);
        Map<String, List<DdbcMonth>> ddbc = ddbcMonths(calendarDir);
        List<Map<String, String>> eraRows = Csv.read(calendarDir.resolve("ddbc_eras.csv"));

        StringBuilder out = new StringBuilder();
        out.append("# Biannian calendar tables, format 1. Generated by org.biannian.calendar.tools.GenerateCalendarTables\n")
           .append("# from lunar_months_619_2100.csv (computed with lunar-java, MIT) and the DDBC time authority\n")
           .append("# (ddbc_months_907_1279.csv, ddbc_eras.csv; CC BY-SA 3.0, see NOTICE). Do not edit by hand.\n")
           .append("# C calendar firstLunarYear firstJdn / Y leapMonth lengths (S=29 L=30 days, in calendar order)\n")
           .append("# R id calendar main|- names / E regime era altNames firstJdn lastJdn lunarYearOf元年 emperor\n")
           .append("# A regime lunarYear month leap firstJdn days source[:its label]: another table's reading of the month holding its middle\n");
        writeCalendar(out, "official", official);
        for (RegimeSpec spec : REGIMES) {
            if (spec.ownCalendar()) {
                writeCalendar(out, spec.id(), ownCalendar(spec, official, ddbc));
            }
        }
        for (RegimeSpec spec : REGIMES) {
            out.append("R ").append(spec.id()).append(' ').append(spec.calendar()).append(' ')
               .append(MAIN_LINE.contains(spec.id()) ? "main" : "-").append(' ')
               .append(String.join(",", namesWithPeriods(spec, ddbc))).append('\n');
        }
        Map<String, Integer> corrected = correctedEraStarts(calendarDir);
        Map<String, Integer> firstEraYears = firstEraYears(calendarDir);
        for (RegimeSpec spec : REGIMES) {
            List<Month> calendar = spec.ownCalendar() ? ownCalendar(spec, official, ddbc) : official;
            writeEras(out, spec, eraRows, calendar, corrected, firstEraYears);
        }
        for (RegimeSpec spec : REGIMES) {
            if (!spec.ownCalendar()) {
                for (Disagreement d : disagreements(spec, official, ddbc)) {
                    // Filed under the official month that holds the middle of DDBC's: a resolution lands there.
                    DdbcMonth m = d.ddbc();
                    Month at = monthHolding(official, m.firstJdn() + 14);
                    String source = "DDBC:" + m.dynasty()
                            + (at.month() == m.month() && at.leap() == m.leap() ? "" : ":" + (m.leap() ? "閏" : "") + m.month());
                    out.append("A ").append(spec.id()).append(' ').append(at.lunarYear()).append(' ').append(at.month())
                       .append(' ').append(at.leap() ? 1 : 0).append(' ').append(m.firstJdn()).append(' ')
                       .append(m.lastJdn() - m.firstJdn() + 1).append(' ').append(source).append('\n');
                    if (!source.equals("DDBC:" + m.dynasty())) {
                        // Also under DDBC's own label (蒙古 至元七年十一月, 閏十一月), where a date written by that
                        // label lands; a label the official calendar lacks is kept apart by the loader.
                        out.append("A ").append(spec.id()).append(' ').append(m.lunarYear()).append(' ').append(m.month())
                           .append(' ').append(m.leap() ? 1 : 0).append(' ').append(m.firstJdn()).append(' ')
                           .append(m.lastJdn() - m.firstJdn() + 1).append(" DDBC:").append(m.dynasty()).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The regime's names, each DDBC dynasty of a regime of several (北宋 and 南宋 of 宋, 蒙古 and 元 of 元) with the
     * lunar years of its months, {@code 北宋@960/1127}: written before an era, it denotes those years only
     * (「蒙古至元三年」 is 世祖's 至元, not 順帝's). The display name (宋, 元) denotes the whole regime.
     */
    static List<String> namesWithPeriods(RegimeSpec spec, Map<String, List<DdbcMonth>> ddbc) {
        List<String> names = new ArrayList<>();
        for (String name : spec.names()) {
            // The display name (元) denotes the whole regime, not the DDBC dynasty of that name.
            boolean part = spec.dynasties().size() > 1 && spec.dynasties().contains(name) && !name.equals(spec.names().get(0));
            List<DdbcMonth> months = part ? ddbc.get(name) : null;
            names.add(months == null || months.isEmpty() ? name
                    : name + "@" + months.get(0).lunarYear() + "/" + months.get(months.size() - 1).lunarYear());
        }
        return names;
    }

    /** A DDBC month of an official-calendar dynasty whose first day or length differs from the official table. */
    public record Disagreement(RegimeSpec regime, DdbcMonth ddbc, Month official) {
    }

    /**
     * The DDBC months of {@code spec}'s dynasties that differ from the official calendar. A month is compared by
     * label; its length only when DDBC has the month after it (the last month of a dynasty is cut at its end).
     */
    public static List<Disagreement> disagreements(RegimeSpec spec, List<Month> official, Map<String, List<DdbcMonth>> ddbc) {
        Map<String, Month> byLabel = new LinkedHashMap<>();
        for (Month m : official) {
            byLabel.put(m.label(), m);
        }
        List<Disagreement> result = new ArrayList<>();
        for (String dynasty : spec.dynasties()) {
            List<DdbcMonth> months = ddbc.getOrDefault(dynasty, List.of());
            for (int i = 0; i < months.size(); i++) {
                DdbcMonth m = months.get(i);
                Month o = byLabel.get(new Month(m.lunarYear(), m.month(), m.leap(), 0, 0).label());
                boolean complete = i + 1 < months.size() && months.get(i + 1).firstJdn() == m.lastJdn() + 1;
                if (o == null || o.firstJdn() != m.firstJdn() || (complete && o.lastJdn() != m.lastJdn())) {
                    result.add(new Disagreement(spec, m, o));
                }
            }
        }
        return result;
    }

    /**
     * A regime's own calendar: the DDBC months of its dynasty, and official months before, after and in the gaps
     * DDBC leaves (e.g. 金 泰和八年十二月, between 章宗's death and 大安). A gap month ends where DDBC's next month
     * begins, and a DDBC month cut by a gap or by the dynasty's end ends where the next month begins: DDBC gives
     * the true first day of every month it holds (through {@code start_from}), so the table stays contiguous.
     */
    public static List<Month> ownCalendar(RegimeSpec spec, List<Month> official, Map<String, List<DdbcMonth>> ddbc) {
        List<DdbcMonth> own = ddbc.get(spec.dynasties().get(0));
        List<Month> starts = new ArrayList<>();
        int firstOwn = own.get(0).firstJdn();
        int lastOwn = own.get(own.size() - 1).firstJdn();
        for (Month m : official) {
            if (m.firstJdn() < firstOwn) {
                starts.add(m);
            }
        }
        for (int i = 0; i < own.size(); i++) {
            DdbcMonth m = own.get(i);
            starts.add(new Month(m.lunarYear(), m.month(), m.leap(), m.firstJdn(), 0));
            int nextStart = i + 1 < own.size() ? own.get(i + 1).firstJdn() : Integer.MAX_VALUE;
            if (nextStart != m.lastJdn() + 1) {
                // A gap in DDBC (or the dynasty's end): official months that begin inside it fill it, but not one
                    // that is the same month as DDBC's next, a day or two apart.
                for (Month o : official) {
                    if (o.firstJdn() > m.lastJdn() && o.firstJdn() < nextStart - 15
                            && (nextStart != Integer.MAX_VALUE || o.firstJdn() > lastOwn)) {
                        starts.add(new Month(o.lunarYear(), o.month(), o.leap(), o.firstJdn(), 0));
                    }
                }
            }
        }
        starts.sort(Comparator.comparingInt(Month::firstJdn));
        List<Month> result = new ArrayList<>();
        for (int i = 0; i + 1 < starts.size(); i++) {
            Month m = starts.get(i);
            result.add(new Month(m.lunarYear(), m.month(), m.leap(), m.firstJdn(), starts.get(i + 1).firstJdn() - m.firstJdn()));
        }
        result.add(official.get(official.size() - 1));
        // Outside its dynasty's years the regime has no calendar of its own: keep only those years.
        int firstYear = own.get(0).lunarYear();
        int lastYear = own.get(own.size() - 1).lunarYear() + 1;
        return result.stream().filter(m -> m.lunarYear() >= firstYear && m.lunarYear() <= lastYear).toList();
    }

    private static void writeCalendar(StringBuilder out, String id, List<Month> months) {
        Month first = months.get(0);
        out.append("C ").append(id).append(' ').append(first.lunarYear()).append(' ').append(first.firstJdn()).append('\n');
        int i = 0;
        while (i < months.size()) {
            int year = months.get(i).lunarYear();
            int leap = 0;
            StringBuilder lengths = new StringBuilder();
            int expected = 1;
            for (; i < months.size() && months.get(i).lunarYear() == year; i++) {
                Month m = months.get(i);
                if (m.leap()) {
                    if (leap != 0 || m.month() != expected - 1) {
                        throw new IllegalStateException(id + ": unexpected leap month " + m);
                    }
                    leap = m.month();
                } else if (m.month() != expected++) {
                    throw new IllegalStateException(id + ": month out of order " + m);
                }
                if (m.days() != 29 && m.days() != 30) {
                    throw new IllegalStateException(id + ": month of " + m.days() + " days " + m);
                }
                lengths.append(m.days() == 29 ? 'S' : 'L');
            }
            if (expected != 13) {
                throw new IllegalStateException(id + ": year " + year + " has " + (expected - 1) + " months");
            }
            out.append("Y ").append(leap).append(' ').append(lengths).append('\n');
        }
    }

    /**
     * The era year of each DDBC era segment's first month: 1 for a new era, more for an era a regime took over
     * part-way (後漢 counts on 天福 from 天福十二年, 北漢 乾祐 from 四年), or a reign that continued its
     * predecessor's era. The E line's lunar year is that of the era's 元年, so the count runs on.
     */
    static Map<String, Integer> firstEraYears(Path calendarDir) throws IOException {
        Map<String, Integer> firstJdn = new LinkedHashMap<>();
        Map<String, Integer> eraYear = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.read(calendarDir.resolve("ddbc_months_907_1279.csv"))) {
            int first = Integer.parseInt(r.get("first_jdn"));
            String era = r.get("era_id");
            // Proleptic rows (status P: an era name applied before it was proclaimed) do not set the count.
            if (!malformed(r) && r.get("status").equals("S") && (!firstJdn.containsKey(era) || first < firstJdn.get(era))) {
                firstJdn.put(era, first);
                eraYear.put(era, Integer.parseInt(r.get("era_year")));
            }
        }
        return eraYear;
    }

    /**
     * The first day of each era that the era table copies from a malformed month row (天贊 from 921-12-13, a
     * slip for 922-03-23): the first day of its earliest well-formed month row instead.
     */
    static Map<String, Integer> correctedEraStarts(Path calendarDir) throws IOException {
        Map<String, Integer> malformedStarts = new LinkedHashMap<>();
        Map<String, Integer> wellFormedStarts = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.read(calendarDir.resolve("ddbc_months_907_1279.csv"))) {
            int first = Integer.parseInt(r.get("first_jdn"));
            (malformed(r) ? malformedStarts : wellFormedStarts).merge(r.get("era_id"), first, Math::min);
        }
        Map<String, Integer> corrected = new LinkedHashMap<>();
        malformedStarts.forEach((era, first) -> {
            if (wellFormedStarts.containsKey(era) && first < wellFormedStarts.get(era)) {
                corrected.put(era + " " + first, wellFormedStarts.get(era));
            }
        });
        return corrected;
    }

    private static void writeEras(StringBuilder out, RegimeSpec spec, List<Map<String, String>> eraRows, List<Month> calendar,
                                  Map<String, Integer> correctedStarts, Map<String, Integer> firstEraYears) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> r : eraRows) {
            if (spec.dynasties().contains(r.get("dynasty")) && !r.get("std_first_jdn").isEmpty()
                    && !r.get("era_name").startsWith("（")) {
                int first = Integer.parseInt(r.get("std_first_jdn"));
                int last = Integer.parseInt(r.get("std_last_jdn"));
                if (last >= FIRST_JDN - 366 && first <= LAST_JDN) {
                    rows.add(r);
                }
            }
        }
        rows.sort(Comparator.comparingInt((Map<String, String> r) -> Integer.parseInt(r.get("std_first_jdn")))
                .thenComparingInt(r -> Integer.parseInt(r.get("era_id"))));
        for (Map<String, String> r : rows) {
            int first = correctedStarts.getOrDefault(r.get("era_id") + " " + r.get("std_first_jdn"),
                    Integer.parseInt(r.get("std_first_jdn")));
            String last = r.get("std_last_jdn");
            List<String> alts = new ArrayList<>();
            for (String alt : r.get("alt_names").split("\\|")) {
                // DDBC also lists Korean readings (정풍): only Chinese names are names a text can use.
                if (!alt.isEmpty() && alt.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    alts.add(alt);
                }
            }
            out.append("E ").append(spec.id()).append(' ').append(r.get("era_name")).append(' ')
               .append(alts.isEmpty() ? "-" : String.join("|", alts)).append(' ')
               .append(first).append(' ').append(last).append(' ')
               .append(lunarYearOfDay(calendar, first) - firstEraYears.getOrDefault(r.get("era_id"), 1) + 1).append(' ')
               .append(r.get("emperor")).append('\n');
        }
    }

    static Month monthHolding(List<Month> calendar, int jdn) {
        for (Month m : calendar) {
            if (m.firstJdn() <= jdn && jdn <= m.lastJdn()) {
                return m;
            }
        }
        throw new IllegalArgumentException("no month holds " + jdn);
    }

    /** The lunar year of the month holding {@code jdn}, or the Julian year for a day before the table (唐 武德 618). */
    static int lunarYearOfDay(List<Month> calendar, int jdn) {
        for (Month m : calendar) {
            if (m.firstJdn() <= jdn && jdn <= m.lastJdn()) {
                return m.lunarYear();
            }
        }
        return Jdn.toJulian(jdn)[0];
    }
}
