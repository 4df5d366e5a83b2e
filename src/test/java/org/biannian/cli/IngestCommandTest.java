package org.biannian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.biannian.library.Library;
import org.biannian.library.StoredDocument;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, document ids: two files of the same name in different folders stay two documents. */
class IngestCommandTest {

    @TempDir
    Path dir;

    private String ingest(Path library, Path file) {
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "ingest", file.toString(), "--start", "淳化五年", "--library", library.toString());
        assertThat(status).as(err.toString()).isZero();
        return err.toString();
    }

    private static Map<String, String> documents(Path library) {
        try (Library lib = Library.open(library)) {
            return lib.documents().stream().collect(Collectors.toMap(StoredDocument::key, StoredDocument::text));
        }
    }

    @Test
    void sameNameInAnotherFolderIsAnotherDocumentAndSaysUnderWhichId() throws Exception {
        String sample = Files.readString(Shared.sample());
        // The first 12 lines of the sample: a different chronicle that happens to have the same file name.
        String other = sample.lines().limit(12).collect(Collectors.joining("\n", "", "\n"));
        Path first = Files.writeString(Files.createDirectory(dir.resolve("d1")).resolve("chron.txt"), sample);
        Path second = Files.writeString(Files.createDirectory(dir.resolve("d2")).resolve("chron.txt"), other);
        Path library = dir.resolve("lib");

        assertThat(ingest(library, first)).doesNotContain("stored as");
        assertThat(ingest(library, second)).contains(second + " stored as 「chron-2」: a document read from another file holds 「chron」");
        assertThat(documents(library)).containsOnlyKeys("chron", "chron-2")
                .containsEntry("chron", sample).containsEntry("chron-2", other);

        // Each file, changed, replaces its own document and nothing else.
        Files.writeString(second, other + "冬十月，繼遷寇靈州。\n");
        assertThat(ingest(library, second)).contains("stored as 「chron-2」");
        Files.writeString(first, sample + "冬十月，繼遷寇靈州。\n");
        assertThat(ingest(library, first)).doesNotContain("stored as");
        assertThat(documents(library)).containsOnlyKeys("chron", "chron-2")
                .containsEntry("chron", sample + "冬十月，繼遷寇靈州。\n")
                .containsEntry("chron-2", other + "冬十月，繼遷寇靈州。\n");
    }
}
