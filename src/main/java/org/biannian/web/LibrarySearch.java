package org.biannian.web;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.biannian.library.IndexSnapshot;
import org.biannian.library.SearchQuery;
import org.biannian.library.SearchResults;

/**
 * The search of a request's generation, run on the server's search threads. The running search
 * holds its own reference to the index, so an abandoned one finishing late never searches a closed
 * reader. A search that finds the waiting queue full is refused at once with 503; one that runs past
 * its deadline is abandoned with 503. The deadline counts from when the search starts running, not
 * from when it was queued, so a burst of requests on a loaded machine waits its turn instead of
 * failing by the clock.
 */
final class LibrarySearch {

    private final ExecutorService searches;

    LibrarySearch(ExecutorService searches) {
        this.searches = searches;
    }

    SearchResults run(Generation generation, SearchQuery query) {
        if (generation.index() == null) {
            return new SearchResults(0, List.of());
        }
        IndexSnapshot index = generation.index().retain();
        // Whoever comes first, the task or a cancellation before it started, releases the reference.
        AtomicBoolean claimed = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        Future<SearchResults> running;
        try {
            running = searches.submit(() -> {
                started.countDown();
                if (claimed.getAndSet(true)) {
                    return null;
                }
                try (index) {
                    return index.search(query, generation.model()::searchTexts);
                }
            });
        } catch (RejectedExecutionException e) {
            index.close();
            throw ApiProblem.unavailable("too many searches are waiting; try again in a moment");
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        try {
            started.await();
            return running.get(Api.SEARCH_DEADLINE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            if (!claimed.getAndSet(true)) {
                index.close();
            }
            throw ApiProblem.unavailable("the search took longer than " + Api.SEARCH_DEADLINE_MS + " ms; narrow it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
