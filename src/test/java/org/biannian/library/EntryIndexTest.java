package org.biannian.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, the lean index: the text indexed once and stored nowhere, one-character words, the old layout rebuilt. */
class EntryIndexTest {

    @TempDir
    static Path dir;
    static Path folder;

    @BeforeAll
    static void ingestTheSampleAndTheSongshi() throws Exception {
        folder = dir.resolve("lib");
        Biannian biannian = Biannian.create();
        try (Library library = Library.open(folder)) {
            library.ingest(List.of(biannian.prepare(Shared.sample(), new ParseOptions("淳化五年", null, null)),
                    biannian.prepare(Shared.songshi5(), ParseOptions.defaults())), d -> { });
        }
    }

    private static SearchResults search(Library library, String text) {
        return library.search(new SearchQuery(text, null, null, null, null, null, null, 0, SearchQuery.MAX_LIMIT));
    }

    /** Each entry's searchable text as the library's rows hold it, read from SQLite by id. */
    private static Map<String, String> storedTexts() throws Exception {
        Map<String, String> texts = new java.util.HashMap<>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Store.FILE));
             var r = db.createStatement().executeQuery("SELECT id FROM entries")) {
            List<String> ids = new java.util.ArrayList<>();
            while (r.next()) {
                ids.add(r.getString(1));
            }
            try (Store store = Store.open(folder)) {
                texts.putAll(store.entryTexts(ids));
            }
            assertThat(texts).hasSameSizeAs(ids);
        }
        return texts;
    }

    @Test
    void theTextIsIndexedOnceWithPositionsAndStoredNowhere() throws Exception {
        try (var directory = FSDirectory.open(folder.resolve(EntryIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            Set<String> text = new TreeSet<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo f : leaf.reader().getFieldInfos()) {
                    if (f.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0) {
                        text.add(f.getName());
                    }
                    assertThat(f.hasVectors()).as(f.getName()).isFalse();
                }
            }
            assertThat(text).containsExactly("folded");
            Set<String> stored = new HashSet<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                for (IndexableField f : reader.storedFields().document(doc).getFields()) {
                    stored.add(f.name());
                }
            }
            assertThat(stored).containsExactlyInAnyOrder("id", "document", "index");
        }
    }

    @Test
    void aOneCharacterWordFindsEveryEntryWritingItAlsoBeforePunctuation() throws Exception {
        // Entries writing 州 in any of its forms (州 or a variant such as 刕), found in the rows' text.
        SearchFolding folding = SearchFolding.builtIn();
        String key = folding.fold("州");
        Map<String, String> texts = storedTexts();
        Set<String> expected = new HashSet<>();
        Set<String> onlyBeforePunctuation = new HashSet<>();
        texts.forEach((id, text) -> {
            String folded = folding.fold(text);
            if (folded.contains(key)) {
                expected.add(id);
                if (!java.util.regex.Pattern.compile(key + "\\p{IsHan}").matcher(folded).find()) {
                    onlyBeforePunctuation.add(id); // no pair starts at any of its 州: found by the character alone
                }
            }
        });
        assertThat(onlyBeforePunctuation).isNotEmpty();
        try (Library library = Library.open(folder)) {
            SearchResults results = search(library, "州");
            assertThat(LibraryTest.ids(results)).isEqualTo(expected);
            assertThat(results.total()).isEqualTo(expected.size());
            assertThat(results.hits()).allSatisfy(h -> assertThat(h.snippet()).containsPattern("【.】"));
        }
    }

    @Test
    void aPhraseMatchesOnlyWhereItsCharactersStandTogether() throws Exception {
        Map<String, String> texts = storedTexts();
        try (Library library = Library.open(folder)) {
            for (String word : List.of("靈州", "李繼遷", "太平興國")) {
                Set<String> expected = new HashSet<>();
                texts.forEach((id, text) -> {
                    if (text.contains(word)) {
                        expected.add(id);
                    }
                });
                assertThat(LibraryTest.ids(search(library, word))).as(word).isNotEmpty().isEqualTo(expected);
            }
        }
    }

    @Test
    void aWordWhoseFormTellsWordsApartFindsEveryFormButTheFormAskedForFirst() throws Exception {
        Map<String, String> texts = storedTexts();
        try (Library library = Library.open(folder)) {
            for (String word : List.of("後", "后")) {
                List<String> ranked = search(library, word).hits().stream().map(SearchHit::id).toList();
                Set<String> asWritten = new HashSet<>();
                texts.forEach((id, text) -> {
                    if (text.contains(word)) {
                        asWritten.add(id);
                    }
                });
                // Simplification wrote 後 and 后 alike: both find every entry writing either ...
                assertThat(ranked).as(word).hasSizeGreaterThan(asWritten.size());
                assertThat(asWritten).as(word).isNotEmpty();
                // ... and the entries writing the word as asked come first.
                assertThat(ranked.subList(0, asWritten.size())).as(word).containsExactlyInAnyOrderElementsOf(asWritten);
            }
        }
    }

    @Test
    void anIndexOfTheOldLayoutIsRebuiltOnOpenNotMisread(@TempDir Path other) throws Exception {
        Path lib = other.resolve("lib");
        try (Library library = Library.open(lib)) {
            library.ingest(List.of(Biannian.create().prepare(Shared.sample(), new ParseOptions("淳化五年", null, null))), d -> { });
        }
        long generation;
        try (EntryIndex index = EntryIndex.open(lib)) {
            generation = index.generation();
        }
        // What the Biannian before issue 14 committed: its generation and its three text fields.
        try (var directory = FSDirectory.open(lib.resolve(EntryIndex.FOLDER));
             var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of("biannian.generation", String.valueOf(generation),
                    "biannian.fields", "text text_s text_v").entrySet());
            writer.commit();
        }
        try (EntryIndex index = EntryIndex.open(lib)) {
            assertThat(index.generation()).isEqualTo(-1);
            assertThat(index.snapshot().generation()).as("a snapshot of it is no generation either").isEqualTo(-1);
        }
        try (Library library = Library.open(lib)) {
            assertThat(search(library, "繼遷").total()).isPositive();
        }
        try (EntryIndex index = EntryIndex.open(lib)) {
            assertThat(index.generation()).isEqualTo(generation);
        }
    }
}
