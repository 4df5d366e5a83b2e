package org.biannian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biannian.cli.MainTest.run;

import java.io.IOException;
import java.nio.file.Path;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user tripped on at the command line (issue 15), each as the user typed it. */
class NewUserCommandTest {

    @TempDir
    static Path dir;

    static Path library;

    @BeforeAll
    static void ingestTheSample() {
        library = dir.resolve("lib");
        MainTest.Run ingest = run("ingest", Shared.sample().toString(), "--start", "淳化五年", "--library", library.toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();
    }

    @Test
    void searchTakesSeveralWordsAndAllMustMatch() throws IOException {
        MainTest.Run both = run("search", "繼遷", "靈州", "--library", library.toString(), "--no-pretty");
        assertThat(both.status()).as(both.err()).isZero();
        int all = both.json().get("total").asInt();
        int one = run("search", "繼遷", "--library", library.toString(), "--no-pretty").json().get("total").asInt();
        int other = run("search", "靈州", "--library", library.toString(), "--no-pretty").json().get("total").asInt();
        assertThat(all).isPositive().isLessThan(one).isLessThanOrEqualTo(other);
        assertThat(run("search", "繼遷 靈州", "--library", library.toString(), "--no-pretty").json().get("total").asInt())
                .isEqualTo(all);
    }

    @Test
    void anUnknownNameIsSaidWithTheNearestNames() {
        MainTest.Run person = run("search", "--person", "李繼", "--library", library.toString());
        assertThat(person.status()).isEqualTo(1);
        assertThat(person.err()).contains("no person 「李繼」").contains("nearest").contains("李繼遷");
        MainTest.Run place = run("search", "--place", "靈洲", "--library", library.toString());
        assertThat(place.status()).isEqualTo(1);
        assertThat(place.err()).contains("no place 「靈洲」").contains("靈州");
        MainTest.Run work = run("search", "--work", "不存在之書", "--library", library.toString());
        assertThat(work.status()).isEqualTo(1);
        assertThat(work.err()).contains("no work 「不存在之書」");
        assertThat(run("search", "--person", "繼遷", "--library", library.toString()).status()).isZero();
    }

    @Test
    void aReversedRangeIsAnErrorNotZeroResults() {
        MainTest.Run reversed = run("search", "--from", "至道三年", "--to", "至道元年", "--library", library.toString());
        assertThat(reversed.status()).isEqualTo(2);
        assertThat(reversed.err()).contains("--from 至道三年 is after --to 至道元年");
    }

    @Test
    void dateTakesPrettyAndNoPretty() {
        MainTest.Run pretty = run("date", "淳化五年正月癸酉", "--pretty");
        assertThat(pretty.status()).isZero();
        assertThat(pretty.out()).contains("\n  \"jdn\" : 2084180");
        MainTest.Run compact = run("date", "淳化五年正月癸酉", "--no-pretty");
        assertThat(compact.out().strip()).doesNotContain("\n").contains("\"jdn\":2084180");
    }

    @Test
    void serveOnANonAddressSaysSoInWords() {
        MainTest.Run serve = run("serve", "--host", "999.1.1.1", "--port", "0");
        assertThat(serve.status()).isEqualTo(1);
        assertThat(serve.err()).contains("999.1.1.1 is neither an IP address nor a host name")
                .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+Exception");
    }
}
