package org.biannian.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.cli.Main;
import org.biannian.library.Library;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format from a library holding the sample and 宋史卷5, checked by the tools that read it. */
class ExportTest {

    @TempDir
    static Path dir;
    static Path library;
    static int entries;

    @BeforeAll
    static void ingest() throws Exception {
        library = dir.resolve("lib");
        Biannian biannian = Biannian.create();
        try (Library lib = Library.open(library)) {
            var sample = biannian.prepare(Shared.sample(), new ParseOptions("淳化五年", null, null));
            var songshi = biannian.prepare(Shared.songshi5(), ParseOptions.defaults());
            lib.ingest(List.of(sample, songshi), d -> { });
            entries = sample.chronicle().entries().size() + songshi.chronicle().entries().size();
        }
    }

    static Path export(String format, String output) {
        Path out = dir.resolve(output);
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "export", "--format", format, "--library", library.toString(), "-o", out.toString());
        assertThat(status).as(err.toString()).isZero();
        return out;
    }

    @Test
    void teiValidatesAgainstTeiAllWithJing() throws Exception {
        Path jing = Path.of("/usr/bin/jing");
        // CI installs jing (.ci/run); elsewhere the test needs it too, but says how to get it.
        assumeTrue(Files.isExecutable(jing) || System.getenv("CI") != null, "jing not installed: apt-get install jing");
        Path tei = export("tei", "library.tei.xml");
        Process p = new ProcessBuilder(jing.toString(), Shared.path("schemas/tei_all.rng").toString(), tei.toString())
                .redirectErrorStream(false).start();
        String errors = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(errors).isZero();
        String xml = Files.readString(tei);
        assertThat(xml).contains("<persName ref=\"#per-li-jiqian\">繼遷</persName>")
                .contains("<listPerson>").contains("<listPlace>").contains("<geo>")
                .contains("<note type=\"按\"").contains("<biblScope unit=\"juan\">35</biblScope>");
        assertThat(xml.split("<div type=\"entry\"", -1)).hasSize(entries + 1);
    }

    /** A day's date carries both calendars: 淳化五年正月癸酉 (宋史卷5) is JDN 2084180, Julian 994-03-05, Gregorian 994-03-10. */
    @Test
    void teiDatesCarryTheDayInBothCalendars() throws Exception {
        String xml = Files.readString(export("tei", "dates.tei.xml"));
        assertThat(xml).contains("<date calendar=\"#chinese\" datingMethod=\"#julian\" when=\"0994-03-10\" when-custom=\"0994-03-05\">癸酉</date>");
        int[] day = Biannian.create().dateRange("淳化五年正月癸酉", null);
        assertThat(day[0]).isEqualTo(day[1]).isEqualTo(2084180);
    }

    @Test
    void csvTablesHaveHeadersAndEveryEntry() throws Exception {
        Path folder = export("csv", "csv");
        for (String file : CsvWriter.FILES) {
            assertThat(folder.resolve(file)).exists();
        }
        List<String> rows = Files.readAllLines(folder.resolve("entries.csv"));
        assertThat(rows.get(0)).startsWith("id,document,index,regime,era").contains(",day_ganzhi,day_jdn,");
        // 宋史卷5's 淳化五年正月癸酉: the ganzhi in its column, the day's JDN beside it.
        assertThat(rows).anyMatch(r -> r.contains(",癸酉,2084180,DAY,"));
        List<String> places = Files.readAllLines(folder.resolve("places.csv"));
        assertThat(places.get(0)).contains(",coordinates,");
        assertThat(places).anyMatch(r -> r.startsWith("place:lingzhou,靈州,") && r.matches(".*,\"3[0-9]\\.[0-9]+,10[0-9]\\.[0-9]+\",.*"));
        assertThat(rows).hasSize(entries + 1);
        assertThat(Files.readAllLines(folder.resolve("edges-person-person.csv")).get(0)).isEqualTo("Source,Target,Weight,Type");
        assertThat(Files.readAllLines(folder.resolve("persons.csv"))).anyMatch(r -> r.startsWith("per:li-jiqian,李繼遷,"));
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPointsInTheSongWorld() throws Exception {
        JsonNode geo = new ObjectMapper().readTree(export("geojson", "places.geojson").toFile());
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.at("/geometry/type").asText()).isEqualTo("Point");
            double lon = f.at("/geometry/coordinates/0").asDouble();
            double lat = f.at("/geometry/coordinates/1").asDouble();
            assertThat(lon).isBetween(70.0, 135.0);
            assertThat(lat).isBetween(15.0, 55.0);
            assertThat(f.at("/properties/entries").asInt()).isPositive();
        });
        assertThat(geo.get("features")).anyMatch(f -> f.at("/properties/name").asText().equals("靈州"));
    }

    @Test
    void jsonHoldsEveryDocumentAndEntity() throws Exception {
        JsonNode json = new ObjectMapper().readTree(export("json", "library.json").toFile());
        assertThat(json.get("format").asText()).isEqualTo("biannian-library");
        assertThat(json.get("documents")).hasSize(2);
        int total = 0;
        for (JsonNode d : json.get("documents")) {
            total += d.get("entries").size();
        }
        assertThat(total).isEqualTo(entries);
        JsonNode schema = new ObjectMapper().readTree(Path.of("docs/library.schema.json").toFile());
        for (JsonNode required : schema.get("required")) {
            assertThat(json.has(required.asText())).as("schema requires %s", required).isTrue();
        }
        assertThat(json.get("entities")).anyMatch(e -> e.get("id").asText().equals("per:li-jiqian")
                && e.get("entries").size() > 20);
    }
}
