package org.biannian.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.cli.Main;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: an offset near 2^31, and a query with no searchable character, at the library and the CLI. */
class SearchEdgesTest {

    @TempDir
    static Path dir;
    static Path folder;
    static int entries;

    @BeforeAll
    static void ingestTheSample() throws Exception {
        folder = dir.resolve("lib");
        Biannian biannian = Biannian.create();
        try (Library library = Library.open(folder)) {
            Analysis sample = biannian.prepare(Shared.sample(), new ParseOptions("淳化五年", null, null));
            library.ingest(List.of(sample), d -> { });
            entries = sample.chronicle().entries().size();
        }
    }

    private static SearchQuery query(String text, int offset) {
        return new SearchQuery(text, null, null, null, null, null, null, offset, SearchQuery.MAX_LIMIT);
    }

    @Test
    void anOffsetNearTwoToTheThirtyFirstIsAnEmptyPageNotAnOverflow() {
        try (Library library = Library.open(folder)) {
            for (int offset : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - SearchQuery.MAX_LIMIT + 1, 2147483598, entries}) {
                for (String text : new String[] {null, "繼遷"}) {
                    SearchResults r = library.search(query(text, offset));
                    assertThat(r.hits()).as("offset %d, %s", offset, text).isEmpty();
                    assertThat(r.total()).isPositive();
                }
            }
            assertThat(library.search(query(null, entries - 1)).hits()).hasSize(1);
        }
    }

    @Test
    void aQueryWithNoSearchableCharacterMatchesNothing() {
        try (Library library = Library.open(folder)) {
            // "?" is also what a CJK argument becomes under LC_ALL=C; U+FFFD what broken UTF-8 becomes.
            for (String text : new String[] {"(((", "*", "?", "???", "\0", "\uFFFD", "\uFFFD\uFFFD", "。，", "* ?"}) {
                assertThat(library.search(query(text, 0)).total()).as("「%s」", text).isZero();
            }
            // A punctuation word beside a real one does not widen or empty the search.
            assertThat(library.search(query("繼遷 (((", 0)).total()).isEqualTo(library.search(query("繼遷", 0)).total()).isPositive();
        }
    }

    @Test
    void theCommandLineAnswersAnOffsetAtTheIntLimit() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), "search", "繼遷", "--offset", "2147483647",
                "--library", folder.toString(), "--no-pretty");
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"results\":[]");
    }

    @Test
    void theCommandLineRefusesAQueryWithNothingToSearchForAndSaysWhy() {
        for (String text : new String[] {"???", "(((", "*", "\uFFFD"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.run(new PrintWriter(out), new PrintWriter(err), "search", text, "--library", folder.toString());
            assertThat(status).as(text).isEqualTo(1);
            assertThat(err.toString()).as(text).startsWith("biannian: nothing to search for in 「" + text + "」: no letter or digit")
                    .contains("LC_ALL=C.UTF-8");
            assertThat(out.toString()).isEmpty();
        }
    }
}
