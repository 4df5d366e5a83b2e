package org.biannian.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.cli.Main;
import org.biannian.library.Analysis;
import org.biannian.library.Library;
import org.biannian.library.LibraryException;
import org.biannian.library.SearchQuery;
import org.biannian.library.StoredDocument;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a 3 MB tmpfs (mounting needs root, as CI and the build machine run; elsewhere
 * the test is skipped and says so). An ingest or export that does not fit fails with a clear
 * message and leaves the library, and any earlier export, as they were.
 */
class DiskFullTest {

    @TempDir
    Path dir;
    Path disk;
    boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = dir.resolve("disk");
        Files.createDirectories(disk);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        mounted = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root): disk-full tests skipped");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void anIngestThatDoesNotFitFailsClearlyAndChangesNothing() throws Exception {
        Biannian biannian = Biannian.create();
        Path library = disk.resolve("lib");
        try (Library lib = Library.open(library)) {
            lib.ingest(List.of(biannian.sampleAnalysis()), d -> { });
        }
        Path big = dir.resolve("big.txt");
        String sample = Files.readString(Shared.sample(), StandardCharsets.UTF_8);
        Files.writeString(big, (sample + "\n").repeat(60), StandardCharsets.UTF_8); // ≈ 1.7 MB of text, more stored
        Analysis bigOne = biannian.prepare(big, new ParseOptions("淳化五年", null, null));
        List<StoredDocument> before;
        long indexedBefore;
        try (Library lib = Library.open(library)) {
            before = lib.documents();
            indexedBefore = lib.search(everything()).total();
            assertThatThrownBy(() -> lib.ingest(List.of(bigOne), d -> { }))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("library unchanged")
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase()).containsAnyOf("full", "no space", "disk"));
        }
        try (Library lib = Library.open(library)) {
            assertThat(lib.documents()).as("documents as before").isEqualTo(before);
            assertThat(lib.search(everything()).total()).as("index as before").isEqualTo(indexedBefore);
        }
    }

    @Test
    void anExportThatDoesNotFitFailsClearlyAndLeavesTheOldFile() throws Exception {
        Path library = dir.resolve("lib");
        try (Library lib = Library.open(library)) {
            lib.ingest(List.of(Biannian.create().sampleAnalysis()), d -> { });
        }
        Path target = disk.resolve("out.json");
        Files.writeString(target, "old\n");
        // Leaves 16 kB free: far less than the export of the sample needs.
        Files.write(disk.resolve("filler"), new byte[(int) Files.getFileStore(disk).getUsableSpace() - 16_384]);
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "export", "--format", "json", "--library", library.toString(), "-o", target.toString());
        assertThat(status).as("exit status (stderr: %s)", err).isEqualTo(1);
        assertThat(err.toString()).startsWith("biannian: cannot write the export").containsIgnoringCase("space")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(target)).as("the old export, untouched").isEqualTo("old\n");
        try (var files = Files.list(disk)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no partial file left").containsExactlyInAnyOrder("out.json", "filler");
        }
    }

    private static SearchQuery everything() {
        return new SearchQuery(null, null, null, null, null, null, null, 0, 1);
    }
}
