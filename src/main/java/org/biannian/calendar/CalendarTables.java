package org.biannian.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the generated {@code calendar-tables.txt} (format described in its header and in docs/calendar.md):
 * calendars as month lengths per lunar year, regimes, era spans and the other tables' readings of months.
 */
final class CalendarTables {

    static final String RESOURCE = "calendar-tables.txt";

    /** Another table's reading of one month of a regime. */
    record MonthAlternative(String source, int firstJdn, int days) {
    }

    /** One reign segment of an era, as DDBC gives it; segments of one era are joined on load. */
    private record EraSegment(Regime regime, String name, List<String> altNames, int firstJdn, int lastJdn,
                              int firstLunarYear, String emperor) {
    }

    final Map<String, MonthTable> calendars = new HashMap<>();
    final List<Regime> regimes = new ArrayList<>();
    /** Names that denote part of a regime's years (北宋, 南宋, 蒙古), to the regime as named. */
    final Map<String, Regime> namedPeriods = new HashMap<>();
    final Map<Regime, List<Era>> eras = new LinkedHashMap<>();
    /** By regime id, then by month index in the regime's calendar. */
    final Map<String, Map<Integer, List<MonthAlternative>>> alternatives = new HashMap<>();
    /** By regime id, then by a month label the regime's calendar lacks ({@link #label}). */
    final Map<String, Map<String, List<MonthAlternative>>> unlabelled = new HashMap<>();

    /** The key of a month by its label: 1270-閏11. */
    static String label(int lunarYear, int month, boolean leap) {
        return lunarYear + "-" + (leap ? "閏" : "") + month;
    }

