package org.biannian.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Library;
import org.biannian.library.SearchQuery;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest with SIGKILL at several moments and checks that the library opens afterwards
 * with either everything of that ingest or nothing of it, and with its index in step.
 */
class KillMidIngestTest {

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesTheLibraryAsItWasOrComplete() throws Exception {
        Path library = dir.resolve("lib");
        try (Library lib = Library.open(library)) {
            lib.ingest(List.of(Biannian.create().prepare(Shared.sample(), new ParseOptions("淳化五年", null, null))), d -> { });
        }
        List<String> files = new ArrayList<>();
        String sample = Files.readString(Shared.sample(), StandardCharsets.UTF_8);
        for (int i = 0; i < 24; i++) {
            Path copy = dir.resolve("copy-" + i + ".txt");
            Files.writeString(copy, (sample + "\n").repeat(12) + "是歲，第" + i + "。\n", StandardCharsets.UTF_8);
            files.add(copy.toString());
        }
        boolean sawComplete = false;
        for (int delayMillis : new int[] {400, 900, 1400, 1900, 2600, 3400, 60_000}) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.biannian.cli.Main", "ingest",
                    "--start", "淳化五年", "--library", library.toString()));
            command.addAll(files);
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("ingest.log").toFile()).start();
            boolean finished = p.waitFor(delayMillis, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL
                p.waitFor();
            }
            int documents = count(library, "SELECT count(*) FROM documents");
            int entries = count(library, "SELECT count(*) FROM entries");
            assertThat(documents).as("after %d ms: all of the ingest or none of it", delayMillis).isIn(1, 1 + files.size());
            try (Library lib = Library.open(library)) {
                long indexed = lib.search(new SearchQuery(null, null, null, null, null, null, null, 0, 1)).total();
                assertThat(indexed).as("index in step with the database after %d ms", delayMillis).isEqualTo(entries);
            }
            if (documents == 1 + files.size()) {
                sawComplete = true;
                break;
            }
        }
        assertThat(sawComplete).as("the last, unhurried ingest completes").isTrue();
    }

    private static int count(Path library, String sql) throws Exception {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + library.resolve("biannian.sqlite"));
             var r = db.createStatement().executeQuery(sql)) {
            return r.next() ? r.getInt(1) : -1;
        }
    }
}
