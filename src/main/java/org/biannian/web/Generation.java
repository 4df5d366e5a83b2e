package org.biannian.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.biannian.library.IndexSnapshot;
import org.biannian.parallels.Parallel;

/**
 * One generation of the library as served: the model built from its stored documents and the search
 * index of the same generation, switched together. Reference counted: the server holds the current
 * one, each request holds the one it started with until it ends, so an ingest meanwhile never
 * changes (or closes) what a request reads.
 *
 * @param number the library generation (committed ingests), -1 when unknown
 * @param index  the index of that generation, or null for a library never ingested into
 */
record Generation(long number, ReaderModel model, IndexSnapshot index, List<Parallel> parallels, AtomicInteger holders)
        implements AutoCloseable {

    private static final String ATTRIBUTE = "biannian.generation";

    /** @param parallels the parallels the library stored at ingest for this generation (empty for a library older than them) */
    Generation(long number, ReaderModel model, IndexSnapshot index, List<Parallel> parallels) {
        this(number, model, index, List.copyOf(parallels), new AtomicInteger(1));
    }

    /** The generation the request in {@code ctx} reads. */
    static Generation of(Context ctx) {
        Generation g = ctx.attribute(ATTRIBUTE);
        if (g == null) {
            throw new IllegalStateException("no generation attached to " + ctx.path());
        }
        return g;
    }

    /** Attaches this generation to the request in {@code ctx}. */
    void attach(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    /** One more holder, who must {@link #close}. */
    Generation retain() {
        holders.updateAndGet(n -> {
            if (n <= 0) {
                throw new IllegalStateException("generation " + number + " already released");
            }
            return n + 1;
        });
        return this;
    }

    @Override
    public void close() {
        if (holders.decrementAndGet() == 0 && index != null) {
            index.close();
        }
    }
}
