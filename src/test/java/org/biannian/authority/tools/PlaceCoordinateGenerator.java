package org.biannian.authority.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the coordinates of the built-in pack's places from the CHGIS extracts in ../shared, citing
 * each CHGIS id. Only facts (a point and its id) enter the pack; the CHGIS files are never copied.
 *
 * <p>Run: {@code mvn -q test-compile && java -cp target/test-classes:target/classes
 * org.biannian.authority.tools.PlaceCoordinateGenerator ../shared/reference/gazetteer
 * src/main/resources/org/biannian/authority/pack/places.tsv}
 *
 * <p>Rows whose {@code coord_source} starts with {@code hand} are left alone (CHGIS lacks the place or
 * holds only a namesake). For the others: a CHGIS record of the same name whose years overlap
 * 960–1279 is a {@code point}; when CHGIS has the seat only for an earlier period (many Song
 * north-western prefectures: the Tang seat), that point is taken with precision {@code approximate}
 * and the years cited. Among several, one inside the north-west box (lat 32–43, lon 98–116) wins,
 * since the pack is about the Song–Xia frontier.
 */
public final class PlaceCoordinateGenerator {

    /** One CHGIS row: the facts we may cite. */
    public record Chgis(String id, String name, double lat, double lon, int begin, int end) {
        public boolean overlaps(int first, int last) {
            return begin <= last && first <= end;
        }

        public boolean inNorthWest() {
            return lat >= 32 && lat <= 43 && lon >= 98 && lon <= 116;
        }
    }

    private PlaceCoordinateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PlaceCoordinateGenerator GAZETTEER_DIR PLACES_TSV");
            System.exit(2);
        }
        Map<String, List<Chgis>> gazetteer = readGazetteer(Path.of(args[0]));
        Path places = Path.of(args[1]);
        List<String> lines = Files.readAllLines(places, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        Map<String, Integer> columns = null;
        int filled = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                out.add(line);
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    columns.put(cells[i], i);
                }
                out.add(line);
                continue;
            }
            cells = java.util.Arrays.copyOf(cells, Math.max(cells.length, columns.size()));
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] == null ? "" : cells[i];
            }
            String source = cells[columns.get("coord_source")];
            if (!source.startsWith("hand")) {
                Optional<String[]> fact = locate(gazetteer.getOrDefault(cells[columns.get("canonical")], List.of()));
                if (fact.isPresent()) {
                    String[] f = fact.get();
                    cells[columns.get("lat")] = f[0];
                    cells[columns.get("lon")] = f[1];
                    cells[columns.get("precision")] = f[2];
                    cells[columns.get("coord_source")] = f[3];
                    cells[columns.get("chgis")] = f[4];
                    filled++;
                }
            }
            out.add(String.join("\t", cells));
        }
        Files.write(places, out, StandardCharsets.UTF_8);
        System.out.println("coordinates from CHGIS for " + filled + " places");
    }

    /** {lat, lon, precision, source, chgis id} for the best record, or empty. */
    static Optional<String[]> locate(List<Chgis> records) {
        // The Northern Song seat first (the frontier annals' period), then the north-west, then the record that
        // stood longest in 960–1127: 雄州 is the Hebei frontier prefecture of 959–1128, not the Guangdong
        // namesake that was renamed 南雄州 in 971.
        Comparator<Chgis> best = Comparator.comparing((Chgis c) -> !c.overlaps(960, 1127))
                .thenComparing(c -> !c.inNorthWest())
                .thenComparing(Comparator.comparingInt((Chgis c) -> Math.min(c.end(), 1127) - Math.max(c.begin(), 960)).reversed())
                .thenComparingInt(Chgis::begin);
        Optional<Chgis> current = records.stream().filter(c -> c.overlaps(960, 1279)).min(best);
        if (current.isPresent()) {
            Chgis c = current.get();
            return Optional.of(new String[] {fmt(c.lat()), fmt(c.lon()), "point", "CHGIS " + c.id(), c.id()});
        }
        Optional<Chgis> earlier = records.stream().filter(c -> c.end() < 960 && c.inNorthWest())
                .max(Comparator.comparingInt(Chgis::end));
        return earlier.map(c -> new String[] {fmt(c.lat()), fmt(c.lon()), "approximate",
                "CHGIS " + c.id() + " (seat of " + c.begin() + "–" + c.end() + ")", c.id()});
    }

    private static String fmt(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }

    /** Splits one CSV line, honouring double-quoted fields. */
    static String[] splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    public static Map<String, List<Chgis>> readGazetteer(Path folder) throws IOException {
        Map<String, List<Chgis>> byName = new HashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("chgis_")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = splitCsv(line);
                    if (f.length < 8 || f[4].isEmpty() || seen.put(f[0], true) != null) {
                        continue;
                    }
                    Chgis c = new Chgis(f[0], f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                            Integer.parseInt(f[6]), Integer.parseInt(f[7]));
                    byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        return byName;
    }
}
