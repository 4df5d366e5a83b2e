package org.biannian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code biannian parallels --library DIR [--document ID]} (issue 13). */
class ParallelsCommandTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void printsOneLinePerEntryAndPassageWithTheJuanTheCitationNames(@TempDir Path folder) throws Exception {
        String lib = folder.toString();
        assertThat(run("ingest", Shared.sample().toString(), "--start", "淳化五年", "--library", lib).status()).isZero();
        Run ingest = run("ingest", Shared.path("corpus/changbian/KR2b0019_040.txt").toString(),
                Shared.path("corpus/changbian/KR2b0019_041.txt").toString(), "--library", lib);
        assertThat(ingest.status()).as(ingest.err()).isZero();
        Run run = run("parallels", "--library", lib, "--document", "xixiaji-994-998");
        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        // Entry 8 cites 《長編》三十六: 長編 puts 趙保忠's arrival under 五月丙寅, the chronicle under 六月.
        JsonNode arrival = lines.stream().filter(l -> l.get("entry").asText().equals("xixiaji-994-998:8")
                && l.get("document").asText().equals("KR2b0019_040")).findFirst().orElseThrow();
        assertThat(arrival.get("cited").asBoolean()).isTrue();
        assertThat(arrival.get("citation").asText()).isEqualTo("《長編》三十六");
        assertThat(arrival.get("text").asText()).contains("趙保忠至自夏州白衫紗帽待").doesNotContain("¶");
        assertThat(arrival.get("dateAgreement").asText()).isEqualTo("DIFFERENT");
        assertThat(arrival.get("date").get("written").asText()).isEqualTo("丙寅");
        assertThat(arrival.get("score").asDouble()).isBetween(0.0, 1.0);
        String source = Files.readString(Shared.path("corpus/changbian/KR2b0019_040.txt"));
        int start = arrival.get("start").asInt();
        int end = arrival.get("end").asInt();
        String covered = source.substring(source.offsetByCodePoints(0, start), source.offsetByCodePoints(0, end));
        assertThat(covered.replaceAll("<pb:[^>]*>|¶|\\n", "")).isEqualTo(arrival.get("text").asText());
        // The exports carry them: JSON as the command prints them, TEI as a linkGrp pointing into the source.
        Run json = run("export", "--format", "json", "--library", lib);
        assertThat(json.status()).as(json.err()).isZero();
        JsonNode exported = new ObjectMapper().readTree(json.out()).get("parallels");
        assertThat(exported).hasSize(lines.size());
        assertThat(exported.toString()).contains("趙保忠至自夏州白衫紗帽待");
        Run tei = run("export", "--format", "tei", "--library", lib);
        assertThat(tei.status()).as(tei.err()).isZero();
        assertThat(tei.out()).contains("<linkGrp type=\"parallels\">")
                .contains("target=\"#e-xixiaji-994-998-8 #string-range(src-KR2b0019_040," + start + "," + (end - start) + ")\"");
        // Found at ingest and stored: the library holds what the command printed.
        try (org.biannian.library.Library library = org.biannian.library.Library.open(folder)) {
            var stored = library.parallels("xixiaji-994-998");
            assertThat(stored).hasSize(lines.size());
            assertThat(stored.stream().filter(p -> p.entry().equals("xixiaji-994-998:8") && p.document().equals("KR2b0019_040"))
                    .findFirst().orElseThrow().text()).isEqualTo(arrival.get("text").asText());
        }
    }

    @Test
    void anUnknownDocumentOrLibraryIsAnInputError(@TempDir Path folder) {
        assertThat(run("parallels", "--library", folder.resolve("none").toString()).status()).isEqualTo(1);
        assertThat(run("ingest", Shared.sample().toString(), "--start", "淳化五年", "--library", folder.toString()).status()).isZero();
        Run run = run("parallels", "--library", folder.toString(), "--document", "nothing");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("nothing").contains("xixiaji-994-998");
    }
}
