package org.biannian.library;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annals.Note;
import org.biannian.annals.ParseOptions;
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Coordinates;
import org.biannian.authority.Name;
import org.biannian.sources.Citation;
import org.biannian.annals.Segment;
import org.biannian.calendar.Jdn;
import org.biannian.text.Diagnostic;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/**
 * The SQLite side of the library: one file, {@code biannian.sqlite}, whose schema is documented in
 * {@code docs/schema.md}. Every ingest is one transaction, so a crash leaves the file as it was.
 */
final class Store implements AutoCloseable {

    /**
     * The schema this Biannian writes. Each step up has its statements in {@link #MIGRATIONS}, applied
     * in order to an older library when it is opened; a newer library is refused. Add a version
     * here, never edit a released one.
     */
    static final int SCHEMA_VERSION = 3;
    static final String FILE = "biannian.sqlite";

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS documents (
          key TEXT PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, style TEXT NOT NULL,
          option_start TEXT, option_regime TEXT, option_style TEXT,
          code_points INTEGER NOT NULL, text TEXT NOT NULL, ingested_at TEXT NOT NULL,
          format TEXT, authority TEXT, authority_packs TEXT, biannian_version TEXT, title TEXT, option_variants TEXT)""",
        // What was found in a document, read whole by the faces (AnalysisCodec, deflated); the tables below
        // are its projection for SQL.
        """
        CREATE TABLE IF NOT EXISTS analyses (
          document TEXT PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE, data BLOB NOT NULL)""",
        // Strings the compact columns refer to by number: mention types, canonical names, rule names.
        "CREATE TABLE IF NOT EXISTS labels (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE)",
        // One row an entry. Headline and narrative are spans of the document's text (their text is kept
        // only where the text as read differs from the file's, e.g. across Kanripo page markers); the
        // mentions are one JSON array an entry: [start - entry start, length, type, canonical or 0 when
        // the entity's, entity number or 0, found by or 0, text or absent when the file's].
        """
        CREATE TABLE IF NOT EXISTS entry_rows (
          n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, document TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
          idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
          headline_start INTEGER NOT NULL, headline_end INTEGER NOT NULL, headline_text TEXT,
          narrative_start INTEGER, narrative_end INTEGER, narrative_text TEXT,
          regime TEXT, era TEXT, era_year INTEGER, julian_year INTEGER, year_how TEXT,
          month INTEGER NOT NULL, leap INTEGER NOT NULL, day_ganzhi TEXT, date_written TEXT, date_inherited INTEGER NOT NULL,
          first_jdn INTEGER, last_jdn INTEGER, mentions TEXT NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS entries_by_document ON entry_rows(document, idx)",
        "CREATE INDEX IF NOT EXISTS entries_by_jdn ON entry_rows(first_jdn, last_jdn)",
        "CREATE INDEX IF NOT EXISTS entries_by_era ON entry_rows(era, era_year)",
        """
        CREATE VIEW IF NOT EXISTS entries AS SELECT r.id, r.document, r.idx, r.start, r.end,
          coalesce(r.headline_text, substr(d.text, r.headline_start + 1, r.headline_end - r.headline_start)) AS headline,
          CASE WHEN r.narrative_start IS NULL THEN NULL ELSE coalesce(r.narrative_text,
            substr(d.text, r.narrative_start + 1, r.narrative_end - r.narrative_start)) END AS narrative,
          r.regime, r.era, r.era_year, r.julian_year, r.year_how, r.month, r.leap, r.day_ganzhi, r.date_written,
          r.date_inherited, r.first_jdn, r.last_jdn
        FROM entry_rows r JOIN documents d ON d.key = r.document""",
        """
        CREATE TABLE IF NOT EXISTS citation_blocks (
          entry TEXT NOT NULL REFERENCES entry_rows(id) ON DELETE CASCADE,
          start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (entry, start))""",
        """
        CREATE TABLE IF NOT EXISTS notes (
          entry TEXT NOT NULL REFERENCES entry_rows(id) ON DELETE CASCADE,
          kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (entry, start))""",
        """
        CREATE TABLE IF NOT EXISTS diagnostics (
          document TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
          entry TEXT REFERENCES entry_rows(id) ON DELETE CASCADE,
          code TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
          start INTEGER NOT NULL, end INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS diagnostics_by_code ON diagnostics(code)",
        """
        CREATE TABLE IF NOT EXISTS entities (
          n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, canonical TEXT NOT NULL, subtype TEXT, polity TEXT,
          first_year INTEGER, last_year INTEGER, external_id TEXT,
          latitude REAL, longitude REAL, coordinate_precision TEXT, coordinate_source TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS aliases (
          entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE, name TEXT NOT NULL, kind TEXT,
          first_year INTEGER, last_year INTEGER, source TEXT, PRIMARY KEY (entity, name))""",
        "CREATE INDEX IF NOT EXISTS aliases_by_name ON aliases(name)",
        """
        CREATE VIEW IF NOT EXISTS mentions AS SELECT r.id AS entry,
          r.start + json_extract(j.value, '$[0]') AS start,
          r.start + json_extract(j.value, '$[0]') + json_extract(j.value, '$[1]') AS end,
          coalesce(json_extract(j.value, '$[6]'),
            substr(d.text, r.start + json_extract(j.value, '$[0]') + 1, json_extract(j.value, '$[1]'))) AS text,
          t.label AS type, coalesce(c.label, n.canonical) AS canonical, n.id AS entity, f.label AS found_by
        FROM entry_rows r JOIN documents d ON d.key = r.document JOIN json_each(r.mentions) j
          JOIN labels t ON t.id = json_extract(j.value, '$[2]')
          LEFT JOIN labels c ON c.id = nullif(json_extract(j.value, '$[3]'), 0)
          LEFT JOIN entities n ON n.n = nullif(json_extract(j.value, '$[4]'), 0)
          LEFT JOIN labels f ON f.id = nullif(json_extract(j.value, '$[5]'), 0)""",
        """
        CREATE TABLE IF NOT EXISTS citations (
          entry TEXT NOT NULL REFERENCES entry_rows(id) ON DELETE CASCADE,
          start INTEGER NOT NULL, end INTEGER NOT NULL, work TEXT NOT NULL, section TEXT, juan INTEGER,
          small_note INTEGER NOT NULL, author TEXT, as_cited TEXT NOT NULL, known INTEGER NOT NULL,
          PRIMARY KEY (entry, start, work))""",
        "CREATE INDEX IF NOT EXISTS citations_by_work ON citations(work, section, juan)",
        """
        CREATE TABLE IF NOT EXISTS works (title TEXT PRIMARY KEY, cited INTEGER NOT NULL)""",
        // The file each document was read from (absolute), so that another file of the same name is
        // not taken for a new version of it. Documents ingested before this table have none.
        """
        CREATE TABLE IF NOT EXISTS origins (
          document TEXT PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE, path TEXT NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS origins_by_path ON origins(path)",
        // Derived from the documents and added without a version step: a library without the table gets it,
        // empty, when opened (issue 13).
        ParallelRows.TABLE,
        "CREATE INDEX IF NOT EXISTS parallels_by_chronicle ON parallels(chronicle, entry_index)",
    };

    /**
     * The statements taking a library from version {@code i + 1} to {@code i + 2}. Version 2 records
     * how each document was analysed: input format, authority fingerprint and packs, Biannian version,
     * title (documents of version 1 have none, so the next ingest analyses them again).
     */
    private static final String[][] MIGRATIONS = {
        {
            "ALTER TABLE documents ADD COLUMN format TEXT",
            "ALTER TABLE documents ADD COLUMN authority TEXT",
            "ALTER TABLE documents ADD COLUMN authority_packs TEXT",
            "ALTER TABLE documents ADD COLUMN biannian_version TEXT",
            "ALTER TABLE documents ADD COLUMN title TEXT",
        },
        {
            // Version 3 stores the analysis itself and a lean projection of it; what version 2 found is
            // dropped, and the facade analyses the documents again when it next opens the library.
            "DROP TABLE IF EXISTS mentions",
            "DROP TABLE IF EXISTS segments",
            "DROP TABLE IF EXISTS citation_blocks",
            "DROP TABLE IF EXISTS notes",
            "DROP TABLE IF EXISTS diagnostics",
            "DROP TABLE IF EXISTS citations",
            "DROP TABLE IF EXISTS parallels",
            "DROP TABLE IF EXISTS entries",
            "DROP TABLE IF EXISTS aliases",
            "DROP TABLE IF EXISTS entities",
            "DELETE FROM works",
            "ALTER TABLE documents ADD COLUMN option_variants TEXT",
        },
    };

    private final Connection db;
    /** Entities written in the ingest under way: each authority record once per ingest, not once per document. */
    private final java.util.Set<String> entitiesWritten = new java.util.HashSet<>();
    /** Row numbers of the entities and labels met in the ingest under way (forgotten with it: a rollback drops rows). */
    private final java.util.Map<String, EntityRow> entityRows = new java.util.HashMap<>();
    private final java.util.Map<String, Long> labels = new java.util.HashMap<>();

    private Store(Connection db) {
        this.db = db;
    }

    /** Opens (creating if needed) the database in {@code folder}; refuses a file of another schema version. */
    static Store open(Path folder) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(FILE));
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA busy_timeout = 30000"); // a reader or writer waits out another's commit
        }
        Store store = new Store(db);
        try {
            store.migrate(folder);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
        return store;
    }

