package org.biannian.annals;

import java.util.Objects;
import org.biannian.text.Span;

/**
 * A piece of the source text with one role. The segments of a chronicle partition its source:
 * every code point lies in exactly one, so they concatenate back to the input.
 *
 * @param entry the 1-based index of the entry the segment belongs to, or 0
 */
public record Segment(Kind kind, Span span, int entry) {

    /** What a segment is. */
    public enum Kind {
        /** The dated headline (綱) of an entry, or one dated statement of a 本紀. */
        HEADLINE,
        /** The narrative (目) under a headline. */
        NARRATIVE,
        /** A bracketed block of cited sources, with any 按 notes inside it. */
        CITATION,
        /** A year heading such as 「宋太宗淳化五年」 or a wiki section title. */
        YEAR_HEADING,
        /** Markup left out of the reading (wiki templates, tags, link brackets). */
        MARKUP,
        /** White space between parts: line breaks, indentation. */
        SPACE,
        /** Text in no entry: a title, a preface, a closing 贊. */
        OTHER
    }

    public Segment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        if (entry < 0) {
            throw new IllegalArgumentException("entry must be >= 0, got " + entry);
        }
    }
}
