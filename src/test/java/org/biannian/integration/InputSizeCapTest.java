package org.biannian.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.biannian.cli.Main;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, size caps: an endless or huge input is refused with its size and the limit, never an
 * OutOfMemoryError with a stack trace. The endless inputs run in a JVM of their own with a small
 * heap, so that the default limit (which follows the heap) is what is tested.
 */
class InputSizeCapTest {

    @TempDir
    Path dir;

    private record Run(int status, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        return new Run(status, err.toString());
    }

    /** Runs {@code biannian ARGS} in its own JVM with a 64 MB heap, stdin from {@code stdin}. */
    private Run subprocess(Path stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.biannian.cli.Main"));
        command.addAll(List.of(args));
        Path log = dir.resolve("err.log");
        Process p = new ProcessBuilder(command).redirectInput(stdin.toFile()).redirectError(log.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Only stops a hang (the endless input read forever); the run itself takes a few seconds.
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void aThreeGigabyteFileIsRefusedWithItsSizeBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: no disk used
        }
        for (String command : List.of("parse", "annotate", "sources", "ingest")) {
            Run r = command.equals("ingest") ? run(command, big.toString(), "--library", dir.resolve("lib").toString())
                    : run(command, big.toString());
            assertThat(r.status()).as(command).isEqualTo(1);
            assertThat(r.err()).as(command).startsWith("biannian: " + big + ": too large: the limit is ")
                    .contains("the file is 3 GB").contains("--max-size").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void maxSizeRaisesOrLowersTheLimitAndAFileWithinItIsRead() {
        Path sample = Shared.sample();
        Run under = run("parse", sample.toString(), "--start", "淳化五年", "--max-size", "1k");
        assertThat(under.status()).isEqualTo(1);
        assertThat(under.err()).startsWith("biannian: " + sample + ": too large: the limit is 1 kB and the file is 27.9 kB");
        assertThat(run("parse", sample.toString(), "--start", "淳化五年", "--max-size", "1M").status()).isZero();
        Run bad = run("parse", sample.toString(), "--max-size", "lots");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("not a size: 「lots」");
    }

    @Test
    void devZeroIsCutAtTheDefaultLimitNotReadUntilTheMemoryRunsOut() throws Exception {
        Path zero = Path.of("/dev/zero");
        Path empty = Files.createFile(dir.resolve("empty"));
        Run r = subprocess(empty, "parse", zero.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("biannian: /dev/zero: too large: the limit is ").contains("holds more than that")
                .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }

    @Test
    void dateReadingAnEndlessLineStopsAtTheLineLimit() throws Exception {
        Run r = subprocess(Path.of("/dev/zero"), "date", "-");
        assertThat(r.status()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("biannian date: stdin: line 1 is longer than 4096 characters: not a date expression"
                + " (one expression a line); stopped there\n");
    }
}
