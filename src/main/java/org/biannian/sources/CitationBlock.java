package org.biannian.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.biannian.text.Diagnostic;
import org.biannian.text.Span;

/**
 * A citation block read into data: 「（《宋史·太宗本紀》及《長編》三十五。按…）」.
 *
 * @param span        code points of the block, brackets included
 * @param citations   the works it cites, in text order (not those named only in its notes)
 * @param notes       its notes (按, 考, 李燾曰 …), in text order
 * @param diagnostics problems with the citations themselves; each note keeps its own
 */
public record CitationBlock(Span span, List<Citation> citations, List<CriticalNote> notes, List<Diagnostic> diagnostics) {

    public CitationBlock {
        Objects.requireNonNull(span, "span");
        citations = List.copyOf(citations);
        notes = List.copyOf(notes);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The block's diagnostics and its notes', in text order. */
    public List<Diagnostic> allDiagnostics() {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        notes.forEach(n -> all.addAll(n.diagnostics()));
        all.sort((a, b) -> a.span().compareTo(b.span()));
        return all;
    }
}
