package org.biannian.web.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the reader's offline basemap, {@code basemap.json}, from the Natural Earth layers in
 * ../shared/basemap (public domain): land, lakes and coastline whole, rivers of scale rank up to
 * {@value #MAX_RIVER_RANK}; only shapes that reach the map's box; coordinates rounded to 0.01° and
 * thinned (Douglas–Peucker, {@value #TOLERANCE}°). The format is the project's own:
 * {@code {"bbox":[w,s,e,n], "land":[ring…], "lakes":[ring…], "coast":[line…], "rivers":[line…]}},
 * each ring or line a flat list {@code [lon0, lat0, lon1, lat1, …]} in hundredths of a degree.
 *
 * <p>Run: {@code mvn -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.biannian.web.tools.GenerateBasemap ../shared/basemap src/main/resources/org/biannian/web/static/basemap.json}
 * (cp.txt from {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt}). {@code BasemapTest}
 * checks that the committed file is what this writes.
 */
public final class GenerateBasemap {

    /** West, south, east, north: China proper and the steppe north of the Song–Xia frontier. */
    static final double[] BOX = {88, 18, 128, 48};
    static final int MAX_RIVER_RANK = 6;
    static final double TOLERANCE = 0.03;

    private GenerateBasemap() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateBasemap SHARED_BASEMAP_DIR OUTPUT_JSON");
            System.exit(2);
        }
        String json = generate(Path.of(args[0]));
        Files.writeString(Path.of(args[1]), json, StandardCharsets.UTF_8);
        System.out.println("wrote " + args[1] + " (" + json.length() + " bytes)");
    }

    /** The basemap file's text, from the layers in {@code folder}. */
    public static String generate(Path folder) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("{\"source\":\"Natural Earth 4.0.0 (public domain), via GenerateBasemap\",\"bbox\":[");
        out.append((int) BOX[0]).append(',').append((int) BOX[1]).append(',').append((int) BOX[2]).append(',')
                .append((int) BOX[3]).append("],\n");
        layer(out, "land", read(folder, "east-asia-land.geojson"), Integer.MAX_VALUE);
        out.append(",\n");
        layer(out, "lakes", read(folder, "east-asia-lakes.geojson"), Integer.MAX_VALUE);
        out.append(",\n");
        layer(out, "coast", read(folder, "east-asia-coastline.geojson"), Integer.MAX_VALUE);
        out.append(",\n");
        layer(out, "rivers", read(folder, "east-asia-rivers.geojson"), MAX_RIVER_RANK);
        out.append("}\n");
        return out.toString();
    }

    private static JsonNode read(Path folder, String name) throws IOException {
        return new ObjectMapper().readTree(folder.resolve(name).toFile());
    }

    private static void layer(StringBuilder out, String name, JsonNode collection, int maxRank) {
        List<List<double[]>> lines = new ArrayList<>();
        for (JsonNode feature : collection.get("features")) {
            if (feature.path("properties").path("scalerank").asInt(0) > maxRank) {
                continue;
            }
            JsonNode g = feature.get("geometry");
            switch (g.get("type").asText()) {
                case "Polygon", "MultiLineString" -> g.get("coordinates").forEach(l -> lines.add(points(l)));
                case "LineString" -> lines.add(points(g.get("coordinates")));
                case "MultiPolygon" -> g.get("coordinates").forEach(p -> p.forEach(l -> lines.add(points(l))));
                default -> throw new IllegalArgumentException("unexpected geometry " + g.get("type"));
            }
        }
        out.append('"').append(name).append("\":[");
        boolean first = true;
        for (List<double[]> line : lines) {
            if (!reachesBox(line)) {
                continue;
            }
            List<int[]> kept = round(simplify(line));
            if (kept.size() < 2) {
                continue;
            }
            out.append(first ? "\n[" : ",\n[");
            first = false;
            for (int i = 0; i < kept.size(); i++) {
                out.append(i == 0 ? "" : ",").append(kept.get(i)[0]).append(',').append(kept.get(i)[1]);
            }
            out.append(']');
        }
        out.append(']');
    }

    private static List<double[]> points(JsonNode coordinates) {
        List<double[]> out = new ArrayList<>();
        coordinates.forEach(p -> out.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
        return out;
    }

    private static boolean reachesBox(List<double[]> line) {
        for (double[] p : line) {
            if (p[0] >= BOX[0] && p[0] <= BOX[2] && p[1] >= BOX[1] && p[1] <= BOX[3]) {
                return true;
            }
        }
        return false;
    }

    /** Douglas–Peucker: drops the points closer than the tolerance to the line through their neighbours kept. */
    static List<double[]> simplify(List<double[]> line) {
        if (line.size() < 3) {
            return line;
        }
        boolean[] keep = new boolean[line.size()];
        keep[0] = true;
        keep[line.size() - 1] = true;
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
        stack.push(new int[] {0, line.size() - 1});
        while (!stack.isEmpty()) {
            int[] range = stack.pop();
            double worst = -1;
            int at = -1;
            for (int i = range[0] + 1; i < range[1]; i++) {
                double d = distance(line.get(i), line.get(range[0]), line.get(range[1]));
                if (d > worst) {
                    worst = d;
                    at = i;
                }
            }
            if (at >= 0 && worst > TOLERANCE) {
                keep[at] = true;
                stack.push(new int[] {range[0], at});
                stack.push(new int[] {at, range[1]});
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            if (keep[i]) {
                out.add(line.get(i));
            }
        }
        return out;
    }

    private static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return Math.hypot(p[0] - a[0], p[1] - a[1]);
        }
        return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
    }

    private static List<int[]> round(List<double[]> line) {
        List<int[]> out = new ArrayList<>();
        for (double[] p : line) {
            int[] q = {(int) Math.round(p[0] * 100), (int) Math.round(p[1] * 100)};
            if (out.isEmpty() || out.get(out.size() - 1)[0] != q[0] || out.get(out.size() - 1)[1] != q[1]) {
                out.add(q);
            }
        }
        return out;
    }
}
