package org.biannian.library;

import org.biannian.annals.ParseOptions;

/**
 * A document as the library keeps it: its text exactly as read and the record of how it was
 * analysed, so that the analysis can be shown again as it was stored.
 */
public record StoredDocument(DocumentRecord record, String text) {

    public String key() {
        return record.key();
    }

    public String name() {
        return record.name();
    }

    public String sha256() {
        return record.sha256();
    }

    public ParseOptions options() {
        return record.options();
    }
}
