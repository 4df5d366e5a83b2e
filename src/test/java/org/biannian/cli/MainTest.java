package org.biannian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit status, stdout, stderr. */
class MainTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void parsesTheSampleIntoItsFiftyFiveEntries() throws IOException {
        Run run = run("parse", Shared.sample().toString(), "--start", "淳化五年");
        assertThat(run.status()).isZero();
        JsonNode entries = run.json().get("entries");
        assertThat(entries).hasSize(55);
        JsonNode first = entries.get(0);
        assertThat(first.get("index").asInt()).isEqualTo(1);
        assertThat(first.at("/year/julianYear").asInt()).isEqualTo(994);
        assertThat(first.at("/year/era").asText()).isEqualTo("淳化");
        assertThat(first.at("/date/month").asInt()).isEqualTo(1);
        assertThat(first.get("headline").asText()).startsWith("春正月，繼遷徙綏州民");
        // 淳化五年正月 began 994-02-14 (Julian), design.md §4.
        assertThat(first.at("/date/precision").asText()).isEqualTo("MONTH");
        assertThat(first.at("/date/julian").asText()).isEqualTo("0994-02-14");
        assertThat(first.at("/date/firstJdn").asInt()).isEqualTo(2084161);
        assertThat(entries.get(54).at("/date/month").asInt()).as("是歲").isZero();
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help").out()).contains("parse").contains("serve");
        assertThat(run("parse", "--help").out()).contains("--start");
    }

    @Test
    void badInputIsExitOneWithAMessageAndNoStackTrace() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("garbage.bin"), new byte[] {0x50, (byte) 0xC3, 0x28, 0x00, (byte) 0xFF});
        Path punctuation = Files.writeString(dir.resolve("punct.txt"), "。，、（）《》「」".repeat(500));
        for (Path file : new Path[] {empty, binary, punctuation, dir.resolve("missing.txt")}) {
            Run run = run("parse", file.toString());
            assertThat(run.status()).as(file.toString()).isEqualTo(1);
            assertThat(run.err()).startsWith("biannian: ").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.out()).isEmpty();
        }
        assertThat(run("parse", binary.toString()).err()).contains("byte offset 1").contains("line 1, column 2");
    }

    @Test
    void usageErrorsAreExitTwo() {
        assertThat(run("parse").status()).isEqualTo(2);
        assertThat(run("--no-such-option").status()).isEqualTo(2);
        Run unknownEra = run("parse", Shared.sample().toString(), "--start", "什麼五年");
        assertThat(unknownEra.status()).isEqualTo(2);
        assertThat(unknownEra.err()).contains("什麼");
    }

    @Test
    void unbalancedBracketsAreReportedAndTheEntriesAroundThemSurvive() throws IOException {
        Path file = Files.writeString(dir.resolve("unbalanced.txt"),
                "春正月，繼遷攻靈州（《宋史·夏國傳》\n繼遷兵至綏州。（《長編》三十五）\n三月，貢於契丹。（《遼史》））\n夏四月，繼遷遁。\n",
                StandardCharsets.UTF_8);
        Run run = run("parse", file.toString(), "--start", "淳化五年");
        assertThat(run.status()).isZero();
        JsonNode doc = run.json();
        assertThat(doc.get("entries")).extracting(e -> e.at("/date/month").asInt()).containsExactly(1, 3, 4);
        assertThat(doc.get("diagnostics")).extracting(d -> d.get("code").asText())
                .containsExactly("UNCLOSED_BRACKET", "UNMATCHED_CLOSING_BRACKET");
        assertThat(doc.get("diagnostics").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(doc.get("diagnostics").get(0).get("column").asInt()).isEqualTo(10);
    }

    @Test
    void aTwentyMegabyteLineIsParsedNotHungOn() throws IOException {
        String sample = Files.readString(Shared.sample()).replace("\n", "");
        Path file = dir.resolve("one-line.txt");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long bytes = 0;
            while (bytes < 20_000_000) {
                out.write(sample);
                bytes += sample.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        // Output goes to a file and is counted by streaming: it is far larger than the input.
        Path output = dir.resolve("out.json");
        int status;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            status = Main.run(out, new PrintWriter(new StringWriter()), "parse", file.toString(), "--start", "淳化五年");
        }
        assertThat(status).isZero();
        int entries = 0;
        try (var parser = new ObjectMapper().getFactory().createParser(output.toFile())) {
            int depth = 0;
            boolean inEntries = false;
            for (var token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    depth++;
                    if (inEntries && depth == 3 && token == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                        entries++;
                    }
                } else if (token.isStructEnd()) {
                    depth--;
                    if (depth == 1) {
                        inEntries = false;
                    }
                } else if (token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && depth == 1) {
                    inEntries = parser.currentName().equals("entries");
                }
            }
        }
        assertThat(entries).isGreaterThan(55 * 200);
    }
}
