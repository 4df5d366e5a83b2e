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

    /**
     * The regimes before 619, each on its own calendar: the DDBC months of its dynasty
     * ({@code ddbc_months_before_619.csv}). Names shared by several (漢, 魏, 吳, 晉, 宋, 齊, 梁, 周, 燕, 涼, 趙, 秦 …) go
     * first to the regime listed first; a regime written by a shared name also finds the eras of the others.
     */
    public static final List<RegimeSpec> EARLY_REGIMES = List.of(
            early("qin", List.of("秦", "嬴秦"), "秦"),
            early("xihan", List.of("西漢", "前漢", "漢"), "西漢"),
            early("xin", List.of("新", "新莽"), "新"),
            early("donghan", List.of("東漢", "漢"), "東漢"),
            early("caowei", List.of("曹魏", "魏"), "曹魏"),
            early("shuhan", List.of("蜀漢", "蜀", "季漢", "漢"), "蜀漢"),
            early("sunwu", List.of("孫吳", "吳", "東吳"), "孫吳"),
            early("xijin", List.of("西晉", "晉"), "西晉"),
            early("dongjin", List.of("東晉", "晉"), "東晉"),
            early("hanzhao", List.of("漢趙", "漢", "趙"), "漢趙"),
            early("qianzhao", List.of("前趙", "趙"), "前趙"),
            early("chenghan", List.of("成漢", "成", "漢"), "成漢"),
            early("qianliang", List.of("前涼", "涼"), "前涼"),
            early("houzhao", List.of("後趙", "趙"), "後趙"),
            early("ranwei", List.of("冉魏", "魏"), "冉魏"),
            early("qianyan", List.of("前燕", "燕"), "前燕"),
            early("qianqin", List.of("前秦", "秦"), "前秦"),
            early("houyan", List.of("後燕", "燕"), "後燕"),
            early("xiyan", List.of("西燕", "燕"), "西燕"),
            early("houqin", List.of("後秦", "姚秦", "秦"), "後秦"),
            early("xiqin", List.of("西秦", "秦"), "西秦"),
            early("houliang2", List.of("後涼", "涼"), "後涼"),
            early("nanliang2", List.of("南涼", "涼"), "南涼"),
            early("nanyan", List.of("南燕", "燕"), "南燕"),
            early("beiliang", List.of("北涼", "涼"), "北涼"),
            early("xiliang2", List.of("西涼", "涼"), "西涼"),
            early("huxia", List.of("胡夏", "赫連夏", "夏"), "胡夏"),
            early("beiyan", List.of("北燕", "燕"), "北燕"),
            early("zhaiwei", List.of("翟魏", "魏"), "翟魏"),
            early("dai", List.of("代"), "代"),
            early("huanchu", List.of("桓楚", "楚"), "桓楚"),
            early("chu", List.of("楚"), "楚"),
            early("beiwei", List.of("北魏", "後魏", "元魏", "拓跋魏", "魏"), "北魏"),
            early("dongwei", List.of("東魏", "魏"), "東魏"),
            early("xiwei", List.of("西魏", "魏"), "西魏"),
            early("beiqi", List.of("北齊", "高齊", "齊"), "北齊"),
            early("beizhou", List.of("北周", "宇文周", "周"), "北周"),
            early("liusong", List.of("劉宋", "南朝宋", "宋"), "劉宋"),
            early("nanqi", List.of("南齊", "蕭齊", "齊"), "南齊"),
            early("nanliang", List.of("南梁", "蕭梁", "梁"), "南梁"),
            early("houhan2", List.of("侯漢", "漢"), "侯漢"),
            early("xiliang", List.of("西梁", "梁"), "西梁"),
            early("chen", List.of("陳", "南陳"), "陳"),
            early("sui", List.of("隋"), "隋"));

    /** The dynasties of the main line of official history, used for a date that names no regime. */
    static final java.util.Set<String> MAIN_LINE = java.util.Set.of(
            "tang", "wuzhou", "houliang", "houtang", "houjin", "houhan", "houzhou", "song", "yuan", "ming", "qing", "minguo",
            // Before 619, the line 資治通鑑 dates by: 秦, 漢, 新, 魏 (三國), 晉, the Southern Dynasties, 隋.
            "qin", "xihan", "xin", "donghan", "caowei", "xijin", "dongjin", "liusong", "nanqi", "nanliang", "chen", "sui");

    private static RegimeSpec early(String id, List<String> names, String dynasty) {
        return new RegimeSpec(id, id, names, List.of(dynasty));
    }

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
        out.append("# Biannian calendar tables, format 2. Generated by org.biannian.calendar.tools.GenerateCalendarTables\n")
           .append("# from lunar_months_619_2100.csv (computed with lunar-java, MIT) and the DDBC time authority\n")
           .append("# (ddbc_months_907_1279.csv, ddbc_months_before_619.csv, ddbc_eras.csv; CC BY-SA 3.0, see NOTICE).\n")
           .append("# Do not edit by hand.\n")
           .append("# C calendar firstLunarYear firstJdn / Y leapMonth lengths [@firstMonth] / Y * lengths labels / G holeDays nextLunarYear\n")
           .append("# (lengths: S=29 L=30 days, a..z=1..26 for a month cut short, in calendar order)\n")
           .append("# R id calendar main|- names / E regime era altNames firstJdn lastJdn lunarYearOf元年 emperor\n")
           .append("# A regime lunarYear month leap firstJdn days source[:its label]: another table's reading of the month holding its middle\n");
        writeCalendar(out, "official", official);
        for (RegimeSpec spec : REGIMES) {
            if (spec.ownCalendar()) {
                writeCalendar(out, spec.id(), ownCalendar(spec, official, ddbc));
            }
        }
        Map<String, List<EarlyMonth>> early = earlyMonths(calendarDir);
        for (RegimeSpec spec : EARLY_REGIMES) {
            writeEarlyCalendar(out, spec.id(), early.get(spec.dynasties().get(0)));
        }
        for (RegimeSpec spec : REGIMES) {
            out.append("R ").append(spec.id()).append(' ').append(spec.calendar()).append(' ')
               .append(MAIN_LINE.contains(spec.id()) ? "main" : "-").append(' ')
               .append(String.join(",", namesWithPeriods(spec, ddbc))).append('\n');
        }
        for (RegimeSpec spec : EARLY_REGIMES) {
            out.append("R ").append(spec.id()).append(' ').append(spec.calendar()).append(' ')
               .append(MAIN_LINE.contains(spec.id()) ? "main" : "-").append(' ')
               .append(String.join(",", spec.names())).append('\n');
        }
        Map<String, Integer> corrected = correctedEraStarts(calendarDir);
        Map<String, int[]> firstEraYears = firstEraYears(calendarDir);
        for (RegimeSpec spec : REGIMES) {
            List<Month> calendar = spec.ownCalendar() ? ownCalendar(spec, official, ddbc) : official;
            writeEras(out, spec, eraRows, calendar, corrected, firstEraYears);
        }
        for (RegimeSpec spec : EARLY_REGIMES) {
            writeEras(out, spec, eraRows, asMonths(early.get(spec.dynasties().get(0))), corrected, firstEraYears);
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
    static Map<String, int[]> firstEraYears(Path calendarDir) throws IOException {
        Map<String, int[]> counted = new LinkedHashMap<>();
        for (Map<String, String> r : allDdbcMonthRows(calendarDir)) {
            int first = Integer.parseInt(r.get("first_jdn"));
            int year = Integer.parseInt(r.get("era_year"));
            String era = r.get("era_id");
            // Proleptic rows (status P: an era name applied before it was proclaimed) do not set the count. The lowest
            // year counted sets it: 二世's era opens with the months of 始皇三十七年 after his death, then counts 元年.
            int[] old = counted.get(era);
            if (!malformed(r) && r.get("status").equals("S")
                    && (old == null || year < old[0] || year == old[0] && first < old[1])) {
                counted.put(era, new int[] {year, first});
            }
        }
        return counted;
    }

    /**
     * The first day of each era that the era table copies from a malformed month row (天贊 from 921-12-13, a
     * slip for 922-03-23): the first day of its earliest well-formed month row instead.
     */
    static Map<String, Integer> correctedEraStarts(Path calendarDir) throws IOException {
        Map<String, Integer> malformedStarts = new LinkedHashMap<>();
        Map<String, Integer> wellFormedStarts = new LinkedHashMap<>();
        for (Map<String, String> r : allDdbcMonthRows(calendarDir)) {
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
                                  Map<String, Integer> correctedStarts, Map<String, int[]> firstEraYears) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> r : eraRows) {
            boolean early = EARLY_REGIMES.contains(spec);
            if (spec.dynasties().contains(r.get("dynasty")) && !r.get("std_first_jdn").isEmpty()
                    && (early || !r.get("era_name").startsWith("（"))) {
                int first = Integer.parseInt(r.get("std_first_jdn"));
                int last = Integer.parseInt(r.get("std_last_jdn"));
                if (early ? first < FIRST_JDN : last >= FIRST_JDN - 366 && first <= LAST_JDN) {
                    rows.add(r);
                }
            }
        }
        rows.sort(Comparator.comparingInt((Map<String, String> r) -> Integer.parseInt(r.get("std_first_jdn")))
                .thenComparingInt(r -> Integer.parseInt(r.get("era_id"))));
        String[] previous = null;
        for (Map<String, String> r : rows) {
            int first = correctedStarts.getOrDefault(r.get("era_id") + " " + r.get("std_first_jdn"),
                    Integer.parseInt(r.get("std_first_jdn")));
            String last = r.get("std_last_jdn");
            List<String> alts = new ArrayList<>();
            String name = eraName(r);
            if (r.get("era_name").startsWith("（")) {
                String emperor = r.get("emperor").replaceAll("（.*）", "");
                String counted = r.get("era_name").replace("（", "").replace("）", "");
                for (String alias : emperorNames(emperor)) {
                    String alt = name.equals(emperor) ? alias : alias + counted;
                    if (!alt.equals(name) && !alts.contains(alt)) {
                        alts.add(alt);
                    }
                }
            }
            for (String alt : r.get("alt_names").split("\\|")) {
                // DDBC also lists Korean readings (정풍): only Chinese names are names a text can use.
                if (!alt.isEmpty() && alt.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    alts.add(alt);
                }
            }
            int[] counted = firstEraYears.get(r.get("era_id"));
            int firstLunarYear = counted == null ? lunarYearOfDay(calendar, first)
                    : lunarYearOfDay(calendar, counted[1]) - counted[0] + 1;
            if (r.get("era_name").startsWith("（") && r.get("emperor").contains("（") && previous != null
                    && previous[1].equals(Integer.toString(firstLunarYear))) {
                // The months between an emperor's death and his successor's 元年 (文帝（景帝）) count on the era before
                // (文帝後元七年): same name.
                name = previous[0];
                alts = new ArrayList<>(List.of(previous[2].split("\\|")));
                alts.remove("-");
            }
            String altField = alts.isEmpty() ? "-" : String.join("|", alts);
            previous = new String[] {name, Integer.toString(firstLunarYear), altField};
            out.append("E ").append(spec.id()).append(' ').append(name).append(' ')
               .append(altField).append(' ')
               .append(first).append(' ').append(last).append(' ')
               .append(firstLunarYear).append(' ')
               .append(r.get("emperor").isBlank() ? "-" : r.get("emperor").replace(' ', '_')).append('\n');
        }
    }

    /**
     * The names an emperor counted years by is written with (DDBC writes 高祖, 漢書 高帝; 始皇帝, 始皇): the name, and
     * the forms of the histories for the few emperors DDBC names otherwise.
     */
    static List<String> emperorNames(String emperor) {
        List<String> names = new ArrayList<>(List.of(emperor));
        switch (emperor) {
            case "高祖" -> names.add("高帝");
            case "始皇帝" -> names.add("始皇");
            case "呂后" -> names.addAll(List.of("高后", "高皇后"));
            case "二世" -> names.add("二世皇帝");
            default -> { }
        }
        return names;
    }

    /**
     * The era name of a DDBC row as the tables write it: its era, or for years counted without one (「（無年號）」) the
     * emperor who counted them (秦始皇二十七年 is 始皇帝's, 漢高帝五年 高祖's), for 「（後元）」 後元 (文帝後元, 景帝後元).
     */
    public static String eraName(Map<String, String> row) {
        String name = row.get("era_name");
        if (!name.startsWith("（")) {
            return name;
        }
        String counted = name.replace("（", "").replace("）", "");
        return counted.equals("無年號") || counted.equals("失年號") ? row.get("emperor").replaceAll("（.*）", "") : counted;
    }

    /** The rows of both DDBC month files. */
    static List<Map<String, String>> allDdbcMonthRows(Path calendarDir) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>(Csv.read(calendarDir.resolve("ddbc_months_before_619.csv")));
        rows.addAll(Csv.read(calendarDir.resolve("ddbc_months_907_1279.csv")));
        return rows;
    }

    /** A month before 619 as DDBC files it: its label, days and lunar year (the Julian year holding its 正月). */
    public record EarlyMonth(String dynasty, int lunarYear, int month, boolean leap, int firstJdn, int days) {
    }

    /** DDBC month labels out of turn that the generator reads in turn, for docs/calendar.md. */
    public static final List<String> LABEL_SLIPS = new ArrayList<>();

    /** The first day of 太初元年十月 (−103-11-14): before it a year began with 十月 (秦, 漢), from it with 正月. */
    static final int TAICHU = 1683755;

    /**
     * The DDBC months before 619 by dynasty, in order. Segments of one month are joined; a month DDBC gives under
     * a proleptic era (status P) only where no stated row has that day. A month runs to the next one's first day
     * when that is at most 30 days on; else it ends where DDBC ends it and a hole follows. Lunar years: a new one
     * begins where the month order starts over (十月 before 太初, 正月 from it); each is named by the Julian year
     * holding its 正月 (the year in which a 正月-first year began; for 秦 and 漢 before 太初, whose years began with
     * 十月, the year that holds most of it; for 新 and 景初, whose 正月 fell in December or January, the year after a
     * December 正月).
     */
    public static Map<String, List<EarlyMonth>> earlyMonths(Path calendarDir) throws IOException {
        Map<String, TreeMap<Integer, int[]>> byDynasty = new LinkedHashMap<>();
        LABEL_SLIPS.clear();
        for (Map<String, String> r : Csv.read(calendarDir.resolve("ddbc_months_before_619.csv"))) {
            if (malformed(r) || r.get("dynasty").equals("唐")) {
                continue;
            }
            int first = Integer.parseInt(r.get("first_jdn")) - Integer.parseInt(r.get("start_from")) + 1;
            int last = Integer.parseInt(r.get("last_jdn"));
            int label = Integer.parseInt(r.get("month")) | (r.get("leap").equals("0") ? 0 : 0x10);
            boolean stated = r.get("status").equals("S");
            TreeMap<Integer, int[]> months = byDynasty.computeIfAbsent(r.get("dynasty"), d -> new TreeMap<>());
            int[] old = months.get(first);
            if (old == null) {
                months.put(first, new int[] {first, last, label, stated ? 1 : 0});
            } else {
                old[1] = Math.max(old[1], last);
                if (stated && old[3] == 0) {
                    old[2] = label;
                    old[3] = 1;
                }
            }
        }
        Map<String, List<EarlyMonth>> result = new LinkedHashMap<>();
        byDynasty.forEach((dynasty, months) -> result.put(dynasty, earlyCalendar(dynasty, new ArrayList<>(months.values()))));
        return result;
    }

    private static List<EarlyMonth> earlyCalendar(String dynasty, List<int[]> months) {
        // Overlaps (陳 has a month filed twice over): a month ends where the next begins.
        List<int[]> kept = new ArrayList<>();
        for (int[] m : months) {
            int[] before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (before != null && before[2] == m[2] && m[0] - before[0] < 30) {
                // One month whose segments give two first days (西漢 and 陳 each once): one month, from the earlier.
                before[1] = Math.max(before[1], m[1]);
                continue;
            }
            if (!kept.isEmpty() && kept.get(kept.size() - 1)[1] >= m[0]) {
                kept.get(kept.size() - 1)[1] = m[0] - 1;
            }
            kept.add(m);
        }
        // A label out of turn between two in turn is a slip (西漢 and 楚 高祖三年: 七月 filed for 五月): read in turn.
        for (int i = 1; i + 1 < kept.size(); i++) {
            int[] before = kept.get(i - 1);
            int[] m = kept.get(i);
            int[] after = kept.get(i + 1);
            int expected = (before[2] & 0xF) % 12 + 1;
            boolean contiguous = before[1] + 1 == m[0] && m[1] + 1 == after[0];
            if (contiguous && m[2] != expected && (m[2] & 0x10) == 0 && after[2] == expected % 12 + 1
                    && m[2] != ((before[2] & 0xF) | 0x10)) {
                LABEL_SLIPS.add(dynasty + " " + m[0] + " (" + Jdn.civilString(m[0]) + "): DDBC " + (m[2] & 0xF)
                        + "月, read " + expected + "月");
                m[2] = expected;
            }
        }
        List<EarlyMonth> result = new ArrayList<>();
        List<int[]> year = new ArrayList<>();
        int previousYear = Integer.MIN_VALUE;
        for (int i = 0; i <= kept.size(); i++) {
            int[] m = i < kept.size() ? kept.get(i) : null;
            int[] before = i > 0 ? kept.get(i - 1) : null;
            boolean longHole = before != null && m != null && m[0] - before[1] > 200;
            if (m == null || year.isEmpty() || longHole || order(m[2], m[0]) < order(before[2], m[0])) {
                if (!year.isEmpty()) {
                    int lunarYear = lunarYearOf(year, previousYear);
                    for (int[] y : year) {
                        result.add(new EarlyMonth(dynasty, lunarYear, y[2] & 0xF, (y[2] & 0x10) != 0, y[0], 0));
                    }
                    previousYear = lunarYear;
                    year.clear();
                }
                if (longHole) {
                    previousYear = Integer.MIN_VALUE;
                }
            }
            if (m != null) {
                year.add(m);
            }
        }
        // Days: to the next month's first day when it is at most 30 days on, else as DDBC ends the month.
        List<EarlyMonth> sized = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            EarlyMonth m = result.get(i);
            int[] raw = kept.get(i);
            int toNext = i + 1 < result.size() ? result.get(i + 1).firstJdn() - m.firstJdn() : Integer.MAX_VALUE;
            int days = toNext <= 30 ? toNext : raw[1] - raw[0] + 1;
            sized.add(new EarlyMonth(dynasty, m.lunarYear(), m.month(), m.leap(), m.firstJdn(), days));
        }
        return sized;
    }

    /** A label's place in its year: from 十月 before 太初, from 正月 after; a leap month just after its month. */
    private static double order(int label, int jdn) {
        int start = jdn < TAICHU ? 10 : 1;
        return Math.floorMod((label & 0xF) - start, 12) + ((label & 0x10) != 0 ? 0.5 : 0);
    }

    /** The lunar year of a year's months: the Julian year holding its 正月, or the one after the year before. */
    private static int lunarYearOf(List<int[]> year, int previousYear) {
        for (int[] m : year) {
            if (m[2] == 1) {
                return Jdn.toJulian(m[0] + 30)[0];
            }
        }
        if (previousYear != Integer.MIN_VALUE) {
            return previousYear + 1;
        }
        // No 正月 and nothing before: reckon where its 正月 would be (within a month, which the +30 absorbs).
        int[] m = year.get(0);
        double toFirst = order(1, m[0]) - order(m[2], m[0]);
        return Jdn.toJulian((int) Math.round(m[0] + toFirst * 29.53) + 30)[0];
    }

    /** The early months as {@link Month}s, for the era lines. */
    static List<Month> asMonths(List<EarlyMonth> months) {
        List<Month> result = new ArrayList<>(months.size());
        for (EarlyMonth m : months) {
            result.add(new Month(m.lunarYear(), m.month(), m.leap(), m.firstJdn(), m.days()));
        }
        return result;
    }

    /** A calendar before 619: runs of months split into years, holes between runs. */
    private static void writeEarlyCalendar(StringBuilder out, String id, List<EarlyMonth> months) {
        EarlyMonth first = months.get(0);
        out.append("C ").append(id).append(' ').append(first.lunarYear()).append(' ').append(first.firstJdn()).append('\n');
        int i = 0;
        while (i < months.size()) {
            int j = i;
            while (j + 1 < months.size() && months.get(j + 1).lunarYear() == months.get(i).lunarYear()
                    && months.get(j + 1).firstJdn() == months.get(j).firstJdn() + months.get(j).days()) {
                j++;
            }
            List<EarlyMonth> run = months.subList(i, j + 1);
            out.append("Y ").append(yearLine(run)).append('\n');
            EarlyMonth last = months.get(j);
            int end = last.firstJdn() + last.days();
            if (j + 1 < months.size()) {
                EarlyMonth next = months.get(j + 1);
                if (next.firstJdn() < end) {
                    throw new IllegalStateException(id + ": months out of order at " + next);
                }
                if (next.firstJdn() != end || next.lunarYear() != last.lunarYear() + 1) {
                    // A hole, or a year that does not follow: say which year comes next.
                    out.append("G ").append(next.firstJdn() - end).append(' ').append(next.lunarYear()).append('\n');
                }
            }
            i = j + 1;
        }
    }

    /** The fields of a Y line after {@code Y}: standard, from a first month, or every label written. */
    private static String yearLine(List<EarlyMonth> run) {
        StringBuilder lengths = new StringBuilder();
        for (EarlyMonth m : run) {
            lengths.append(m.days() == 29 ? 'S' : m.days() == 30 ? 'L' : (char) ('a' + m.days() - 1));
            if (m.days() < 1 || m.days() > 30) {
                throw new IllegalStateException("month of " + m.days() + " days: " + m);
            }
        }
        // In turn from the first label, with at most one leap month right after its month?
        int leap = 0;
        boolean inTurn = !run.get(0).leap();
        int expected = run.get(0).month();
        for (int k = 0; k < run.size() && inTurn; k++) {
            EarlyMonth m = run.get(k);
            if (m.leap()) {
                inTurn = leap == 0 && k > 0 && run.get(k - 1).month() == m.month() && !run.get(k - 1).leap();
                leap = m.month();
            } else {
                inTurn = m.month() == expected;
                expected = expected % 12 + 1;
            }
        }
        if (inTurn) {
            boolean standard = run.get(0).month() == 1 && run.size() == (leap == 0 ? 12 : 13);
            return leap + " " + lengths + (standard ? "" : " @" + run.get(0).month());
        }
        List<String> labels = new ArrayList<>();
        for (EarlyMonth m : run) {
            labels.add((m.leap() ? "閏" : "") + m.month());
        }
        return "* " + lengths + " " + String.join(",", labels);
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
