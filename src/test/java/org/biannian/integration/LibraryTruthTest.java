package org.biannian.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.biannian.Biannian;
import org.biannian.annals.Entry;
import org.biannian.annals.ParseOptions;
import org.biannian.annotate.Mention;
import org.biannian.cli.Main;
import org.biannian.library.Analysis;
import org.biannian.library.IngestReport;
import org.biannian.library.Library;
import org.biannian.library.LibraryException;
import org.biannian.library.SearchQuery;
import org.biannian.library.SearchResults;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library is the one truth (issue 14): a document read with other options or packs is analysed
 * again on ingest, and what the faces show is what the rows hold.
 */
class LibraryTruthTest {

    private static final Biannian BIANNIAN = Biannian.create();
    private static final String START = "淳化五年";

    private static SearchQuery jiqianIn(Biannian biannian, String year) {
        int[] days = biannian.dateRange(year, null);
        return new SearchQuery("繼遷", null, null, null, null, days[0], days[1], 0, SearchQuery.MAX_LIMIT);
    }

    private static List<Integer> storedFirstJdns(Path folder) throws Exception {
        List<Integer> out = new ArrayList<>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("biannian.sqlite"));
             var r = db.createStatement().executeQuery("SELECT first_jdn FROM entries ORDER BY document, idx")) {
            while (r.next()) {
                out.add((Integer) r.getObject(1));
            }
        }
        return out;
    }

    @Test
    void ingestingAgainWithAStartReanalysesAndSearchFindsTheYear(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("lib");
        IngestReport first = BIANNIAN.ingest(folder, List.of(Shared.sample()), ParseOptions.defaults(), false, (e, c) -> { });
        assertThat(first.stored()).containsExactly("xixiaji-994-998");
        List<Integer> before = storedFirstJdns(folder);
        assertThat(BIANNIAN.search(folder, jiqianIn(BIANNIAN, START)).total()).isZero();

        IngestReport unchanged = BIANNIAN.ingest(folder, List.of(Shared.sample()), ParseOptions.defaults(), false, (e, c) -> { });
        assertThat(unchanged.stored()).isEmpty();
        assertThat(unchanged.unchanged()).containsExactly("xixiaji-994-998");

        IngestReport again = BIANNIAN.ingest(folder, List.of(Shared.sample()), new ParseOptions(START, null, null), false,
                (e, c) -> { });
        assertThat(again.reanalysed()).containsEntry("xixiaji-994-998", "start changed");
        assertThat(storedFirstJdns(folder)).isNotEqualTo(before);
        SearchResults found = BIANNIAN.search(folder, jiqianIn(BIANNIAN, START));
        assertThat(found.total()).isPositive();
        // Each hit is dated in 淳化五年 by the stored rows.
        int[] year = BIANNIAN.dateRange(START, null);
        try (Library library = BIANNIAN.openLibrary(folder)) {
            Analysis stored = BIANNIAN.stored(library).get(0);
            found.hits().forEach(h -> {
                Entry e = stored.chronicle().entries().get(h.index() - 1);
                assertThat(e.date().resolved().lastJdn()).isGreaterThanOrEqualTo(year[0]);
                assertThat(e.date().resolved().firstJdn()).isLessThanOrEqualTo(year[1]);
            });
        }
    }

    @Test
    void theCommandLineSaysWhyADocumentWasAnalysedAgain(@TempDir Path dir) {
        String folder = dir.resolve("lib").toString();
        assertThat(run("ingest", Shared.sample().toString(), "--library", folder)[0]).isEqualTo(0);
        Object[] again = run("ingest", Shared.sample().toString(), "--start", START, "--library", folder);
        assertThat(again[0]).isEqualTo(0);
        assertThat((String) again[2]).contains("re-analysed 1 document (start changed)");
        Object[] forced = run("ingest", Shared.sample().toString(), "--start", START, "--force", "--library", folder);
        assertThat((String) forced[2]).contains("re-analysed 1 document (forced)");
        Object[] search = run("search", "繼遷", "--from", START, "--to", START, "--library", folder);
        assertThat(search[0]).isEqualTo(0);
        assertThat((String) search[1]).doesNotContain("\"total\":0");
    }

    @Test
    void aChangedAuthorityPackIsAppliedOnIngestAndRefusedWhenServedStale(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("lib");
        Path pack = Files.createDirectories(dir.resolve("pack"));
        ParseOptions options = new ParseOptions(START, null, null);
        BIANNIAN.ingest(folder, List.of(Shared.sample()), options, false, (e, c) -> { });
        SearchQuery place = new SearchQuery(null, null, "濁輪砦", null, null, null, null, 0, 10);
        assertThat(BIANNIAN.search(folder, place).total()).isZero();

        Files.writeString(pack.resolve("places.tsv"), "id\tcanonical\tnames\tkind\nplace:zhuolunzhai\t濁輪砦\t濁輪寨\t寨\n",
                StandardCharsets.UTF_8);
        Biannian withPack = Biannian.withAuthority(List.of(pack));
        IngestReport report = withPack.ingest(folder, List.of(Shared.sample()), options, false, (e, c) -> { });
        assertThat(report.reanalysed()).containsEntry("xixiaji-994-998", "authority changed");
        assertThat(BIANNIAN.search(folder, place).total()).isPositive();

        // Read without the pack given, the library still shows what it stored: the pack's name.
        try (Library library = BIANNIAN.openLibrary(folder)) {
            assertThat(BIANNIAN.stored(library).get(0).mentions()).anyMatch(m -> "濁輪砦".equals(m.canonical()));
            assertThat(BIANNIAN.readerOf(library).authority().find("place:zhuolunzhai").orElseThrow().canonical())
                    .as("the faces look records up in the packs the library recorded").isEqualTo("濁輪砦");
        }
        // The pack edited on disk: the stored analysis is no longer reproducible, and the faces say so.
        Files.writeString(pack.resolve("places.tsv"), "id\tcanonical\tnames\tkind\nplace:zhuolunzhai\t濁輪堡\t濁輪寨\t寨\n",
                StandardCharsets.UTF_8);
        try (Library library = BIANNIAN.openLibrary(folder)) {
            assertThatThrownBy(() -> BIANNIAN.stored(library)).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("changed since").hasMessageContaining("ingest");
        }
    }

    @Test
    void whatIsServedEqualsTheRowsAndAFreshAnalysis(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("lib");
        BIANNIAN.ingest(folder, List.of(Shared.sample(), Shared.songshi5()), new ParseOptions(START, null, null), false,
                (e, c) -> { });
        List<Analysis> served;
        try (Library library = BIANNIAN.openLibrary(folder)) {
            served = BIANNIAN.stored(library);
        }
        Analysis fresh = BIANNIAN.prepare(Shared.sample(), new ParseOptions(START, null, null));
        Analysis shown = served.stream().filter(a -> a.key().equals(fresh.key())).findFirst().orElseThrow();
        assertThat(shown.chronicle().entries()).isEqualTo(fresh.chronicle().entries());
        assertThat(shown.mentions()).isEqualTo(fresh.mentions());
        assertThat(shown.sources()).isEqualTo(fresh.sources());
        // And the rows: every entry's dates, and every mention of an entry, as stored.
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("biannian.sqlite"))) {
            for (Analysis a : served) {
                for (Entry e : a.chronicle().entries()) {
                    try (var s = db.prepareStatement("SELECT first_jdn, last_jdn, headline FROM entries WHERE id = ?")) {
                        s.setString(1, a.entryId(e.index()));
                        var r = s.executeQuery();
                        assertThat(r.next()).isTrue();
                        var resolved = e.date().resolved();
                        assertThat(r.getObject(1)).isEqualTo(resolved == null ? null : resolved.firstJdn());
                        assertThat(r.getObject(2)).isEqualTo(resolved == null ? null : resolved.lastJdn());
                        assertThat(r.getString(3)).isEqualTo(a.chronicle().view().viewSlice(e.headline()));
                    }
                    List<String> rows = new ArrayList<>();
                    try (var s = db.prepareStatement("SELECT start, end, type, entity FROM mentions WHERE entry = ? ORDER BY start, end, type")) {
                        s.setString(1, a.entryId(e.index()));
                        var r = s.executeQuery();
                        while (r.next()) {
                            rows.add(r.getInt(1) + "-" + r.getInt(2) + " " + r.getString(3) + " " + r.getString(4));
                        }
                    }
                    List<String> shownRows = a.mentionsIn(e).stream()
                            .sorted(java.util.Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)
                                    .thenComparing(m -> m.type().name()))
                            .map(m -> m.start() + "-" + m.end() + " " + m.type() + " " + m.id()).distinct().toList();
                    assertThat(rows).as(a.entryId(e.index())).isEqualTo(shownRows);
                }
            }
        }
    }

    @Test
    void aDocumentReadWithAnotherVariantListIsAnalysedAgain(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("lib");
        ParseOptions builtIn = new ParseOptions(START, null, null);
        BIANNIAN.ingest(folder, List.of(Shared.sample()), builtIn, false, (e, c) -> { });
        Path list = Files.writeString(dir.resolve("edition.tsv"), "# this edition writes 遷 as 迁\n迁\t遷\n", StandardCharsets.UTF_8);
        ParseOptions withList = builtIn.withVariants(org.biannian.text.VariantFolding.withUserVariants(list));
        IngestReport again = BIANNIAN.ingest(folder, List.of(Shared.sample()), withList, false, (e, c) -> { });
        assertThat(again.reanalysed()).containsEntry("xixiaji-994-998", "variants changed");
        assertThat(BIANNIAN.ingest(folder, List.of(Shared.sample()), withList, false, (e, c) -> { }).unchanged())
                .containsExactly("xixiaji-994-998");
        try (Library library = BIANNIAN.openLibrary(folder)) {
            assertThat(BIANNIAN.stored(library)).singleElement()
                    .satisfies(a -> assertThat(a.chronicle().options().variants()).isEqualTo(withList.variants()));
        }
    }

    @Test
    void whatAnOlderVersionStoredIsShownAsStoredAndAnalysedAgainOnIngest(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("lib");
        ParseOptions options = new ParseOptions(START, null, null);
        BIANNIAN.ingest(folder, List.of(Shared.sample()), options, false, (e, c) -> { });
        List<Analysis> before;
        try (Library library = BIANNIAN.openLibrary(folder)) {
            before = BIANNIAN.stored(library);
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("biannian.sqlite"));
             var s = db.createStatement()) {
            s.execute("UPDATE documents SET biannian_version = '0.0.1-older'");
        }
        try (Library library = BIANNIAN.openLibrary(folder)) {
            List<Analysis> shown = BIANNIAN.stored(library);
            assertThat(shown).hasSize(1);
            assertThat(shown.get(0).chronicle().entries()).isEqualTo(before.get(0).chronicle().entries());
            assertThat(shown.get(0).mentions()).isEqualTo(before.get(0).mentions());
        }
        IngestReport again = BIANNIAN.ingest(folder, List.of(Shared.sample()), options, false, (e, c) -> { });
        assertThat(again.reanalysed()).containsEntry("xixiaji-994-998", "Biannian version changed");
    }

    @Test
    void aFileWithAYearThatNeverWasStopsTheIngestAndWhatWasWrittenBeforeIsRolledBack(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("lib");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "淳化九年\n春正月，繼遷攻靈州。\n", StandardCharsets.UTF_8);
        // The sample is analysed and written first (documents are stored as they come); the second file is
        // refused, and the one transaction holding the first is rolled back.
        assertThatThrownBy(() -> BIANNIAN.ingest(folder, List.of(Shared.sample(), bad), new ParseOptions(START, null, null),
                false, (e, c) -> { }))
                .isInstanceOf(org.biannian.text.InputException.class)
                .hasMessageContaining("bad.txt:1:1").hasMessageContaining("never was").hasMessageContaining("nothing was ingested");
        try (Library library = BIANNIAN.openLibrary(folder)) {
            assertThat(library.documents()).isEmpty();
            assertThat(library.search(jiqianIn(BIANNIAN, "淳化五年")).total()).isZero();
        }
    }

    @Test
    void aFileWithoutEntriesIsLeftOutAndNamedAndAloneRefused(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("lib");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "讀史札記，無年月。\n", StandardCharsets.UTF_8);
        // A juan of front matter beside the chronicle (Kanripo's 卷000): the chronicle is stored, the other named.
        IngestReport report = BIANNIAN.ingest(folder, List.of(notes, Shared.sample()), new ParseOptions(START, null, null),
                false, (e, c) -> { });
        assertThat(report.stored()).containsExactly("xixiaji-994-998");
        assertThat(report.withoutEntries()).singleElement().asString().endsWith("notes.txt");
        // Alone, it is an error: nothing in what was asked is a chronicle.
        Path other = dir.resolve("other");
        assertThatThrownBy(() -> BIANNIAN.ingest(other, List.of(notes), new ParseOptions(START, null, null), false, (e, c) -> { }))
                .isInstanceOf(org.biannian.text.InputException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("no chronicle entries found; nothing was ingested");
        try (Library library = BIANNIAN.openLibrary(other)) {
            assertThat(library.documents()).isEmpty();
        }
    }

    @Test
    void aVersion2LibraryIsMigratedWithItsDocumentsAnalysedAgainAndANewerOneRefused(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("lib"));
        String text = Files.readString(Shared.sample(), StandardCharsets.UTF_8);
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("biannian.sqlite"));
             var s = db.createStatement();
             var schema = LibraryTruthTest.class.getResourceAsStream("/org/biannian/library/schema-v2.sql")) {
            for (String ddl : new String(schema.readAllBytes(), StandardCharsets.UTF_8).split(";\n")) {
                if (!ddl.isBlank()) {
                    s.execute(ddl);
                }
            }
            s.execute("INSERT INTO meta VALUES ('schema_version', '2'), ('generation', '1')");
            try (var doc = db.prepareStatement("""
                    INSERT INTO documents (key, name, sha256, style, option_start, code_points, text, ingested_at, format,
                      authority, authority_packs, biannian_version) VALUES ('xixiaji-994-998', 'xixiaji-994-998.txt', ?, 'GANGMU',
                      ?, ?, ?, '2026-12-01T00:00:00Z', 'plain', ?, '', ?)""")) {
                doc.setString(1, sha256);
                doc.setString(2, START);
                doc.setInt(3, text.codePointCount(0, text.length()));
                doc.setString(4, text);
                doc.setString(5, BIANNIAN.provenance().authority());
                doc.setString(6, "0.9.0-schema2");
                doc.executeUpdate();
            }
            // What version 2 found, in its own rows: dropped by the migration, found again.
            s.execute("""
                    INSERT INTO entries (id, document, idx, start, end, headline, month, leap, date_inherited)
                    VALUES ('xixiaji-994-998:1', 'xixiaji-994-998', 1, 0, 10, '舊', 1, 0, 0)""");
            s.execute("INSERT INTO mentions VALUES ('xixiaji-994-998:1', 0, 2, '舊', 'PER', '舊', NULL, 'old')");
        }

        try (Library library = BIANNIAN.openLibrary(folder)) {
            assertThat(library.documents()).singleElement().satisfies(d -> assertThat(d.analysis()).isNotNull());
            assertThat(library.records().get("xixiaji-994-998").provenance().version()).isEqualTo(Biannian.VERSION);
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("biannian.sqlite"));
             var s = db.createStatement()) {
            var version = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'");
            assertThat(version.next() && version.getString(1).equals("3")).isTrue();
            var entries = s.executeQuery("SELECT count(*), min(headline) FROM entries");
            entries.next();
            assertThat(entries.getInt(1)).isEqualTo(55);
            var lingzhou = s.executeQuery("SELECT count(*) FROM mentions WHERE text = '靈州'");
            lingzhou.next();
            assertThat(lingzhou.getInt(1)).isGreaterThan(5);
            var old = s.executeQuery("SELECT count(*) FROM mentions WHERE found_by = 'old'");
            old.next();
            assertThat(old.getInt(1)).isZero();
        }
        IngestReport again = BIANNIAN.ingest(folder, List.of(Shared.sample()), new ParseOptions(START, null, null), false,
                (e, c) -> { });
        assertThat(again.unchanged()).containsExactly("xixiaji-994-998");

        try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("biannian.sqlite"));
             var s = db.createStatement()) {
            s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        }
        assertThatThrownBy(() -> BIANNIAN.openLibrary(folder)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("newer");
    }

    private static Object[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Object[] {status, out.toString(), err.toString()};
    }

}
