package org.biannian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantsOptionTest {

    @Test
    void aUsersVariantListIsRead(@TempDir Path dir) throws IOException {
        Path list = Files.writeString(dir.resolve("edition.tsv"), "# 四庫 avoids 玄燁\n元\t玄\n");
        MainTest.Run run = MainTest.run("parse", Shared.sample().toString(), "--start", "淳化五年", "--variants", list.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBadLineIsExitOneWithItsLineAndColumn(@TempDir Path dir) throws IOException {
        Path list = Files.writeString(dir.resolve("edition.tsv"), "元\t玄\n吕\t呂端\n");
        MainTest.Run run = MainTest.run("parse", Shared.sample().toString(), "--start", "淳化五年", "--variants", list.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(list + ":2:3: the key must be one character, found 「呂端」").doesNotContain("Exception");
        MainTest.Run missing = MainTest.run("ingest", Shared.sample().toString(), "--library", dir.resolve("lib").toString(),
                "--variants", dir.resolve("none.tsv").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("none.tsv: no such variant list");
    }

    @Test
    void searchFindsANameInEveryFormAndSaysWhichFormMatched(@TempDir Path dir) throws IOException {
        String lib = dir.resolve("lib").toString();
        assertThat(MainTest.run("ingest", Shared.path("corpus/changbian/KR2b0019_040.txt").toString(), "--library", lib).status()).isZero();
        MainTest.Run standard = MainTest.run("search", "呂蒙正", "--library", lib, "--limit", "100");
        MainTest.Run simplified = MainTest.run("search", "吕蒙正", "--library", lib, "--limit", "100");
        MainTest.Run edition = MainTest.run("search", "吕䝉正", "--library", lib, "--limit", "100");
        assertThat(standard.json().get("total").asInt()).isPositive()
                .isEqualTo(simplified.json().get("total").asInt()).isEqualTo(edition.json().get("total").asInt());
        assertThat(standard.json().get("results")).allSatisfy(hit -> {
            assertThat(hit.get("snippet").asText()).contains("【吕䝉正】");
            assertThat(hit.get("matchedAs").toString()).isEqualTo("[\"吕䝉正\"]");
        });
        assertThat(edition.json().get("results")).allSatisfy(hit -> assertThat(hit.get("matchedAs")).isEmpty());
    }
}