    private void migrate(Path folder) throws SQLException {
        if (isCurrent()) {
            return; // nothing to write: readers open a library while a writer holds it
        }
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute(SCHEMA[0]);
            String version = meta("schema_version");
            int found = version == null ? SCHEMA_VERSION : parseVersion(version, folder);
            if (found > SCHEMA_VERSION) {
                throw new LibraryException("library " + folder + " has schema version " + found
                        + ", newer than this Biannian reads (" + SCHEMA_VERSION + "): use a newer Biannian,"
                        + " or ingest the texts again into a new library folder (--library DIR)", null);
            }
            for (int v = found; v < SCHEMA_VERSION; v++) {
                for (String step : MIGRATIONS[v - 1]) {
                    s.execute(step);
                }
            }
            for (String ddl : SCHEMA) {
                s.execute(ddl);
            }
            if (version == null) {
                setMeta("generation", "0");
            }
            if (found != SCHEMA_VERSION || version == null) {
                setMeta("schema_version", String.valueOf(SCHEMA_VERSION));
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /** Whether the file already has this schema version (read without a write transaction). */
    private boolean isCurrent() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            return r.next() && String.valueOf(SCHEMA_VERSION).equals(r.getString(1).strip());
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                return false;
            }
            throw e;
        }
    }

    /** The generation and every document, in one read transaction so that they agree. */
    Library.Contents contents() throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long generation = generation();
            List<StoredDocument> documents = documents(false);
            db.commit();
            return new Library.Contents(generation, documents);
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private static int parseVersion(String version, Path folder) {
        try {
            int v = Integer.parseInt(version.strip());
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LibraryException("library " + folder + " has an unreadable schema version 「" + version + "」", null);
    }

    /** The number of committed ingests; the Lucene index records the one it was built from. */
    long generation() throws SQLException {
        return Long.parseLong(meta("generation"));
    }

    /** The SHA-256 a document was stored with, or null if it is not in the library. */
    String sha256(String key) throws SQLException {
        return firstValue("SELECT sha256 FROM documents WHERE key = ?", key);
    }

    /** Whether a document is stored under {@code key}. */
    boolean holdsKey(String key) throws SQLException {
        return firstValue("SELECT 1 FROM documents WHERE key = ?", key) != null;
    }

    /** The file document {@code key} was read from, or null if not recorded. */
    String originOf(String key) throws SQLException {
        return firstValue("SELECT path FROM origins WHERE document = ?", key);
    }

    /** The key of the document read from {@code path}, or null. */
    String keyOfOrigin(String path) throws SQLException {
        return firstValue("SELECT document FROM origins WHERE path = ? ORDER BY document LIMIT 1", path);
    }

    /** The first column of the first row {@code sql} gives for {@code parameter}, as text; null when there is none. */
    private String firstValue(String sql, String parameter) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** Records that document {@code key} was read from {@code path}. */
    void putOrigin(String key, String path) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO origins (document, path) VALUES (?, ?)")) {
            s.setString(1, key);
            s.setString(2, path);
            s.executeUpdate();
        }
    }

    /** Starts the transaction of one ingest. */
    void begin() throws SQLException {
        entitiesWritten.clear();
        entityRows.clear();
        labels.clear();
        db.setAutoCommit(false);
    }

    /** Commits the ingest and returns the new generation. */
    long commit() throws SQLException {
        long next = generation() + 1;
        try (Statement s = db.createStatement()) {
            // Once per ingest, not per document: the count over every citation is the slow part.
            s.execute("DELETE FROM works");
            s.execute("INSERT INTO works (title, cited) SELECT work, count(*) FROM citations GROUP BY work");
        }
        setMeta("generation", String.valueOf(next));
        db.commit();
        db.setAutoCommit(true);
        return next;
    }

    void rollback() throws SQLException {
        if (!db.getAutoCommit()) {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    /** Replaces document {@code doc} and everything found in it, recording how it was analysed. */
    void put(Analysis doc, Provenance provenance) throws SQLException {
        Chronicle c = doc.chronicle();
        TextView view = c.view();
        try (PreparedStatement del = db.prepareStatement("DELETE FROM documents WHERE key = ?")) {
            del.setString(1, doc.key());
            del.executeUpdate();
        }
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO documents (key, name, sha256, style, option_start, option_regime, option_style, code_points, text, ingested_at,"
                        + " format, authority, authority_packs, biannian_version, title, option_variants)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            s.setString(1, doc.key());
            s.setString(2, c.source().name());
            s.setString(3, doc.sha256());
            s.setString(4, c.style().name());
            s.setString(5, c.options().start());
            s.setString(6, c.options().regime());
            s.setString(7, c.options().style() == null ? null : c.options().style().name());
            s.setInt(8, c.source().length());
            s.setString(9, c.source().text());
            s.setString(10, Instant.now().toString());
            s.setString(11, format(c));
            s.setString(12, provenance.authority());
            s.setString(13, String.join("\n", provenance.packs()));
            s.setString(14, provenance.version());
            s.setString(15, c.options().title()); // the title the user gave; null: the header's, else the file's name
            s.setString(16, c.options().variants().fingerprint());
            s.executeUpdate();
        }
        try (PreparedStatement s = db.prepareStatement("INSERT INTO analyses (document, data) VALUES (?, ?)")) {
            s.setString(1, doc.key());
            s.setBytes(2, AnalysisCodec.encode(doc));
            s.executeUpdate();
        }
        putEntities(doc);
        try (PreparedStatement entry = db.prepareStatement("""
                INSERT INTO entry_rows (id, document, idx, start, end, headline_start, headline_end, headline_text,
                  narrative_start, narrative_end, narrative_text, regime, era, era_year, julian_year, year_how, month, leap,
                  day_ganzhi, date_written, date_inherited, first_jdn, last_jdn, mentions)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""");
             PreparedStatement block = db.prepareStatement("INSERT INTO citation_blocks (entry, start, end, text) VALUES (?,?,?,?)");
             PreparedStatement note = db.prepareStatement("INSERT INTO notes (entry, kind, start, end, text) VALUES (?,?,?,?,?)")) {
            for (Entry e : c.entries()) {
                String id = doc.entryId(e.index());
                int k = 1;
                entry.setString(k++, id);
                entry.setString(k++, doc.key());
                entry.setInt(k++, e.index());
                entry.setInt(k++, e.span().start());
                entry.setInt(k++, e.span().end());
                entry.setInt(k++, e.headline().start());
                entry.setInt(k++, e.headline().end());
                entry.setString(k++, textIfNotTheFiles(view, e.headline()));
                entry.setObject(k++, e.narrative() == null ? null : e.narrative().start());
                entry.setObject(k++, e.narrative() == null ? null : e.narrative().end());
                entry.setString(k++, e.narrative() == null ? null : textIfNotTheFiles(view, e.narrative()));
                entry.setString(k++, e.year().regime());
                entry.setString(k++, e.year().era());
                entry.setObject(k++, e.year().eraYear() == 0 ? null : e.year().eraYear());
                entry.setObject(k++, e.year().julianYear());
                entry.setString(k++, e.year().how().name());
                entry.setInt(k++, e.date().month());
                entry.setInt(k++, e.date().leap() ? 1 : 0);
                entry.setString(k++, e.date().ganzhi() == null ? null : Jdn.ganzhiName(e.date().ganzhi()));
                entry.setString(k++, e.date().written() == null ? null : e.date().written().text());
                entry.setInt(k++, e.date().inherited() ? 1 : 0);
                var resolved = e.date().resolved();
                entry.setObject(k++, resolved == null ? null : resolved.firstJdn());
                entry.setObject(k++, resolved == null ? null : resolved.lastJdn());
                entry.setString(k++, mentionsJson(doc, e));
                entry.addBatch();
                for (Span b : e.citationBlocks()) {
                    block.setString(1, id);
                    block.setInt(2, b.start());
                    block.setInt(3, b.end());
                    block.setString(4, view.viewSlice(b));
                    block.addBatch();
                }
                for (Note n : e.notes()) {
                    note.setString(1, id);
                    note.setString(2, n.kind().name());
                    note.setInt(3, n.span().start());
                    note.setInt(4, n.span().end());
                    note.setString(5, view.viewSlice(n.span()));
                    note.addBatch();
                }
            }
            entry.executeBatch();
            block.executeBatch();
            note.executeBatch();
        }
        putCitations(doc);
        try (PreparedStatement s = db.prepareStatement("""
                INSERT INTO diagnostics (document, entry, code, severity, message, start, end, line, col)
                VALUES (?,?,?,?,?,?,?,?,?)""")) {
            for (Diagnostic d : c.diagnostics()) {
                Entry owner = owner(c.entries(), d.span().start());
                s.setString(1, doc.key());
                s.setString(2, owner == null ? null : doc.entryId(owner.index()));
                s.setString(3, d.code());
                s.setString(4, d.severity().name());
                s.setString(5, d.message());
                s.setInt(6, d.span().start());
                s.setInt(7, d.span().end());
                s.setInt(8, d.position().line());
                s.setInt(9, d.position().column());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The text of {@code span} as read, or null when it is the file's own (the views cut it from the document). */
    private static String textIfNotTheFiles(TextView view, Span span) {
        if (view.isIdentity()) {
            return null;
        }
        String read = view.viewSlice(span);
        return read.equals(view.source().slice(span)) ? null : read;
    }

    /**
     * The mentions of {@code entry} as one compact JSON array (docs/schema.md, view {@code mentions}):
     * {@code [start - entry start, length, type, canonical, entity, found by, text]}, strings as numbers
     * into {@code labels} (0 for none: row numbers start at 1, and a 0 is three bytes shorter than a null),
     * the canonical name 0 when it is the entity's, the text left out when it is the file's.
     */
    private String mentionsJson(Analysis doc, Entry entry) throws SQLException {
        TextView view = doc.chronicle().view();
        StringBuilder json = new StringBuilder("[");
        for (Mention m : IndexedEntries.kept(doc, entry)) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('[').append(m.start() - entry.span().start()).append(',').append(m.end() - m.start())
                    .append(',').append(label(m.type().name())).append(',');
            EntityRow entity = m.id() == null ? null : entityRows.get(m.id());
            json.append(entity == null || !entity.canonical().equals(m.canonical()) ? label(m.canonical()) : 0);
            json.append(',').append(entity == null ? 0 : entity.n());
            json.append(',').append(m.foundBy() == null ? 0 : label(m.foundBy()));
            String text = textIfNotTheFiles(view, m.span());
            if (text != null) {
                json.append(',');
                appendJsonString(json, text);
            }
            json.append(']');
        }
        return json.append(']').toString();
    }

    private static void appendJsonString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\\') {
                json.append('\\').append(ch);
            } else if (ch < 0x20) {
                json.append(String.format("\\u%04x", (int) ch));
            } else {
                json.append(ch);
            }
        }
        json.append('"');
    }

    /** The number of {@code label} in {@code labels}, adding it the first time. */
    private long label(String label) throws SQLException {
        Long known = labels.get(label);
        if (known != null) {
            return known;
        }
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM labels WHERE label = ?")) {
            find.setString(1, label);
            try (ResultSet r = find.executeQuery()) {
                if (r.next()) {
                    labels.put(label, r.getLong(1));
                    return r.getLong(1);
                }
            }
        }
        try (PreparedStatement add = db.prepareStatement("INSERT INTO labels (label) VALUES (?)")) {
            add.setString(1, label);
            add.executeUpdate();
        }
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
            r.next();
            labels.put(label, r.getLong(1));
            return r.getLong(1);
        }
    }

    /** The entry whose span holds {@code offset} (entries are in text order and do not overlap), or null. */
    private static Entry owner(List<Entry> entries, int offset) {
        int low = 0;
        int high = entries.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span span = entries.get(mid).span();
            if (offset < span.start()) {
                high = mid - 1;
            } else if (offset >= span.end()) {
                low = mid + 1;
            } else {
                return entries.get(mid);
            }
        }
        return null;
    }

    private void putCitations(Analysis doc) throws SQLException {
        try (PreparedStatement citation = db.prepareStatement("""
                INSERT OR IGNORE INTO citations (entry, start, end, work, section, juan, small_note, author, as_cited, known)
                VALUES (?,?,?,?,?,?,?,?,?,?)""")) {
            for (Entry e : doc.chronicle().entries()) {
                String id = doc.entryId(e.index());
                for (Citation c : doc.sourcesOf(e).citations()) {
                    citation.setString(1, id);
                    citation.setInt(2, c.span().start());
                    citation.setInt(3, c.span().end());
                    citation.setString(4, c.work());
                    citation.setString(5, c.section());
                    citation.setObject(6, c.juan());
                    citation.setInt(7, c.smallNote() ? 1 : 0);
                    citation.setString(8, c.author());
                    citation.setString(9, c.asCited());
                    citation.setInt(10, c.known() ? 1 : 0);
                    citation.addBatch();
                }
            }
            citation.executeBatch();
        }
    }

    /**
     * Entities and their aliases: authority records replace earlier versions (keeping their row number,
     * which the mention columns refer to); local names are kept as found.
     */
    private void putEntities(Analysis doc) throws SQLException {
        try (PreparedStatement entity = db.prepareStatement("""
                INSERT INTO entities (id, type, canonical, subtype, polity, first_year, last_year, external_id,
                  latitude, longitude, coordinate_precision, coordinate_source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                ON CONFLICT (id) DO UPDATE SET type = excluded.type, canonical = excluded.canonical, subtype = excluded.subtype,
                  polity = excluded.polity, first_year = excluded.first_year, last_year = excluded.last_year,
                  external_id = excluded.external_id, latitude = excluded.latitude, longitude = excluded.longitude,
                  coordinate_precision = excluded.coordinate_precision, coordinate_source = excluded.coordinate_source""");
             PreparedStatement local = db.prepareStatement("INSERT OR IGNORE INTO entities (id, type, canonical) VALUES (?,?,?)");
             PreparedStatement alias = db.prepareStatement("""
                INSERT OR REPLACE INTO aliases (entity, name, kind, first_year, last_year, source) VALUES (?,?,?,?,?,?)""")) {
            for (Mention m : doc.mentions()) {
                if (m.id() == null || m.type() == MentionType.DATE || !entitiesWritten.add(m.id())) {
                    continue;
                }
                AuthorityRecord r = doc.records().get(m.id());
                String type = m.type() == MentionType.ROLE ? MentionType.PER.name() : m.type().name();
                if (r == null) {
                    local.setString(1, m.id());
                    local.setString(2, type);
                    local.setString(3, m.canonical());
                    local.addBatch();
                    continue;
                }
                int k = 1;
                entity.setString(k++, r.id());
                entity.setString(k++, type);
                entity.setString(k++, r.canonical());
                entity.setString(k++, r.subtype());
                entity.setString(k++, r.polity());
                entity.setObject(k++, r.firstYear() == 0 ? null : r.firstYear());
                entity.setObject(k++, r.lastYear() == 0 ? null : r.lastYear());
                entity.setString(k++, r.externalId());
                Coordinates c = r.coordinates();
                entity.setObject(k++, c == null ? null : c.latitude());
                entity.setObject(k++, c == null ? null : c.longitude());
                entity.setString(k++, c == null ? null : c.precision());
                entity.setString(k++, c == null ? null : c.source());
                entity.addBatch();
                for (Name n : r.names()) {
                    alias.setString(1, r.id());
                    alias.setString(2, n.text());
                    alias.setString(3, n.kind());
                    alias.setObject(4, n.firstYear() == 0 ? null : n.firstYear());
                    alias.setObject(5, n.lastYear() == 0 ? null : n.lastYear());
                    alias.setString(6, n.source());
                    alias.addBatch();
                }
            }
            entity.executeBatch();
            local.executeBatch();
            alias.executeBatch();
        }
        try (PreparedStatement find = db.prepareStatement("SELECT n, canonical FROM entities WHERE id = ?")) {
            for (Mention m : doc.mentions()) {
                if (m.id() != null && m.type() != MentionType.DATE && !entityRows.containsKey(m.id())) {
                    find.setString(1, m.id());
                    try (ResultSet r = find.executeQuery()) {
                        if (r.next()) {
                            entityRows.put(m.id(), new EntityRow(r.getLong(1), r.getString(2)));
                        }
                    }
                }
            }
        }
    }

    /** An entity's row number and canonical name, as the mention columns refer to it. */
    private record EntityRow(long n, String canonical) {
    }

    /** Every stored document with its record and analysis (only those without an analysis if {@code unanalysed}), in key order. */
    List<StoredDocument> documents(boolean unanalysed) throws SQLException {
        List<StoredDocument> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT " + RECORD_COLUMNS + ", text, a.data FROM documents d"
                     + " LEFT JOIN analyses a ON a.document = d.key" + (unanalysed ? " WHERE a.document IS NULL" : "")
                     + " ORDER BY key")) {
            while (r.next()) {
                out.add(new StoredDocument(record(r), r.getString(13), r.getBytes(14)));
            }
        }
        return out;
    }

    /** The record of every stored document (text aside), by key in key order. */
    java.util.SortedMap<String, DocumentRecord> records() throws SQLException {
        java.util.SortedMap<String, DocumentRecord> out = new java.util.TreeMap<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT " + RECORD_COLUMNS + " FROM documents")) {
            while (r.next()) {
                DocumentRecord d = record(r);
                out.put(d.key(), d);
            }
        }
        return out;
    }

    private static final String RECORD_COLUMNS =
            "key, name, sha256, option_start, option_regime, option_style, format, authority, authority_packs, biannian_version, title,"
                    + " option_variants";

    private static DocumentRecord record(ResultSet r) throws SQLException {
        String style = r.getString(6);
        String packs = r.getString(9);
        return new DocumentRecord(r.getString(1), r.getString(2), r.getString(3),
                new ParseOptions(r.getString(4), r.getString(5), style == null ? null : Chronicle.Style.valueOf(style),
                        storedFormat(r.getString(7)), null, r.getString(11)),
                r.getString(7),
                new Provenance(r.getString(8), packs == null || packs.isEmpty() ? List.of() : List.of(packs.split("\n")),
                        r.getString(10)),
                r.getString(11), r.getString(12));
    }

    /** The form a document was read in, as recorded; null (detect again) for a form this Biannian does not name. */
    private static org.biannian.text.TextFormat storedFormat(String recorded) {
        try {
            return recorded == null ? null : org.biannian.text.TextFormat.named(recorded);
        } catch (IllegalArgumentException e) {
            return null; // libraries of this session's first schema 2 wrote "text"
        }
    }

    /** The form the text was read in: as the options forced it, or as detected. */
    static String format(org.biannian.annals.Chronicle chronicle) {
        return format(chronicle.source(), chronicle.options().format());
    }

    /** The form {@code text} is read in with {@code forced} (null: detected), as a library records it. */
    public static String format(org.biannian.text.SourceText text, org.biannian.text.TextFormat forced) {
        return String.valueOf(forced != null ? forced : org.biannian.text.TextFormat.detect(text));
    }

    /** The entries of {@code documents} (all when null), for the search index, in document and text order. */
    List<IndexedEntry> entriesForIndex(java.util.Collection<String> documents) throws SQLException {
        List<IndexedEntry> out = new ArrayList<>();
        String where = documents == null ? "" : "WHERE e.document IN (" + String.join(",", java.util.Collections.nCopies(documents.size(), "?")) + ")";
        java.util.Map<String, java.util.Map<String, java.util.Set<String>>> facets = facets(documents, where);
        String byDocument = documents == null ? "" : "WHERE key IN (" + String.join(",", java.util.Collections.nCopies(documents.size(), "?")) + ")";
        try (PreparedStatement texts = db.prepareStatement("SELECT key, name, text FROM documents " + byDocument + " ORDER BY key");
             PreparedStatement rows = db.prepareStatement("SELECT e.idx, e.regime, e.first_jdn, e.last_jdn, " + TextSpans.COLUMNS
                     + " FROM entry_rows e WHERE e.document = ? ORDER BY e.idx")) {
            bind(texts, documents);
            try (ResultSet d = texts.executeQuery()) {
                while (d.next()) {
                    // Slices are cut here, not by the entries view: substr walks a long document from its start.
                    org.biannian.text.SourceText text = org.biannian.text.SourceText.of(d.getString(2), d.getString(3));
                    rows.setString(1, d.getString(1));
                    try (ResultSet r = rows.executeQuery()) {
                        while (r.next()) {
                            TextSpans e = TextSpans.read(r, 5);
                            out.add(new IndexedEntry(e.id(), d.getString(1), r.getInt(1), e.headline(text), e.narrative(text),
                                    e.citations(), r.getString(2), (Integer) r.getObject(3), (Integer) r.getObject(4),
                                    facets.getOrDefault(e.id(), java.util.Map.of())));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The searchable texts ({@link EntryText}) of entries {@code ids}, by id, for the snippets of the hits shown;
     * an id the library does not hold is left out. Each document's text is read once and cut here: the
     * {@code entries} view's {@code substr} would read the whole document again for every hit.
     */
    java.util.Map<String, String> entryTexts(List<String> ids) throws SQLException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        java.util.Map<String, List<TextSpans>> byDocument = new java.util.TreeMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT e.document, " + TextSpans.COLUMNS
                + " FROM entry_rows e WHERE e.id IN (%s)".formatted(String.join(",", java.util.Collections.nCopies(ids.size(), "?"))))) {
            for (int i = 0; i < ids.size(); i++) {
                s.setString(i + 1, ids.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byDocument.computeIfAbsent(r.getString(1), d -> new ArrayList<>()).add(TextSpans.read(r, 2));
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement("SELECT name, text FROM documents WHERE key = ?")) {
            for (var document : byDocument.entrySet()) {
                s.setString(1, document.getKey());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        org.biannian.text.SourceText text = org.biannian.text.SourceText.of(r.getString(1), r.getString(2));
                        for (TextSpans e : document.getValue()) {
                            out.put(e.id(), EntryText.join(e.headline(text), e.narrative(text), e.citations()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Where an entry's text is: its headline's and narrative's spans of the document, and their text where
     * it was stored because the text as read differs from the file's; the citation blocks' text.
     */
    private record TextSpans(String id, int headlineStart, int headlineEnd, String headlineText, Integer narrativeStart,
                             Integer narrativeEnd, String narrativeText, String citations) {

        static final String COLUMNS = "e.id, e.headline_start, e.headline_end, e.headline_text, e.narrative_start, e.narrative_end,"
                + " e.narrative_text, (SELECT group_concat(text, '') FROM citation_blocks b WHERE b.entry = e.id)";

        static TextSpans read(ResultSet r, int first) throws SQLException {
            return new TextSpans(r.getString(first), r.getInt(first + 1), r.getInt(first + 2), r.getString(first + 3),
                    (Integer) r.getObject(first + 4), (Integer) r.getObject(first + 5), r.getString(first + 6),
                    r.getString(first + 7));
        }

        String headline(org.biannian.text.SourceText text) {
            return headlineText != null ? headlineText : text.slice(headlineStart, headlineEnd);
        }

        String narrative(org.biannian.text.SourceText text) {
            return narrativeStart == null ? null : narrativeText != null ? narrativeText : text.slice(narrativeStart, narrativeEnd);
        }
    }

    private static void bind(PreparedStatement s, java.util.Collection<String> documents) throws SQLException {
        int k = 1;
        for (String d : documents == null ? List.<String>of() : documents) {
            s.setString(k++, d);
        }
    }

    /**
     * What each entry of {@code documents} (all when null) can be filtered by, in one pass over the
     * mentions and one over the citations: for each mentioned entity its id, canonical name and every
     * alias (so {@code --person 繼遷} finds 李繼遷), by type; and the works it cites.
     */
    private java.util.Map<String, java.util.Map<String, java.util.Set<String>>> facets(java.util.Collection<String> documents,
                                                                                     String where) throws SQLException {
        java.util.Map<String, java.util.Map<String, java.util.Set<String>>> facets = new java.util.HashMap<>();
        String and = where.isEmpty() ? "WHERE" : where + " AND";
        try (PreparedStatement s = db.prepareStatement("""
                SELECT e.id, t.label, n.id, coalesce(c.label, n.canonical), a.name
                FROM entry_rows e JOIN json_each(e.mentions) j
                  JOIN labels t ON t.id = json_extract(j.value, '$[2]')
                  JOIN entities n ON n.n = json_extract(j.value, '$[4]')
                  LEFT JOIN labels c ON c.id = nullif(json_extract(j.value, '$[3]'), 0)
                  LEFT JOIN aliases a ON a.entity = n.id
                %s t.label <> 'DATE'""".formatted(and))) {
            bind(s, documents);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String type = r.getString(2).equals("ROLE") ? "PER" : r.getString(2);
                    java.util.Set<String> values = facets.computeIfAbsent(r.getString(1), e -> new java.util.HashMap<>())
                            .computeIfAbsent(type, t -> new java.util.TreeSet<>());
                    values.add(r.getString(3));
                    values.add(r.getString(4));
                    if (r.getString(5) != null) {
                        values.add(r.getString(5));
                    }
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement(
                "SELECT c.entry, c.work, c.section FROM entry_rows e JOIN citations c ON c.entry = e.id " + where)) {
            bind(s, documents);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    java.util.Set<String> works = facets.computeIfAbsent(r.getString(1), e -> new java.util.HashMap<>())
                            .computeIfAbsent("WORK", t -> new java.util.TreeSet<>());
                    works.add(r.getString(2));
                    if (r.getString(3) != null) {
                        works.add(r.getString(2) + "·" + r.getString(3));
                    }
                }
            }
        }
        return facets;
    }

    private String meta(String key) throws SQLException {
        return firstValue("SELECT value FROM meta WHERE key = ?", key);
    }

    private void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }

    Connection connection() {
        return db;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
