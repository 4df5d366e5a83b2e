package org.biannian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

class SourcesCommandTest {

    /** Exit status, stdout and stderr of one run. */
    private record Run(int status, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
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
