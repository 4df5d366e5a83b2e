package org.biannian.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search across editions' forms on the 四庫 長編 (卷35–43), which writes 呂蒙正 as 吕䝉正 and 吕蒙正. */
class VariantSearchTest {

    @TempDir
    static Path dir;
    static Path folder;

    @BeforeAll
    static void ingestTheChangbian() throws Exception {
        folder = dir.resolve("lib");
        Biannian biannian = Biannian.create();
        List<Analysis> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Shared.path("corpus/changbian"))) {
            for (Path file : files.sorted().toList()) {
                docs.add(biannian.prepare(file, ParseOptions.defaults()));
            }
        }
        try (Library library = Library.open(folder)) {
            assertThat(library.ingest(docs, d -> { }).stored()).hasSize(9);
        }
    }

    private static SearchResults search(Library library, String text) {
        return library.search(new SearchQuery(text, null, null, null, null, null, null, 0, SearchQuery.MAX_LIMIT));
    }

    /**
     * Entries whose stored text holds any of {@code forms} once the edition's layout is left out (line
     * ends, pilcrows, page markers, which the Kanripo reader does not count as text), read from SQLite,
     * independently of the index.
     */
    private static Set<String> entriesHolding(String... forms) throws Exception {
        Set<String> ids = new HashSet<>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Store.FILE));
             var st = db.prepareStatement("""
                     SELECT e.id, coalesce(e.headline, '') || ' ' || coalesce(e.narrative, '') || ' '
                       || coalesce((SELECT group_concat(b.text, ' ') FROM citation_blocks b WHERE b.entry = e.id), '')
                     FROM entries e""");
             var r = st.executeQuery()) {
            while (r.next()) {
                String text = r.getString(2).replaceAll("<pb:[^>]*>|¶|\\r|\\n", "");
                for (String form : forms) {
                    if (text.contains(form)) {
                        ids.add(r.getString(1));
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void aNameFindsEveryEntryWhateverFormTheEditionWrites() throws Exception {
        Set<String> expected = entriesHolding("吕䝉正", "吕蒙正", "呂蒙正", "呂䝉正");
        assertThat(entriesHolding("吕䝉正")).isNotEmpty().isSubsetOf(expected);
        // Issue 18: as many entries as contain 吕䝉正 (吕蒙正 stands in one more, and no entry writes 呂蒙正 itself).
        assertThat(entriesHolding("呂蒙正")).isEmpty();
        try (Library library = Library.open(folder)) {
            for (String query : List.of("呂蒙正", "吕蒙正", "吕䝉正", "呂䝉正")) {
                SearchResults results = search(library, query);
                assertThat(LibraryTest.ids(results)).as(query).isEqualTo(expected);
            }
        }
    }

    @Test
    void theFormsNoVariantTableListsAreFoundByTheStandard() throws Exception {
        // 曽 for 曾 and 参 for 參 (GenerateVariants.SUPPLEMENT, read from 宋史): the 長編 writes 王曽 and 参知政事.
        Set<String> wangZeng = entriesHolding("王曽", "王曾");
        Set<String> canZheng = entriesHolding("参知政事", "叅知政事", "參知政事");
        assertThat(entriesHolding("王曽")).isNotEmpty();
        assertThat(entriesHolding("参知政事")).isNotEmpty();
        try (Library library = Library.open(folder)) {
            assertThat(LibraryTest.ids(search(library, "王曾"))).isEqualTo(wangZeng);
            assertThat(LibraryTest.ids(search(library, "參知政事"))).isEqualTo(canZheng);
        }
    }

    @Test
    void theSnippetHighlightsTheFormTheTextWritesAndTheHitSaysWhichMatched() {
        try (Library library = Library.open(folder)) {
            SearchResults results = search(library, "呂蒙正");
            assertThat(results.hits()).isNotEmpty().allSatisfy(h -> {
                assertThat(h.snippet()).containsAnyOf("【吕䝉正】", "【吕蒙正】").doesNotContain("【呂蒙正】");
                assertThat(h.matchedAs()).isNotEmpty().isSubsetOf("吕䝉正", "吕蒙正");
            });
            assertThat(results.hits()).anySatisfy(h -> assertThat(h.matchedAs()).contains("吕䝉正"));
            assertThat(search(library, "吕䝉正").hits()).anySatisfy(h -> assertThat(h.matchedAs()).isEmpty());
        }
    }

    @Test
    void anIndexWrittenBeforeTheVariantFieldIsRebuiltOnOpen(@TempDir Path other) throws Exception {
        Path lib = other.resolve("lib");
        Biannian biannian = Biannian.create();
        try (Library library = Library.open(lib)) {
            library.ingest(List.of(biannian.prepare(Shared.path("corpus/changbian/KR2b0019_039.txt"), ParseOptions.defaults())), d -> { });
        }
        long generation;
        try (EntryIndex index = EntryIndex.open(lib)) {
            generation = index.generation();
            assertThat(generation).isPositive();
        }
        // What an older Biannian committed: the generation, no record of the fields.
        try (var directory = org.apache.lucene.store.FSDirectory.open(lib.resolve(EntryIndex.FOLDER));
             var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of("biannian.generation", String.valueOf(generation)).entrySet());
            writer.commit();
        }
        try (EntryIndex index = EntryIndex.open(lib)) {
            assertThat(index.generation()).isEqualTo(-1);
        }
        try (Library library = Library.open(lib)) {
            assertThat(search(library, "呂蒙正").total()).isPositive();
        }
        try (EntryIndex index = EntryIndex.open(lib)) {
            assertThat(index.generation()).isEqualTo(generation);
        }
    }
}
