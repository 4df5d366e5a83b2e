package org.biannian.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A library folder: {@code biannian.sqlite} (the records, for SQL and other tools) and
 * {@code index/} (Lucene, for search), kept in step.
 *
 * <p>An ingest is one SQLite transaction; the index is committed after it with the database's
 * generation number. A crash before the database commit leaves both as they were; a crash after
 * it leaves the index one generation behind, and the next {@link #open} rebuilds it from the
 * database. So the library is never seen half-written.
 */
public final class Library implements AutoCloseable {

    /** The folder used when none is given. */
    public static final String DEFAULT_FOLDER = "biannian-library";

    private final Path folder;
    private final Store store;
    private final EntryIndex index;

    private Library(Path folder, Store store, EntryIndex index) {
        this.folder = folder;
        this.store = store;
        this.index = index;
    }

    /**
     * Opens the library in {@code folder}, creating it if needed, and rebuilds the index if it lags
     * the database.
     *
     * @throws LibraryException if the folder cannot be used (another schema version, not writable)
     */
    public static Library open(Path folder) {
        Store store = null;
        try {
            Files.createDirectories(folder);
            store = Store.open(folder);
            EntryIndex index = EntryIndex.open(folder);
            Library library = new Library(folder, store, index);
            if (index.generation() != store.generation()) {
                index.rebuild(store.entriesForIndex(null), store.generation());
            }
            return library;
        } catch (IOException | SQLException e) {
            closeQuietly(store);
            throw new LibraryException("cannot open library " + folder + ": " + e.getMessage(), e);
        } catch (LibraryException e) {
            closeQuietly(store);
            throw e;
        }
    }

    public Path folder() {
        return folder;
    }

    /** Whether the library holds document {@code key} stored from content with this SHA-256. */
    public boolean holds(String key, String sha256) {
        try {
            return sha256.equals(store.sha256(key));
        } catch (SQLException e) {
            throw new LibraryException("cannot read library " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores {@code documents}, replacing earlier versions; documents whose content is unchanged
     * are skipped. All or nothing: on failure the library is as it was.
     *
     * @param stored called after each document is written, for progress reports
     */
    public IngestReport ingest(List<Analysis> documents, Consumer<Analysis> stored) {
        return ingest(documents, Map.of(), stored);
    }

    /**
     * Stores {@code documents} read from files, as {@link #ingest(List, Consumer)} does, keeping
     * document ids unique: a document takes the key of the document read from the same file before;
     * failing that its own key, unless a document read from another file holds it, in which case it
     * gets the first free {@code key-2}, {@code key-3}… (reported in {@link IngestReport#rekeyed()}),
     * so that {@code d2/chron.txt} never replaces {@code d1/chron.txt}.
     *
     * @param origins the file each document (by its key) was read from; documents without one are
     *                stored under their own key
     */
    public IngestReport ingest(List<Analysis> documents, Map<String, Path> origins, Consumer<Analysis> stored) {
        Map<String, String> rekeyed = new LinkedHashMap<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        int entries = 0;
        long codePoints = 0;
        try {
            store.begin();
            Set<String> taken = new HashSet<>();
            for (Analysis proposed : documents) {
                Path file = origins.get(proposed.key());
                String origin = file == null ? null : origin(file);
                String key = origin == null ? proposed.key() : keyFor(origin, proposed.key(), taken);
                taken.add(key);
                Analysis doc = proposed;
                if (!key.equals(proposed.key())) {
                    doc = new Analysis(key, proposed.sha256(), proposed.chronicle(), proposed.mentions(), proposed.sources(),
                            proposed.records());
                    rekeyed.put(file.toString(), key);
                }
                if (doc.sha256().equals(store.sha256(doc.key()))) {
                    if (origin != null) {
                        store.putOrigin(key, origin);
                    }
                    unchanged.add(doc.key());
                    continue;
                }
                store.put(doc);
                if (origin != null) {
                    store.putOrigin(key, origin);
                }
                changed.add(doc.key());
                entries += doc.chronicle().entries().size();
                codePoints += doc.chronicle().source().length();
                stored.accept(doc);
            }
            long generation = store.commit();
            if (!changed.isEmpty()) {
                index.replace(changed, store.entriesForIndex(changed), generation);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                store.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new LibraryException("ingest into " + folder + " failed, library unchanged: " + e.getMessage(), e);
        }
        return new IngestReport(changed, unchanged, entries, codePoints, rekeyed);
    }

    /** A file's identity in a library: its absolute path, links resolved where the file exists. */
    private static String origin(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize().toString();
        }
    }

    /** The key for the document read from {@code origin}, whose own key is {@code own}. */
    private String keyFor(String origin, String own, Set<String> taken) throws SQLException {
        String before = store.keyOfOrigin(origin);
        if (before != null && !taken.contains(before)) {
            return before;
        }
        for (int n = 1; ; n++) {
            String key = n == 1 ? own : own + "-" + n;
            if (taken.contains(key)) {
                continue;
            }
            if (!store.holdsKey(key)) {
                return key;
            }
            String holder = store.originOf(key);
            // A document stored before origins were recorded is taken to be this file's earlier version.
            if (holder == null || holder.equals(origin)) {
                return key;
            }
        }
    }

    /** Every document in the library, in key order, with the options it was read with. */
    public List<StoredDocument> documents() {
        try {
            return store.documents();
        } catch (SQLException e) {
            throw new LibraryException("cannot read library " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Empty when some entry names {@code value} as a {@code facet} (per, place, office, polity, work,
     * regime); otherwise the names the library has that are nearest it, for a "did you mean" message.
     */
    public java.util.Optional<List<String>> nearestIfUnknown(String facet, String value) {
        try {
            return index.nearestIfUnknown(facet, value, 5);
        } catch (IOException e) {
            throw new LibraryException("cannot search library " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Entries matching {@code query}, best first (or in chronicle order when the query has no words). */
    public SearchResults search(SearchQuery query) {
        try {
            return index.search(query);
        } catch (IOException e) {
            throw new LibraryException("cannot search library " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
            store.close();
        } catch (IOException | SQLException e) {
            throw new LibraryException("cannot close library " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }
}
