package org.biannian.library;

import org.biannian.annals.ParseOptions;

/**
 * A document as the library keeps it: its text exactly as read and the options it was read with,
 * so that it can be analysed again (for the reader, after an upgrade, with other authority packs).
 */
public record StoredDocument(String key, String name, String sha256, ParseOptions options, String text) {
}
