package org.biannian.sources;

import java.util.Objects;
import org.biannian.text.Span;

/**
 * What another source (or another copy) reads instead: 「一作<白>遇」, 「《夏國傳》作嵬囉嵬悉」, 「係於至道元年九月」.
 *
 * @param span     code points of the variant reading
 * @param reading  the variant reading itself
 * @param original the reading it replaces, when the note or the text before it says (e.g. 嵬囉嵬悉俄), or null
 * @param work     the work that reads so, or null for 一作 (some copy)
 * @param kind     what differs
 */
public record VariantReading(Span span, String reading, String original, WorkRef work, DiscrepancyKind kind) {

    public VariantReading {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether the entity linker may take the reading as another name of the original. */
    public boolean aliasCandidate() {
        return kind == DiscrepancyKind.NAME || kind == DiscrepancyKind.PLACE;
    }
}
