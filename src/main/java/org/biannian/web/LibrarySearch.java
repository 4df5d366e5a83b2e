package org.biannian.web;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.biannian.library.Library;
import org.biannian.library.SearchQuery;
import org.biannian.library.SearchResults;

/** The library's search run on the server's search threads, abandoned with 503 past its deadline. */
final class LibrarySearch {

    private final Library library;
    private final ExecutorService searches;

    LibrarySearch(Library library, ExecutorService searches) {
        this.library = library;
        this.searches = searches;
    }

    SearchResults run(SearchQuery query) {
        Future<SearchResults> running = searches.submit(() -> library.search(query));
        try {
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
