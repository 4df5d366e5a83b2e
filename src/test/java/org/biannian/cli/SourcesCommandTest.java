package org.biannian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

class SourcesCommandTest {

    /** Exit status, stdout and stderr of one run. */
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void sampleIndexHasTheDocumentedShape() throws Exception {
        Run run = run("sources", Shared.sample().toString(), "--start", "淳化五年");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> labels = new ArrayList<>();
        JsonNode xiaGuo = null;
        for (JsonNode w : root.get("works")) {
            assertThat(w.has("work") && w.has("section") && w.has("juan") && w.get("entries").isArray()).isTrue();
            labels.add(w.get("work").asText() + "·" + w.get("section").asText("") + "·" + w.get("juan").asText(""));
            if (w.get("work").asText().equals("宋史") && w.get("section").asText().equals("夏國傳")) {
                xiaGuo = w;
            }
        }
        assertThat(labels).contains("續資治通鑑長編··35", "續資治通鑑長編··42", "遼史·聖宗本紀·", "西夏書事··");
        assertThat(xiaGuo).isNotNull();
        assertThat(xiaGuo.get("entries").get(0).asInt()).isEqualTo(1);
        assertThat(xiaGuo.get("juan").isNull()).isTrue();
        JsonNode dating = null;
        for (JsonNode n : root.get("notes")) {
            if (n.get("kind").asText().equals("DATE")) {
                dating = n;
            }
        }
        assertThat(dating).isNotNull();
        assertThat(dating.get("entry").asInt()).isEqualTo(27);
        assertThat(dating.get("verdict").asText()).isEqualTo("宋史·夏國傳");
        assertThat(root.get("singleSource").isArray() && root.get("oppositions").isArray()).isTrue();
        assertThat(root.get("diagnostics").toString()).contains("WORK_SECTION_CORRECTED");
    }

    @Test
    void parseOutputCarriesEachEntrysCitationsAndNotes() throws Exception {
        Run run = run("parse", Shared.sample().toString(), "--start", "淳化五年");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode entries = new ObjectMapper().readTree(run.out()).get("entries");
        JsonNode second = entries.get(1);
        assertThat(second.get("index").asInt()).isEqualTo(2);
        List<String> cited = new ArrayList<>();
        for (JsonNode c : second.get("citations")) {
            cited.add(c.get("work").asText() + "·" + c.get("section").asText("-") + "·" + c.get("juan").asText("-"));
            assertThat(c.get("span").get("end").asInt()).isGreaterThan(c.get("span").get("start").asInt());
        }
        assertThat(cited).containsExactly("宋史·夏國傳·-", "宋史·慕容德豐傳·-", "續資治通鑑長編·-·35");
        JsonNode puluo = entries.get(26).get("notes");
        List<String> notes = new ArrayList<>();
        for (JsonNode n : puluo) {
            notes.add(n.get("kind").asText() + "/" + n.get("verdict").asText("-") + "/" + n.get("place").asText());
        }
        assertThat(notes).contains("DATE/宋史·夏國傳/CRITICAL", "ATTRIBUTION/宋史·夏國傳/INLINE");
        assertThat(entries.get(26).get("citationBlocks")).hasSize(2);
    }

    @Test
    void annalsWithoutCitationsGiveAnEmptyIndex() throws Exception {
        Run run = run("sources", Shared.songshi5().toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("works")).isEmpty();
        assertThat(root.get("notes")).isEmpty();
    }

    @Test
    void errorsExitWithTheirStatusAndNoStackTrace() {
        Run missing = run("sources", "no-such-file.txt");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file").doesNotContain("Exception");
        assertThat(run("sources").status()).isEqualTo(2);
        Run badStart = run("sources", Shared.sample().toString(), "--start", "不是年號");
        assertThat(badStart.status()).isEqualTo(2);
        assertThat(badStart.err()).contains("--start").doesNotContain("at org.");
    }
}