    static CalendarTables load() {
        try (InputStream in = CalendarTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("calendar table " + RESOURCE + " is missing from the class path: "
                        + "rebuild the jar, or regenerate it with GenerateCalendarTables (see docs/calendar.md)");
            }
            CalendarTables tables = new CalendarTables();
            tables.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private void read(BufferedReader reader) throws IOException {
        Map<String, Regime> regimesById = new HashMap<>();
        List<EraSegment> segments = new ArrayList<>();
        CalendarBuilder calendar = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] f = line.split(" ");
            if (calendar != null && !f[0].equals("Y") && !f[0].equals("G")) {
                calendars.put(calendar.id, calendar.build());
                calendar = null;
            }
            switch (f[0]) {
                case "C" -> calendar = new CalendarBuilder(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]));
                case "Y" -> calendar.addYear(f);
                case "G" -> calendar.addHole(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                case "R" -> {
                    // A name may denote part of the regime's years: 北宋@960-1127.
                    List<String> names = new ArrayList<>();
                    Map<String, int[]> periods = new LinkedHashMap<>();
                    for (String written : f[4].split(",")) {
                        int at = written.indexOf('@');
                        String name = at < 0 ? written : written.substring(0, at);
                        names.add(name);
                        if (at >= 0) {
                            int dash = written.indexOf('/', at);
                            periods.put(name, new int[] {Integer.parseInt(written.substring(at + 1, dash)),
                                Integer.parseInt(written.substring(dash + 1))});
                        }
                    }
                    Regime regime = new Regime(f[1], names.get(0), names, f[2], f[3].equals("main"));
                    regimes.add(regime);
                    regimesById.put(regime.id(), regime);
                    for (Map.Entry<String, int[]> p : periods.entrySet()) {
                        namedPeriods.put(p.getKey(), regime.during(p.getValue()[0], p.getValue()[1]));
                    }
                }
                case "E" -> segments.add(new EraSegment(regimesById.get(f[1]), f[2],
                        f[3].equals("-") ? List.of() : List.of(f[3].split("\\|")),
                        Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]), f[7]));
                case "A" -> {
                    Regime regime = regimesById.get(f[1]);
                    int index = calendars.get(regime.calendar())
                            .index(Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4].equals("1"));
                    MonthAlternative alternative = new MonthAlternative(f[7], Integer.parseInt(f[5]), Integer.parseInt(f[6]));
                    if (index < 0) {
                        // Another table's month under a label this calendar lacks (蒙古 至元七年閏十一月).
                        unlabelled.computeIfAbsent(regime.id(), k -> new HashMap<>())
                                .computeIfAbsent(label(Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4].equals("1")),
                                        k -> new ArrayList<>(1)).add(alternative);
                        continue;
                    }
                    Map<Integer, List<MonthAlternative>> ofRegime = alternatives.get(regime.id());
                    if (ofRegime == null) {
                        ofRegime = new HashMap<>();
                        alternatives.put(regime.id(), ofRegime);
                    }
                    List<MonthAlternative> ofMonth = ofRegime.get(index);
                    if (ofMonth == null) {
                        ofMonth = new ArrayList<>(1);
                        ofRegime.put(index, ofMonth);
                    }
                    ofMonth.add(alternative);
                }
                default -> throw new IllegalStateException("unreadable line in " + RESOURCE + ": " + line);
            }
        }
        if (calendar != null) {
            calendars.put(calendar.id, calendar.build());
        }
        joinEras(segments);
    }

    /**
     * Joins the reign segments of one era (至道 under 太宗, then under 真宗) into one era. Segments of the same
     * name that do not touch are different eras (唐 上元 674 and 上元 760).
     */
    private void joinEras(List<EraSegment> segments) {
        // Plain loops, no streams or lambdas: this runs once at start-up, where their bootstrap costs show.
        for (Regime regime : regimes) {
            eras.put(regime, new ArrayList<>());
        }
        Map<String, Map<String, List<EraSegment>>> open = new HashMap<>();
        List<List<EraSegment>> groups = new ArrayList<>();
        for (EraSegment s : segments) {
            Map<String, List<EraSegment>> ofRegime = open.get(s.regime().id());
            if (ofRegime == null) {
                ofRegime = new HashMap<>();
                open.put(s.regime().id(), ofRegime);
            }
            List<EraSegment> group = ofRegime.get(s.name());
            if (group != null && s.firstJdn() <= lastJdn(group) + 1) {
                group.add(s);
                continue;
            }
            group = new ArrayList<>(2);
            group.add(s);
            ofRegime.put(s.name(), group);
            groups.add(group);
        }
        for (List<EraSegment> group : groups) {
            EraSegment first = group.get(0);
            MonthTable table = calendars.get(first.regime().calendar());
            int lastJdn = lastJdn(group);
            int index = table.indexOf(lastJdn);
            int lastLunarYear = index >= 0 ? table.yearOf(index) : first.firstLunarYear();
            List<String> alts = new ArrayList<>();
            List<Era.Reign> reigns = new ArrayList<>();
            for (EraSegment s : group) {
                for (String alt : s.altNames()) {
                    if (!alts.contains(alt)) {
                        alts.add(alt);
                    }
                }
                reigns.add(new Era.Reign(s.emperor(), s.firstJdn(), s.lastJdn()));
            }
            String shortForm = shortForm(first.name());
            if (shortForm != null && !alts.contains(shortForm)) {
                alts.add(shortForm);
            }
            int firstIndex = table.indexOf(first.firstJdn());
            int adopted = firstIndex >= 0 ? Math.max(table.yearOf(firstIndex), first.firstLunarYear()) : first.firstLunarYear();
            eras.get(first.regime()).add(new Era(first.regime(), first.name(), alts, first.firstJdn(), lastJdn,
                    first.firstLunarYear(), Math.max(lastLunarYear, first.firstLunarYear()), adopted, reigns));
        }
    }

    private static int lastJdn(List<EraSegment> group) {
        int last = Integer.MIN_VALUE;
        for (EraSegment s : group) {
            last = Math.max(last, s.lastJdn());
        }
        return last;
    }

    /**
     * The common short form of a long era name: its last two characters (太平興國 → 興國, 大中祥符 → 祥符,
     * 天授禮法延祚 → 延祚), the way chronicles abbreviate them; null for names of up to three characters.
     */
    static String shortForm(String era) {
        int length = era.codePointCount(0, era.length());
        return length >= 4 ? era.substring(era.offsetByCodePoints(0, length - 2)) : null;
    }

    /**
     * Builds a {@link MonthTable} from the lines of one calendar: {@code Y leap lengths} (a year 正月 to 十二月, the
     * leap month after month {@code leap}), {@code Y leap lengths @M} (the months from month M on, in turn:
     * 十月 to 九月 under 秦 and 漢 before 太初, or a year cut short), {@code Y * lengths labels} (every label written,
     * comma-separated, 閏 before a leap month's), and {@code G days nextLunarYear} (a hole).
     */
    private static final class CalendarBuilder {
        final String id;
        int nextYear;
        int nextJdn;
        byte[] labels = new byte[1024];
        int[] years = new int[1024];
        int[] monthFirst = new int[1025];
        int months;

        CalendarBuilder(String id, int firstYear, int firstJdn) {
            this.id = id;
            this.nextYear = firstYear;
            this.nextJdn = firstJdn;
        }

        void addYear(String[] f) {
            String lengths = f[2];
            int leapMonth = f[1].equals("*") ? 0 : Integer.parseInt(f[1]);
            String[] written = f.length > 3 && f[1].equals("*") ? f[3].split(",") : null;
            int month = f.length > 3 && f[3].startsWith("@") ? Integer.parseInt(f[3].substring(1)) : 1;
            boolean leapNext = false;
            for (int i = 0; i < lengths.length(); i++) {
                int label;
                if (written != null) {
                    String w = written[i];
                    label = w.startsWith("閏") ? Integer.parseInt(w.substring(1)) | MonthTable.LEAP : Integer.parseInt(w);
                } else if (leapNext) {
                    label = leapMonth | MonthTable.LEAP;
                    leapNext = false;
                } else {
                    label = month;
                    leapNext = month == leapMonth;
                    month = month % 12 + 1;
                }
                char c = lengths.charAt(i);
                add(label, nextYear, c == 'S' ? 29 : c == 'L' ? 30 : c - 'a' + 1);
            }
            nextYear++;
        }

        void addHole(int days, int yearAfter) {
            add(0, nextYear - 1, days);
            nextYear = yearAfter;
        }

        private void add(int label, int year, int days) {
            if (months + 1 >= labels.length) {
                labels = Arrays.copyOf(labels, labels.length * 2);
                years = Arrays.copyOf(years, years.length * 2);
                monthFirst = Arrays.copyOf(monthFirst, monthFirst.length * 2);
            }
            labels[months] = (byte) label;
            years[months] = year;
            monthFirst[months++] = nextJdn;
            nextJdn += days;
        }

        MonthTable build() {
            monthFirst[months] = nextJdn;
            return new MonthTable(Arrays.copyOf(labels, months), Arrays.copyOf(years, months), Arrays.copyOf(monthFirst, months + 1));
        }
    }
}
