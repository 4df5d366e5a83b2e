package org.biannian.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.sources.CitationBlock;
import org.biannian.sources.CitationParser;
import org.biannian.sources.Works;
import org.biannian.testing.PipelineInvariants;
import org.biannian.testing.Shared;
import org.biannian.testing.Subprocess;
import org.biannian.text.SourceText;
import org.biannian.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs of the size and shape that make programs hang or run out of memory: a 50 MB chronicle
 * through the command line with the launcher's default heap, a 50 MB file with no line break, and
 * brackets nested a million deep. The time limits only stop a hang; speed is measured in
 * docs/benchmarks.md, not here.
 */
class LargeInputTest {

    private static final int FIFTY_MB = 50_000_000;

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabyteChronicleParsesEndToEndWithTheLaunchersDefaultHeap() throws Exception {
        String sample = Files.readString(Shared.sample(), StandardCharsets.UTF_8) + "\n";
        Path big = dir.resolve("big.txt");
        int copies = FIFTY_MB / sample.getBytes(StandardCharsets.UTF_8).length + 1;
        Files.writeString(big, sample.repeat(copies), StandardCharsets.UTF_8);
        assertThat(Files.size(big)).isGreaterThanOrEqualTo(FIFTY_MB);
        Path log = dir.resolve("parse.err");
        // No -Xmx: the JVM's default, as ./biannian starts it. The JSON (≈ 450 MB) is counted, not kept.
        Process p = Subprocess.cli(List.of(), List.of("parse", big.toString(), "--start", "淳化五年"), log);
        boolean finished = p.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("parse of a 50 MB file finishes (no hang)").isTrue();
        assertThat(p.exitValue()).as("exit status; output: %s", tail(log)).isZero();
    }

    @Test
    void aFiftyMegabyteLineWithoutABreakIsReadWithoutHangingOrLosingAnything() {
        StringBuilder line = new StringBuilder();
        String piece = "帝遣使諭繼遷，繼遷不奉詔，復寇靈州（見本傳）";
        while (line.length() * 3 < FIFTY_MB) {
            line.append(piece);
        }
        SourceText text = SourceText.of("one-line.txt", line.toString());
        assertTimeoutPreemptively(Duration.ofMinutes(5), () ->
                PipelineInvariants.checkChronicle(Biannian.create().parse(text, new ParseOptions("淳化五年", null, null))));
    }

    @Test
    void bracketsNestedAMillionDeepDoNotOverflowTheStack() {
        String open = "（".repeat(1_000_000);
        String close = "）".repeat(1_000_000);
        for (String s : new String[] {"淳化五年春，" + open + "《宋史》" + close + "\n", "淳化五年春，" + open + "\n" + close + "\n"}) {
            SourceText text = SourceText.of("nested.txt", s);
            assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
                PipelineInvariants.checkChronicle(Biannian.create().parse(text, new ParseOptions("淳化五年", null, null)));
                CitationBlock block = CitationParser.of(Works.builtIn()).read(text, new Span(0, text.length()));
                PipelineInvariants.checkDiagnostics(text, block.allDiagnostics());
            });
        }
    }

    private static String tail(Path log) {
        try {
            String s = Files.readString(log, StandardCharsets.UTF_8);
            return s.substring(Math.max(0, s.length() - 2000));
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }
}
