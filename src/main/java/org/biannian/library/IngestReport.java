package org.biannian.library;

import java.util.List;
import java.util.Map;

/**
 * What an ingest did: the documents stored, those skipped as unchanged, and the totals.
 *
 * @param rekeyed the files stored under another key than their own name, because a document read
 *                from another file holds that name (file as given → key it is stored under)
 */
public record IngestReport(List<String> stored, List<String> unchanged, int entries, long codePoints,
                           Map<String, String> rekeyed) {

    public IngestReport(List<String> stored, List<String> unchanged, int entries, long codePoints) {
        this(stored, unchanged, entries, codePoints, Map.of());
    }

    public IngestReport {
        stored = List.copyOf(stored);
        unchanged = List.copyOf(unchanged);
        rekeyed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rekeyed));
    }
}
