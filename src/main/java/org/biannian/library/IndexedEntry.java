package org.biannian.library;

import java.util.Map;
import java.util.Set;

/**
 * What the search index holds of one entry: its text, its date range, and its facets: for each
 * mention type (PER, PLACE, OFFICE, POLITY, GROUP) and WORK, the ids and names it can be filtered by.
 */
record IndexedEntry(String id, String document, int index, String headline, String narrative, String citations,
                    String regime, Integer firstJdn, Integer lastJdn, Map<String, Set<String>> facets) {

    /** The searchable text ({@link EntryText}): headline, narrative and citations, one per line. */
    String text() {
        return EntryText.join(headline, narrative, citations);
    }
}
