package org.biannian.library;

import java.util.List;

/** What the search index holds of one entry: its text, its facets and its date range. */
record IndexedEntry(String id, String document, int index, String headline, String narrative, String citations,
                    String regime, Integer firstJdn, Integer lastJdn,
                    List<String> persons, List<String> places, List<String> works) {

    /** The searchable text: headline, narrative and citations, one per line. */
    String text() {
        StringBuilder b = new StringBuilder(headline);
        if (narrative != null) {
            b.append('\n').append(narrative);
        }
        if (citations != null) {
            b.append('\n').append(citations);
        }
        return b.toString();
    }
}
