package org.biannian.annals;

import java.util.Objects;
import org.biannian.text.Span;

/**
 * A compiler's note: 按 / 考 commentary inside a citation block, or a parenthesised remark inside
 * the text (「（一作<白>遇）」).
 */
public record Note(Kind kind, Span span) {

    /** Where the note stands. */
    public enum Kind {
        /** Inside a citation block, after the cited works. */
        CRITICAL,
        /** A parenthesised remark inside a headline or narrative. */
        INLINE
    }

    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }
}
