package org.biannian.library;

import java.util.List;
import java.util.Map;

/**
 * What an ingest did: the documents stored, those skipped as unchanged, and the totals.
 *
 * @param reanalysed documents already in the library that were analysed again, each with why
 *                   ({@code start changed}, {@code authority changed}, {@code forced}…), in ingest order
 */
public record IngestReport(List<String> stored, List<String> unchanged, int entries, long codePoints,
                           Map<String, String> reanalysed) {

    public IngestReport {
        stored = List.copyOf(stored);
        unchanged = List.copyOf(unchanged);
        reanalysed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reanalysed));
    }

    public IngestReport(List<String> stored, List<String> unchanged, int entries, long codePoints) {
        this(stored, unchanged, entries, codePoints, Map.of());
    }
}
