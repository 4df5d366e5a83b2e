package org.biannian.library;

import java.util.Objects;
import org.biannian.annals.Chronicle;

/**
 * One parsed document, ready to be stored.
 *
 * @param key    stable identifier of the document in the library (its file name without extension)
 * @param sha256 hex SHA-256 of the file's bytes: an unchanged file is not ingested again
 */
public record IngestDocument(String key, String sha256, Chronicle chronicle) {

    public IngestDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(chronicle, "chronicle");
        if (key.isBlank() || key.contains(":") || key.contains("/")) {
            throw new IllegalArgumentException("document key must be non-empty without ':' or '/', got 「" + key + "」");
        }
    }

    /** The id of entry {@code index} of this document: {@code key:index}, stable across re-ingests of the same text. */
    public String entryId(int index) {
        return key + ":" + index;
    }
}
