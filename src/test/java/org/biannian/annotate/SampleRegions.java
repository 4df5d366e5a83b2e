package org.biannian.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * Dated regions for the sample built from the gold entries file (year and month in force per entry)
 * and the month table in ../shared, until the annals parser provides them.
 */
final class SampleRegions {

    private SampleRegions() {
    }

    static Path shared() {
        return Path.of(System.getProperty("biannian.shared", "../shared"));
    }

    static List<DatedRegion> of(SourceText text) throws IOException {
        Map<String, int[]> months = new HashMap<>();
        for (String line : Files.readAllLines(shared().resolve("reference/calendar/lunar_months_619_2100.csv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("lunar_year")) {
                continue;
            }
            String[] f = line.split(",");
            int year = Integer.parseInt(f[0]);
            if (year < 990 || year > 1000) {
                continue;
            }
            months.put(year + "-" + f[1] + "-" + f[2], new int[] {Integer.parseInt(f[3]), Integer.parseInt(f[4])});
        }
        List<int[]> starts = new ArrayList<>();
        List<DatedRegion> regions = new ArrayList<>();
        int from = 0;
        String body = text.text();
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(shared().resolve("gold/xixiaji-994-998.entries.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                rows.add(line.split("\t"));
            }
        }
        for (String[] row : rows) {
            int at = body.indexOf(row[6], from);
            if (at < 0) {
                throw new IllegalStateException("entry " + row[0] + " not found: " + row[6]);
            }
            starts.add(new int[] {text.codePointIndex(at)});
            from = at + 1;
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            int year = Integer.parseInt(row[1]);
            int month = Integer.parseInt(row[4]);
            int leap = Integer.parseInt(row[5]);
            int first;
            int last;
            if (month == 0) {
                first = months.get(year + "-1-0")[0];
                last = months.get((year + 1) + "-1-0")[0] - 1;
            } else {
                int[] m = months.get(year + "-" + month + "-" + leap);
                first = m[0];
                last = m[0] + m[1] - 1;
            }
            int start = starts.get(i)[0];
            int end = i + 1 < rows.size() ? starts.get(i + 1)[0] : text.length();
            regions.add(new DatedRegion(new Span(start, end), "宋", first, last));
        }
        return regions;
    }
}
