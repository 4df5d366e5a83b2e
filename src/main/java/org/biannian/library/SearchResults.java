package org.biannian.library;

import java.util.List;

/** A page of search results and the total number of entries that matched. */
public record SearchResults(long total, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
