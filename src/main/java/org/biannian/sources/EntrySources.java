package org.biannian.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The critical apparatus of one chronicle entry: its citation blocks read, and its inline notes.
 *
 * @param entry       the entry's 1-based index in its chronicle
 * @param julianYear  the Julian year the entry's Chinese year began in, or null when unknown
 * @param blocks      its citation blocks, read, in text order
 * @param inlineNotes notes standing inside its headline or narrative (「（一作<白>遇）」), in text order
 */
public record EntrySources(int entry, Integer julianYear, List<CitationBlock> blocks, List<CriticalNote> inlineNotes) {

    public EntrySources {
        if (entry < 1) {
            throw new IllegalArgumentException("entry index is 1-based, got " + entry);
        }
        blocks = List.copyOf(blocks);
        inlineNotes = List.copyOf(inlineNotes);
    }

    /** Every citation of every block, in text order. */
    public List<Citation> citations() {
        List<Citation> all = new ArrayList<>();
        blocks.forEach(b -> all.addAll(b.citations()));
        return all;
    }

    /** The notes of the blocks and the inline notes, in text order. */
    public List<CriticalNote> notes() {
        List<CriticalNote> all = new ArrayList<>(inlineNotes);
        blocks.forEach(b -> all.addAll(b.notes()));
        all.sort((a, b) -> a.span().compareTo(b.span()));
        return all;
    }

    /** The distinct works (titles, not sections) the entry's citations name, in first-cited order. */
    public List<String> citedWorks() {
        return citations().stream().map(Citation::work).filter(Objects::nonNull).distinct().toList();
    }
}
