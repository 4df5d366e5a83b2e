package org.biannian.library;

import java.util.List;
import java.util.Map;

/**
 * What an ingest did: the documents stored, those skipped as unchanged, and the totals.
 *
 * @param reanalysed documents already in the library that were analysed again, each with why
 *                   ({@code start changed}, {@code authority changed}, {@code forced}…), in ingest order
 * @param rekeyed    the files stored under another key than their own name, because a document read
 *                   from another file holds that name (file as given → key it is stored under)
 */
public record IngestReport(List<String> stored, List<String> unchanged, int entries, long codePoints,
                           Map<String, String> reanalysed, Map<String, String> rekeyed) {

    public IngestReport {
        stored = List.copyOf(stored);
        unchanged = List.copyOf(unchanged);
        reanalysed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reanalysed));
        rekeyed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rekeyed));
    }

    public IngestReport(List<String> stored, List<String> unchanged, int entries, long codePoints,
                        Map<String, String> reanalysed) {
        this(stored, unchanged, entries, codePoints, reanalysed, Map.of());
    }

    public IngestReport(List<String> stored, List<String> unchanged, int entries, long codePoints) {
        this(stored, unchanged, entries, codePoints, Map.of());
    }
}
