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
 * @param withoutEntries the files left out because no chronicle entry was found in them (a juan of front
 *                   matter, a preface), by name, in the order given
 */
public record IngestReport(List<String> stored, List<String> unchanged, int entries, long codePoints,
                           Map<String, String> reanalysed, Map<String, String> rekeyed, List<String> withoutEntries) {

    public IngestReport {
        stored = List.copyOf(stored);
        unchanged = List.copyOf(unchanged);
        withoutEntries = List.copyOf(withoutEntries);
        reanalysed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reanalysed));
        rekeyed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rekeyed));
    }

    public IngestReport(List<String> stored, List<String> unchanged, int entries, long codePoints,
                        Map<String, String> reanalysed) {
        this(stored, unchanged, entries, codePoints, reanalysed, Map.of(), List.of());
    }

    public IngestReport(List<String> stored, List<String> unchanged, int entries, long codePoints) {
        this(stored, unchanged, entries, codePoints, Map.of());
    }
}
