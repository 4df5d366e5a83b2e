package org.biannian.library;

import java.util.List;

/**
 * How a batch of documents was analysed, beyond each document's own text and options: the
 * authority packs (folders, in order, over the built-in pack) with a fingerprint of their content,
 * and the Biannian version. The library records it per document; a change means the stored
 * analysis is no longer what this Biannian would find, so {@code ingest} analyses the document again.
 *
 * @param authority fingerprint of the authority in force (built-in pack and every extra pack's files)
 * @param packs     the extra pack folders as given, absolute, in order (empty for the built-in pack alone)
 * @param version   the Biannian version that analysed
 */
public record Provenance(String authority, List<String> packs, String version) {

    /** What a library of schema version 1 knows: nothing, so any newer ingest re-analyses. */
    public static final Provenance UNKNOWN = new Provenance(null, List.of(), null);

    public Provenance {
        packs = List.copyOf(packs);
    }
}
