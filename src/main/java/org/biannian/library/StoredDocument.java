package org.biannian.library;

import org.biannian.annals.ParseOptions;

/**
 * A document as the library keeps it: its text exactly as read, the record of how it was
 * analysed, and what was found in it, so that the analysis is shown again as it was stored.
 *
 * @param analysis what was found, as {@link AnalysisCodec} wrote it; null for a document stored by an
 *                 older Biannian and not analysed since
 */
public record StoredDocument(DocumentRecord record, String text, byte[] analysis) {

    /** Equal when record, text and the analysis's bytes are equal (a record compares arrays by identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof StoredDocument d && record.equals(d.record) && text.equals(d.text)
                && java.util.Arrays.equals(analysis, d.analysis);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(record, text, java.util.Arrays.hashCode(analysis));
    }

    @Override
    public String toString() {
        return "StoredDocument[record=" + record + ", " + text.codePointCount(0, text.length()) + " code points, analysis "
                + (analysis == null ? "none" : analysis.length + " bytes") + "]";
    }

    /** A document stored without its analysis. */
    public StoredDocument(DocumentRecord record, String text) {
        this(record, text, null);
    }

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
