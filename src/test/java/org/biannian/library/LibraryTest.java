package org.biannian.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

    @TempDir
    static Path dir;
    static Path folder;
    static final Biannian BIANNIAN = Biannian.create();

    @BeforeAll
    static void ingestTheCorpus() throws Exception {
        folder = dir.resolve("lib");
        try (Library library = Library.open(folder)) {
            IngestReport report = library.ingest(List.of(
                    BIANNIAN.prepare(Shared.sample(), new ParseOptions("淳化五年", null, null)),
                    BIANNIAN.prepare(Shared.songshi5(), ParseOptions.defaults())), d -> { });
            assertThat(report.stored()).containsExactly("xixiaji-994-998", "songshi-juan005-taizong2");
        }
    }

    static Set<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    static SearchQuery all(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, 0, SearchQuery.MAX_LIMIT);
    }

    @Test
    void traditionalAndSimplifiedQueriesFindTheSameEntries() {
        try (Library library = Library.open(folder)) {
            SearchResults traditional = library.search(all("繼遷"));
            SearchResults simplified = library.search(all("继迁"));
            assertThat(traditional.total()).isPositive().isEqualTo(simplified.total());
            assertThat(ids(simplified)).isEqualTo(ids(traditional));
        }
    }

    @Test
    void wordsMatchAsPhrasesAndEveryHitContainsThem() throws Exception {
        try (Library library = Library.open(folder)) {
            SearchResults results = library.search(all("靈州"));
            // Computed independently: every entry whose headline, narrative or citation text holds 靈州.
            Set<String> expected = new java.util.HashSet<>();
            try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Store.FILE));
                 var r = db.createStatement().executeQuery("""
                         SELECT e.id FROM entries e WHERE e.headline LIKE '%靈州%' OR e.narrative LIKE '%靈州%'
                           OR EXISTS (SELECT 1 FROM citation_blocks b WHERE b.entry = e.id AND b.text LIKE '%靈州%')""")) {
                while (r.next()) {
                    expected.add(r.getString(1));
                }
            }
            assertThat(ids(results)).isEqualTo(expected);
            assertThat(results.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("【靈州】"));
        }
    }

    @Test
    void aDateRangeGivenInChineseKeepsExactlyTheEntriesOfThoseYears() throws Exception {
        int[] from = BIANNIAN.dateRange("至道元年", null);
        int[] to = BIANNIAN.dateRange("至道三年", null);
        // Computed independently from the parsed chronicles: entries whose date in force overlaps 995–997,
        // with the text 靈州 (a word search) or a mention of the place 靈州 under any name (a place filter).
        Set<String> byText = new java.util.HashSet<>();
        Set<String> byPlace = new java.util.HashSet<>();
        for (var doc : List.of(BIANNIAN.prepare(Shared.sample(), new ParseOptions("淳化五年", null, null)),
                BIANNIAN.prepare(Shared.songshi5(), ParseOptions.defaults()))) {
            for (var e : doc.chronicle().entries()) {
                var r = e.date().resolved();
                if (r == null || r.firstJdn() == null || r.firstJdn() > to[1] || r.lastJdn() < from[0]) {
                    continue;
                }
                if (doc.chronicle().view().viewSlice(e.span()).contains("靈州")) {
                    byText.add(doc.entryId(e.index()));
                }
                if (doc.mentionsIn(e).stream().anyMatch(m -> m.type() == org.biannian.annotate.MentionType.PLACE
                        && m.canonical().equals("靈州"))) {
                    byPlace.add(doc.entryId(e.index()));
                }
            }
        }
        try (Library library = Library.open(folder)) {
            SearchResults text = library.search(new SearchQuery("靈州", null, null, null, null, from[0], to[1], 0, SearchQuery.MAX_LIMIT));
            assertThat(byText).isNotEmpty();
            assertThat(ids(text)).isEqualTo(byText);
            SearchResults place = library.search(new SearchQuery(null, null, "靈州", null, null, from[0], to[1], 0, SearchQuery.MAX_LIMIT));
            assertThat(byPlace).isNotEmpty();
            assertThat(ids(place)).isEqualTo(byPlace);
        }
    }

    @Test
    void aPersonFilterFindsEveryNameOfThePerson() {
        try (Library library = Library.open(folder)) {
            SearchResults byId = library.search(new SearchQuery(null, "per:li-jiqian", null, null, null, null, null, 0, SearchQuery.MAX_LIMIT));
            SearchResults byAlias = library.search(new SearchQuery(null, "趙保吉", null, null, null, null, null, 0, SearchQuery.MAX_LIMIT));
            assertThat(byId.total()).isGreaterThan(50);
            assertThat(ids(byAlias)).isEqualTo(ids(byId));
        }
    }

    @Test
    void aQueryWithoutWordsListsEntriesInChronicleOrderPaged() {
        try (Library library = Library.open(folder)) {
            SearchResults page = library.search(new SearchQuery(null, null, null, null, null, null, null, 10, 5));
            assertThat(page.total()).isEqualTo(55 + 478);
            assertThat(page.hits()).extracting(SearchHit::index).containsExactly(11, 12, 13, 14, 15);
        }
    }

    @Test
    void unchangedFilesAreSkippedAndChangedOnesReplaced() throws Exception {
        Path copy = dir.resolve("copy/xixiaji-994-998.txt");
        Files.createDirectories(copy.getParent());
        Files.copy(Shared.sample(), copy);
        Path own = dir.resolve("own-lib");
        try (Library library = Library.open(own)) {
            library.ingest(List.of(BIANNIAN.prepare(copy, new ParseOptions("淳化五年", null, null))), d -> { });
            IngestReport again = library.ingest(List.of(BIANNIAN.prepare(copy, new ParseOptions("淳化五年", null, null))), d -> { });
            assertThat(again.unchanged()).containsExactly("xixiaji-994-998");
            String text = Files.readString(copy);
            Files.writeString(copy, text.substring(0, text.indexOf("三月，保忠")));
            IngestReport changed = library.ingest(List.of(BIANNIAN.prepare(copy, new ParseOptions("淳化五年", null, null))), d -> { });
            assertThat(changed.stored()).containsExactly("xixiaji-994-998");
            assertThat(library.search(all(null)).total()).isEqualTo(2);
        }
    }

    @Test
    void anIndexBehindItsDatabaseIsRebuiltOnOpen() throws Exception {
        Path own = dir.resolve("lagging-lib");
        try (Library library = Library.open(own)) {
            library.ingest(List.of(BIANNIAN.prepare(Shared.sample(), new ParseOptions("淳化五年", null, null))), d -> { });
        }
        // As after a crash between the database commit and the index commit: the index is gone.
        try (var files = Files.walk(own.resolve(EntryIndex.FOLDER))) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
        try (Library library = Library.open(own)) {
            assertThat(library.search(all("繼遷")).total()).isPositive();
        }
    }

    @Test
    void aLibraryOfAnotherSchemaVersionIsRefusedWithTheFix() throws Exception {
        Path own = dir.resolve("old-lib");
        Library.open(own).close();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + own.resolve(Store.FILE))) {
            db.createStatement().execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'");
        }
        assertThatThrownBy(() -> Library.open(own)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("schema version 999").hasMessageContaining("--library");
    }

    @Test
    void theDatabaseAnswersItsDocumentedQueriesThroughTheSqlite3Tool() throws Exception {
        // docs/schema.md: the example queries a historian would run, through the sqlite3 command-line tool.
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/schema.md"))) {
            if (line.startsWith("SELECT") || !queries.isEmpty() && !queries.get(queries.size() - 1).endsWith(";")) {
                if (line.startsWith("SELECT")) {
                    queries.add(line);
                } else if (!line.startsWith("```")) {
                    queries.set(queries.size() - 1, queries.get(queries.size() - 1) + " " + line);
                }
            }
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(3);
        for (String query : queries) {
            Process p = new ProcessBuilder("sqlite3", "-readonly", folder.resolve(Store.FILE).toString(), query)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(query + "\n" + out).isZero();
            assertThat(out).as(query).isNotBlank();
        }
    }
}
