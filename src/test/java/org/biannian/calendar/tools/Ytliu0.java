package org.biannian.calendar.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.biannian.calendar.Jdn;

/**
 * Reads the ytliu0 month table (GPL-3.0): an oracle for tests and for the comparison in docs/calendar.md only.
 * Nothing read here goes into the shipped tables.
 */
public final class Ytliu0 {

    private Ytliu0() {
    }

    /** First day of every month, keyed {@code 994-1} or {@code 993-閏10}; day numbers count from Jan 0 of the row's year. */
    public static Map<String, Integer> monthStarts(Path calendarDir) throws IOException {
        Map<String, Integer> starts = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.read(calendarDir.resolve("ytliu0_default_calendar_M105_2202.csv"))) {
            int year = Integer.parseInt(row.get("year"));
            // Day numbers are on the Julian calendar up to 1582 and the Gregorian from 1583.
            int jan0 = (year <= 1582 ? Jdn.fromJulian(year, 1, 1) : Jdn.fromGregorian(year, 1, 1)) - 1;
            for (int m = 1; m <= 12; m++) {
                starts.put(year + "-" + m, jan0 + Integer.parseInt(row.get(String.format("M%02d", m))));
            }
            int leap = Integer.parseInt(row.get("leap"));
            if (leap != 0) {
                starts.put(year + "-閏" + leap, jan0 + Integer.parseInt(row.get("Mleap")));
            }
        }
        return starts;
    }

    /**
     * The ytliu0 month starts −104…618 that start no month of a main-line regime before 619 (秦, 漢, 新, 魏, 晉, the
     * Southern Dynasties, 隋), each as a {@code | label | ytliu0 day | main-line regimes' month holding it |} row of
     * the docs table. ytliu0 numbers months in the 夏正 way throughout; the comparison is by first day.
     */
    public static List<String> earlyDifferences(Path calendarDir, org.biannian.calendar.ChineseCalendar calendar) throws IOException {
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> e : monthStarts(calendarDir).entrySet()) {
            int year = Integer.parseInt(e.getKey().substring(0, e.getKey().indexOf('-', 1)));
            if (year < -104 || year > 618) {
                continue;
            }
            int jdn = e.getValue();
            List<org.biannian.calendar.ChineseDay> days = calendar.chineseDays(jdn).stream()
                    .filter(d -> d.regime().mainLine() && d.lunarYear() < 619).toList();
            if (days.stream().noneMatch(d -> d.day() == 1)) {
                rows.add("| " + e.getKey() + " | " + jdn + " (" + Jdn.civilString(jdn) + ") | "
                        + (days.isEmpty() ? "no main-line month" : String.join(", ", days.stream().map(d -> d.label()
                                + " (first day " + Jdn.civilString(jdn - d.day() + 1) + ")").toList())) + " |");
            }
        }
        return rows;
    }

    /**
     * The months 619–1912 where lunar_months_619_2100.csv (our official calendar) and ytliu0 differ, each as
     * {@code | 697-11 | 1975961 (697-12-…) | … |} rows of the docs table.
     */
    public static List<String> differences(Path calendarDir) throws IOException {
        Map<String, Integer> ytliu0 = monthStarts(calendarDir);
        List<String> rows = new ArrayList<>();
        for (GenerateCalendarTables.Month m : GenerateCalendarTables.officialMonths(calendarDir)) {
            String label = m.lunarYear() + "-" + (m.leap() ? "閏" : "") + m.month();
            Integer theirs = ytliu0.get(label);
            if (theirs == null || theirs != m.firstJdn()) {
                rows.add("| " + label + " | " + m.firstJdn() + " (" + Jdn.civilString(m.firstJdn()) + ") | "
                        + (theirs == null ? "no such month" : theirs + " (" + Jdn.civilString(theirs) + ")") + " |");
            }
        }
        return rows;
    }
}
