package org.biannian.library;

import java.util.List;

/** What an ingest did: the documents stored, those skipped as unchanged, and the totals. */
public record IngestReport(List<String> stored, List<String> unchanged, int entries, long codePoints) {

    public IngestReport {
        stored = List.copyOf(stored);
        unchanged = List.copyOf(unchanged);
    }
}
