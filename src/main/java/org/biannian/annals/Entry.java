package org.biannian.annals;

import java.util.List;
import java.util.Objects;
import org.biannian.text.Span;

/**
 * One entry of a chronicle: a dated headline (綱), its narrative (目) if any, the citation blocks it
 * rests on, and the compiler's notes. All spans are code points in the source text.
 *
 * @param index          1-based position in the chronicle
 * @param span           from the headline's start to the end of its last part
 * @param headline       the headline, without its citation block
 * @param narrative      the narrative, or null when the entry has none
 * @param citationBlocks bracketed source blocks, brackets included, in text order
 * @param notes          按 notes in the blocks and inline remarks, in text order
 */
public record Entry(int index, Span span, Span headline, Span narrative, List<Span> citationBlocks,
                    List<Note> notes, EntryYear year, EntryDate date) {

    public Entry {
        if (index < 1) {
            throw new IllegalArgumentException("index is 1-based, got " + index);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(date, "date");
        citationBlocks = List.copyOf(citationBlocks);
        notes = List.copyOf(notes);
    }
}
