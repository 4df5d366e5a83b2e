package org.biannian.web;

import java.util.List;
import org.biannian.Biannian;
import org.biannian.library.Analysis;
import org.biannian.library.IndexSnapshot;
import org.biannian.library.Library;
import org.biannian.sources.SourceIndex;

/**
 * The generation served now, and the switch to a newer one. {@link #refresh} moves to the last
 * committed generation only when the index and the documents read agree on it (an ingest commits
 * the database first, then the index: in between, the server keeps the older generation, whole).
 * The old generation goes when its last request ends.
 */
final class Generations implements AutoCloseable {

    private final Biannian biannian;
    private final Library library;
    private Generation current;

    private Generations(Biannian biannian, Library library, Generation first) {
        this.biannian = biannian;
        this.library = library;
        this.current = first;
    }

    /** Serves {@code analyses}, which are what {@code library} holds now (just ingested or read). */
    static Generations of(Biannian biannian, Library library, List<Analysis> analyses) {
        IndexSnapshot index = library.snapshot();
        return new Generations(biannian, library, new Generation(index == null ? -1 : index.generation(), model(biannian, analyses), index,
                library.parallels(null)));
    }

    /** Serves what {@code library} holds, read from its rows' inputs. */
    static Generations of(Biannian biannian, Library library) {
        IndexSnapshot index = library.snapshot();
        Library.Contents contents = library.contents();
        try {
            return new Generations(biannian, library,
                    new Generation(contents.generation(), model(biannian, biannian.stored(library, contents)), index,
                            library.parallels(null)));
        } catch (RuntimeException e) {
            if (index != null) {
                index.close();
            }
            throw e;
        }
    }

    static ReaderModel model(Biannian biannian, List<Analysis> analyses) {
        return ReaderModel.of(analyses, biannian.authority(), a -> SourceIndex.build(a.sources()));
    }

    /** The generation to read for one request; the caller closes it when the request ends. */
    synchronized Generation acquire() {
        return current.retain();
    }

    /**
     * Switches to the library's last committed generation if it is newer than the one served and its
     * index and documents agree; returns whether it switched.
     */
    boolean refresh() {
        long served;
        synchronized (this) {
            served = current.number();
        }
        IndexSnapshot index = library.snapshot();
        if (index == null || index.generation() == served) {
            if (index != null) {
                index.close();
            }
            return false;
        }
        Generation next;
        try {
            Library.Contents contents = library.contents();
            if (contents.generation() != index.generation()) {
                index.close(); // a writer is between its two commits: keep the whole older generation
                return false;
            }
            next = new Generation(contents.generation(), model(biannian, biannian.stored(library, contents)), index,
                            library.parallels(null));
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        Generation old;
        synchronized (this) {
            old = current;
            current = next;
        }
        old.close();
        return true;
    }

    @Override
    public synchronized void close() {
        current.close();
    }
}
