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
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
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
                // Rebuild only when no writer works: a writer commits the index itself, and readers
                // meanwhile read the last committed index, one generation behind but whole.
                try (IngestLock lock = IngestLock.tryAcquire(folder)) {
                    if (lock != null) {
                        library.catchUp();
                    }
                }
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
     * are skipped. All or nothing: on failure the library is as it was. The documents are recorded
     * as analysed in an unknown way, so the next ingest through the facade analyses them again.
     *
     * @param stored called after each document is written, for progress reports
     */
    public IngestReport ingest(List<Analysis> documents, Consumer<Analysis> stored) {
        return ingest(documents, Provenance.UNKNOWN, false, stored);
    }

    /**
     * Stores {@code documents} analysed as {@code provenance} says, replacing earlier versions. A
     * document already stored with the same content, options, format and provenance is skipped
     * unless {@code force}; one stored differently is replaced, and the report says why. All or
     * nothing: on failure the library is as it was.
     *
     * @param stored called after each document is written, for progress reports
     */
    public IngestReport ingest(List<Analysis> documents, Provenance provenance, boolean force, Consumer<Analysis> stored) {
        return ingest(documents, provenance, force, Map.of(), stored, () -> { });
    }

    /**
     * As {@link #ingest(List, Provenance, boolean, Consumer)}, one writer at a time: {@code waiting} is
     * called before waiting for another program's (or thread's) ingest into this folder to finish.
     */
    public IngestReport ingest(List<Analysis> documents, Provenance provenance, boolean force, Consumer<Analysis> stored,
                               Runnable waiting) {
        return ingest(documents, provenance, force, Map.of(), stored, waiting);
    }

    /**
     * As {@link #ingest(List, Provenance, boolean, Consumer, Runnable)} for documents read from files,
     * recording each one's file, so that {@link #keyFor} keeps document ids unique across folders.
     *
     * @param origins the file each document (by its key) was read from; documents without one get none
     */
    public IngestReport ingest(Iterable<Analysis> documents, Provenance provenance, boolean force, Map<String, Path> origins,
                               Consumer<Analysis> stored, Runnable waiting) {
        try (IngestLock lock = IngestLock.acquire(folder, waiting)) {
            catchUp();
            return write(documents, provenance, force, origins, stored);
        } catch (IOException | SQLException e) {
            throw new LibraryException("ingest into " + folder + " failed, library unchanged: " + e.getMessage(), e);
        }
    }

    /** Rebuilds the index if a crash left it behind the database; the caller holds the writer's lock. */
    private void catchUp() throws IOException, SQLException {
        if (index.generation() != store.generation()) {
            index.rebuild(store.entriesForIndex(null), store.generation());
        }
    }

    /**
     * Stores {@code documents} in one transaction, taking each from the iterable only when the one before is
     * written, so that an ingest holds one document's analysis at a time (and the entries' text for the index).
     */
    private IngestReport write(Iterable<Analysis> documents, Provenance provenance, boolean force, Map<String, Path> origins,
                               Consumer<Analysis> stored) {
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, String> reanalysed = new LinkedHashMap<>();
        List<IndexedEntry> indexed = new ArrayList<>();
        int entries = 0;
        long codePoints = 0;
        try {
            store.begin();
            Map<String, DocumentRecord> records = store.records();
            for (Analysis doc : documents) {
                Path file = origins.get(doc.key());
                DocumentRecord before = records.get(doc.key());
                java.util.Optional<String> why = before == null ? java.util.Optional.of("new")
                        : before.change(doc.sha256(), doc.chronicle().options(), Store.format(doc.chronicle()),
                        provenance);
                if (why.isEmpty() && !force) {
                    if (file != null) {
                        store.putOrigin(doc.key(), origin(file));
                    }
                    unchanged.add(doc.key());
                    continue;
                }
                if (before != null && before.sha256().equals(doc.sha256())) {
                    reanalysed.put(doc.key(), why.orElse("forced"));
                }
                store.put(doc, provenance);
                if (file != null) {
                    store.putOrigin(doc.key(), origin(file)); // put() replaced the document and with it its origin
                }
                changed.add(doc.key());
                indexed.addAll(IndexedEntries.of(doc)); // as stored: Store.entriesForIndex gives the same
                entries += doc.chronicle().entries().size();
                codePoints += doc.chronicle().source().length();
                stored.accept(doc);
            }
            long generation = store.commit();
            if (!changed.isEmpty()) {
                index.replace(changed, indexed, generation);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                store.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new LibraryException("ingest into " + folder + " failed, library unchanged: " + e.getMessage(), e);
        }
        return new IngestReport(changed, unchanged, entries, codePoints, reanalysed);
    }

    /**
     * The key under which to store the document read from {@code file}, whose own key (its name) is
     * {@code own}: the key of the document read from the same file before; failing that {@code own},
     * unless a document read from another file holds it, and then the first free {@code own-2},
     * {@code own-3}…, so that {@code d2/chron.txt} never replaces {@code d1/chron.txt}. Keys in
     * {@code taken} (given to other files of the same ingest) are passed over.
     */
    public String keyFor(Path file, String own, Set<String> taken) {
        String origin = origin(file);
        try {
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
        } catch (SQLException e) {
            throw new LibraryException("cannot read library " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A file's identity in a library: its absolute path, links resolved where the file exists. */
    private static String origin(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize().toString();
        }
    }

    /** The form {@code text} is read in with {@code forced} (null: detected), as a library records it. */
    public static String format(org.biannian.text.SourceText text, org.biannian.text.TextFormat forced) {
        return Store.format(text, forced);
    }

    /** The record of every stored document (its text aside), by key in key order. */
    public SortedMap<String, DocumentRecord> records() {
        try {
            return store.records();
        } catch (SQLException e) {
            throw new LibraryException("cannot read library " + folder + ": " + e.getMessage(), e);
        }
    }

    /** What a library holds at one generation: the generation and its documents, read in one transaction. */
    public record Contents(long generation, List<StoredDocument> documents) {
    }

    /** The documents and generation of the last committed ingest, read together. */
    public Contents contents() {
        try {
            return store.contents();
        } catch (SQLException e) {
            throw new LibraryException("cannot read library " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The last committed generation of the search index, held until closed (reference counted), or
     * null for a library never ingested into.
     */
    public IndexSnapshot snapshot() {
        try {
            return index.snapshot();
        } catch (IOException e) {
            throw new LibraryException("cannot open the index of " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Every document in the library, in key order, with the options it was read with. */
    public List<StoredDocument> documents() {
        try {
            return store.documents(false);
        } catch (SQLException e) {
            throw new LibraryException("cannot read library " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The documents stored without their analysis (by a Biannian older than schema 3), in key order. */
    public List<StoredDocument> documentsWithoutAnalysis() {
        try {
            return store.documents(true);
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

    /**
     * Replaces the stored parallels of each chronicle in {@code byChronicle} (key → its parallels), in one
     * transaction: all or nothing.
     */
    public void putParallels(java.util.Map<String, List<org.biannian.parallels.Parallel>> byChronicle) {
        try {
            store.begin();
            for (var e : byChronicle.entrySet()) {
                ParallelRows.put(store.connection(), e.getKey(), e.getValue());
            }
            store.connection().commit();
        } catch (SQLException | RuntimeException e) {
            try {
                store.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new LibraryException("cannot store parallels in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The stored parallels of chronicle {@code chronicle} (of every chronicle when null), in entry order; empty if none. */
    public List<org.biannian.parallels.Parallel> parallels(String chronicle) {
        try {
            return ParallelRows.read(store.connection(), chronicle);
        } catch (SQLException e) {
            throw new LibraryException("cannot read library " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Entries matching {@code query}, best first (or in chronicle order when the query has no words). */
    public SearchResults search(SearchQuery query) {
        try {
            return index.search(query, this::storedTexts);
        } catch (IOException e) {
            throw new LibraryException("cannot search library " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The searchable texts of entries {@code ids} as stored (the index keeps none), by id; an unknown id is left out. */
    private Map<String, String> storedTexts(List<String> ids) {
        try {
            return store.entryTexts(ids);
        } catch (SQLException e) {
            throw new LibraryException("cannot read library " + folder + ": " + e.getMessage(), e);
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
