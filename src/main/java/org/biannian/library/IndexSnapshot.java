package org.biannian.library;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;

/**
 * One committed generation of the search index, open for as long as anyone holds it. Reference
 * counted: {@link #retain} for each further holder (a search running on another thread), {@link #close}
 * once per holder; the searcher goes back to Lucene when the last lets go, never while a search runs.
 */
public final class IndexSnapshot implements AutoCloseable {

    /** How the searcher goes back to its manager. */
    interface Release {
        void release() throws IOException;
    }

    private final long generation;
    private final IndexSearcher searcher;
    private final Release release;
    private final AtomicInteger holders = new AtomicInteger(1);

    IndexSnapshot(long generation, IndexSearcher searcher, Release release) {
        this.generation = generation;
        this.searcher = searcher;
        this.release = release;
    }

    /** The library generation (committed ingests) this index was built from. */
    public long generation() {
        return generation;
    }

    /** One more holder; each must {@link #close}. Fails if the snapshot was already let go. */
    public IndexSnapshot retain() {
        holders.updateAndGet(n -> {
            if (n <= 0) {
                throw new IllegalStateException("index snapshot of generation " + generation + " already released");
            }
            return n + 1;
        });
        return this;
    }

    /**
     * Entries of this generation matching {@code query}.
     *
     * @param texts the searchable texts ({@link EntryText}) of the given entries, by id, of the same
     *              generation, for the snippets (the index stores no text); an entry left out gets an
     *              empty snippet
     */
    public SearchResults search(SearchQuery query, Function<List<String>, Map<String, String>> texts) {
        if (holders.get() <= 0) {
            throw new IllegalStateException("index snapshot of generation " + generation + " already released");
        }
        try {
            return EntryIndex.search(searcher, query, texts);
        } catch (IOException e) {
            throw new LibraryException("cannot search: " + e.getMessage(), e);
        }
    }

    /** How many hold it now (for tests of the reference counting). */
    int holders() {
        return holders.get();
    }

    @Override
    public void close() {
        if (holders.decrementAndGet() == 0) {
            try {
                release.release();
            } catch (IOException e) {
                throw new LibraryException("cannot release an index snapshot: " + e.getMessage(), e);
            }
        }
    }
}
