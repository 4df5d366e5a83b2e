package org.biannian.web;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.biannian.library.Library;
import org.biannian.library.SearchQuery;
import org.biannian.library.SearchResults;

/**
 * The library's search run on the server's search threads. A search that finds the waiting queue
 * full is refused at once with 503; one that runs past its deadline is abandoned with 503. The
 * deadline counts from when the search starts running, not from when it was queued, so a burst of
 * requests on a loaded machine waits its turn instead of failing by the clock.
 */
final class LibrarySearch {

    private final Library library;
    private final ExecutorService searches;

    LibrarySearch(Library library, ExecutorService searches) {
        this.library = library;
        this.searches = searches;
    }

    SearchResults run(SearchQuery query) {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Future<SearchResults> running;
        try {
            running = searches.submit(() -> {
                started.countDown();
                return library.search(query);
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw ApiProblem.unavailable("too many searches are waiting; try again in a moment");
        }
        try {
            started.await();
            return running.get(Api.SEARCH_DEADLINE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw ApiProblem.unavailable("the search took longer than " + Api.SEARCH_DEADLINE_MS + " ms; narrow it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
