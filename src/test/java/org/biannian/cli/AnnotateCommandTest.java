package org.biannian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandTest {

    private static final Path SAMPLE = Path.of(System.getProperty("biannian.shared", "../shared"), "corpus/xixiaji-994-998.txt");

    private static Object[] run(String... args) {
        MainTest.Run run = MainTest.run(args);
        return new Object[] {run.status(), run.out(), run.err()};
    }

    @Test
    void printsOneMentionPerLineWithTheContractFields() throws Exception {
        Object[] result = run("annotate", SAMPLE.toString());
        assertThat(result[0]).isEqualTo(0);
        List<String> lines = ((String) result[1]).lines().toList();
        assertThat(lines).hasSizeGreaterThan(1000);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("start").asInt()).isEqualTo(1);
        assertThat(first.get("end").asInt()).isEqualTo(4);
        assertThat(first.get("type").asText()).isEqualTo("DATE");
        JsonNode jiqian = json.readTree(lines.get(1));
        assertThat(jiqian.get("text").asText()).isEqualTo("繼遷");
        assertThat(jiqian.get("canonical").asText()).isEqualTo("李繼遷");
        assertThat(jiqian.get("id").asText()).isEqualTo("per:li-jiqian");
        // 𨫼子山 at [3595,3598): offsets are code points, not UTF-16 units.
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"start\":3595,\"end\":3598,\"text\":\"𨫼子山\""));
    }

    @Test
    void aUserPackAddsNames(@TempDir Path pack) throws Exception {
        Files.writeString(pack.resolve("places.tsv"), "id\tcanonical\tnames\tkind\nplace:shuini-cun\t睡泥村\t\t村\n", StandardCharsets.UTF_8);
        Path text = pack.resolve("t.txt");
        Files.writeString(text, "繼遷至睡泥村。", StandardCharsets.UTF_8);
        Object[] result = run("annotate", text.toString(), "--authority", pack.toString());
        assertThat(result[0]).isEqualTo(0);
        assertThat((String) result[1]).contains("\"id\":\"place:shuini-cun\"");
    }

    @Test
    void badInputIsExitOneAndUsageIsExitTwo(@TempDir Path dir) {
        Object[] missing = run("annotate", dir.resolve("none.txt").toString());
        assertThat(missing[0]).isEqualTo(1);
        assertThat((String) missing[2]).contains("none.txt").doesNotContain("Exception");
        Object[] badPack = run("annotate", SAMPLE.toString(), "--authority", dir.resolve("nopack").toString());
        assertThat(badPack[0]).isEqualTo(1);
        assertThat((String) badPack[2]).contains("authority pack folder not found");
        assertThat(run("annotate")[0]).isEqualTo(2);
    }
}
