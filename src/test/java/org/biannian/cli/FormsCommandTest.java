package org.biannian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 at the command line: Kanripo files, --format, years that never were, years that cannot be known. */
class FormsCommandTest {

    @TempDir
    Path dir;

    private static Path changbian(int juan) {
        return Shared.path(String.format("corpus/changbian/KR2b0019_%03d.txt", juan + 4));
    }

    @Test
    void aKanripoFileGivesItsHeaderTitleAndItsDayEntries() throws IOException {
        MainTest.Run run = MainTest.run("parse", changbian(35).toString());
        assertThat(run.status()).isZero();
        assertThat(run.json().at("/source/title").asText()).isEqualTo("《續資治通鑑長編》卷三十五");
        assertThat(run.json().at("/source/juan").asText()).isEqualTo("卷三十五");
        assertThat(run.json().at("/source/style").asText()).isEqualTo("BIANNIAN");
        assertThat(run.json().at("/entries/0/year/julianYear").asInt()).isEqualTo(994);
        assertThat(run.json().at("/entries/0/headline").asText()).startsWith("淳化五年春正月甲寅朔");
    }

    @Test
    void formatPlainReadsAKanripoFileAsItIs() throws IOException {
        MainTest.Run run = MainTest.run("parse", "--format", "plain", changbian(35).toString());
        assertThat(run.status()).isZero();
        assertThat(run.json().at("/source/title").isMissingNode()).isTrue();
        assertThat(MainTest.run("parse", "--format", "scroll", changbian(35).toString()).status()).isEqualTo(2);
    }

    @Test
    void aYearHeadingThatNeverWasIsAnError() throws IOException {
        Path file = dir.resolve("y.txt");
        Files.writeString(file, "淳化九年\n春正月，某事。\n", StandardCharsets.UTF_8);
        MainTest.Run run = MainTest.run("parse", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(":1:1:").contains("淳化 had 5 years").doesNotContain("Exception");
        MainTest.Run start = MainTest.run("parse", "--start", "淳化九年", Shared.sample().toString());
        assertThat(start.status()).isEqualTo(1);
        assertThat(start.err()).contains("淳化九年").contains("never was");
    }

    @Test
    void yearsThatCannotBeKnownAreSaidOnStderr() throws IOException {
        Path file = dir.resolve("n.txt");
        Files.writeString(file, "春正月，某事。\n二月，某事。\n", StandardCharsets.UTF_8);
        MainTest.Run run = MainTest.run("parse", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("warning").contains("--start");
        assertThat(run.out()).contains("YEARS_UNKNOWN");
    }
}
