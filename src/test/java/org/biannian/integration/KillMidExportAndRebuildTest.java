package org.biannian.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.cli.Main;
import org.biannian.library.Analysis;
import org.biannian.library.Library;
import org.biannian.library.SearchQuery;
import org.biannian.testing.Shared;
import org.biannian.testing.Subprocess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of an export (while its file is being written) and in the middle of an
 * index rebuild: no half-written export is ever seen, and the library opens consistent afterwards.
 */
class KillMidExportAndRebuildTest {

    @TempDir
    static Path dir;
    static Path library;

    @BeforeAll
    static void aLibraryOfEightDocuments() throws Exception {
        library = dir.resolve("lib");
        Biannian biannian = Biannian.create();
        String sample = Files.readString(Shared.sample(), StandardCharsets.UTF_8);
        List<Analysis> docs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Path copy = dir.resolve("copy-" + i + ".txt");
            Files.writeString(copy, sample + "\n是歲，第" + i + "。\n", StandardCharsets.UTF_8);
            docs.add(biannian.prepare(copy, new ParseOptions("淳化五年", null, null)));
        }
        try (Library lib = Library.open(library)) {
            lib.ingest(docs, d -> { });
        }
    }

    @Test
    void aKilledExportLeavesTheOldFileOrTheWholeNewOne() throws Exception {
        for (String format : new String[] {"json", "tei"}) {
            Path reference = dir.resolve("reference." + format);
            assertThat(cli("export", "--format", format, "--library", library.toString(), "-o", reference.toString())).isZero();
            Path target = dir.resolve(format).resolve("out." + format);
            Files.createDirectories(target.getParent());
            Files.writeString(target, "old\n");
            Process p = Subprocess.cli(pauseAt("export-written", 0), List.of("export", "--format", format, "--library", library.toString(),
                    "-o", target.toString()), dir.resolve("export.log"));
            boolean midWrite = killAtPause(p);
            assertThat(Subprocess.holds(target.getParent(), ".partial")).as("%s: the new file was being written", format).isTrue();
            assertThat(midWrite).as("%s: killed while the export was being written", format).isTrue();
            assertThat(Files.readString(target)).as("%s: the old file, untouched", format).isEqualTo("old\n");
            assertThat(cli("export", "--format", format, "--library", library.toString(), "-o", target.toString())).isZero();
            assertThat(Files.mismatch(target, reference)).as("%s: an unhurried export is whole", format).isEqualTo(-1L);
            try (var left = Files.list(target.getParent())) {
                assertThat(left.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".partial")))
                        .containsExactly("out." + format);
            }
        }
    }

    @Test
    void aKilledCsvExportLeavesNoHalfWrittenTable() throws Exception {
        Path reference = dir.resolve("csv-reference");
        assertThat(cli("export", "--format", "csv", "--library", library.toString(), "-o", reference.toString())).isZero();
        Path target = dir.resolve("csv");
        Files.createDirectories(target);
        for (String f : List.of("entries.csv", "mentions.csv", "persons.csv", "places.csv", "edges-person-person.csv",
                "edges-person-place.csv")) {
            Files.writeString(target.resolve(f), "old\n");
        }
        int caught = 0;
        // Killed once each while the first, the third and the last table is written whole but not yet moved.
        for (int skip : new int[] {0, 2, 5}) {
            Process p = Subprocess.cli(pauseAt("export-written", skip), List.of("export", "--format", "csv", "--library", library.toString(),
                    "-o", target.toString()), dir.resolve("export.log"));
            if (killAtPause(p)) {
                caught++;
            }
            try (var files = Files.list(target)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                    String text = Files.readString(f);
                    if (!text.equals("old\n")) {
                        assertThat(Files.mismatch(f, reference.resolve(f.getFileName()))).as("%s is whole", f.getFileName()).isEqualTo(-1L);
                    }
                }
            }
        }
        assertThat(caught).as("every kill landed while a table was being written").isEqualTo(3);
    }

    @Test
    void aKilledIndexRebuildLeavesALibraryThatOpensConsistent() throws Exception {
        int entries = count("SELECT count(*) FROM entries");
        deleteIndex();
        Process p = Subprocess.cli(pauseAt("index-half-written", 0), List.of("search", "李繼遷", "--library", library.toString()),
                dir.resolve("search.log"));
        assertThat(killAtPause(p)).as("killed with half the index written").isTrue();
        assertThat(Files.exists(library.resolve("index").resolve("write.lock"))).as("the rebuild was under way").isTrue();
        assertThat(count("SELECT count(*) FROM entries")).as("the database is untouched").isEqualTo(entries);
        try (Library lib = Library.open(library)) {
            long indexed = lib.search(new SearchQuery(null, null, null, null, null, null, null, 0, 1)).total();
            assertThat(indexed).as("after a kill half-way through the rebuild, the index is whole again").isEqualTo(entries);
        }
    }

    /** JVM options that make the CLI stop at {@code point} (after passing it {@code skip} times) and wait to be killed. */
    private static List<String> pauseAt(String point, int skip) throws java.io.IOException {
        Files.deleteIfExists(dir.resolve("paused"));
        return List.of("-Dbiannian.pauseAt=" + point, "-Dbiannian.pauseSkip=" + skip,
                "-Dbiannian.pauseMarker=" + dir.resolve("paused"));
    }

    /** Waits until the process says it has stopped at its pause point, then kills it; false if it ended first. */
    private static boolean killAtPause(Process p) throws Exception {
        Path marker = dir.resolve("paused");
        boolean paused = Subprocess.killWhen(p, () -> Files.exists(marker), 300_000);
        Files.deleteIfExists(marker);
        return paused;
    }

    private static void deleteIndex() throws Exception {
        Path index = library.resolve("index");
        if (Files.exists(index)) {
            try (var files = Files.walk(index)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertThat(err.toString()).as("stderr of %s", String.join(" ", args)).doesNotContain("Exception");
        return status;
    }

    private static int count(String sql) throws Exception {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + library.resolve("biannian.sqlite"));
             var r = db.createStatement().executeQuery(sql)) {
            return r.next() ? r.getInt(1) : -1;
        }
    }
}
