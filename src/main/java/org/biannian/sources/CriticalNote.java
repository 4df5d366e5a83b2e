package org.biannian.sources;

import java.util.List;
import java.util.Objects;
import org.biannian.text.Diagnostic;
import org.biannian.text.Span;

/**
 * A compiler's note (按, 考, 李燾曰, 一作…) weighing sources against each other.
 *
 * @param span        code points of the note
 * @param works       the works it names, in text order
 * @param kind        what it says differs
 * @param verdict     the work·section the compiler followed (此從…), or null
 * @param variants    what other sources read instead; NAME and PLACE readings are alias candidates
 * @param silentWorks works the note says do not record the event (不載, 不言)
 * @param diagnostics problems found reading the note (unknown titles, corrected misprints)
 */
public record CriticalNote(Span span, List<WorkRef> works, DiscrepancyKind kind, String verdict,
                           List<VariantReading> variants, List<WorkRef> silentWorks, List<Diagnostic> diagnostics) {

    public CriticalNote {
        Objects.requireNonNull(span, "span");
        works = List.copyOf(works);
        Objects.requireNonNull(kind, "kind");
        variants = List.copyOf(variants);
        silentWorks = List.copyOf(silentWorks);
        diagnostics = List.copyOf(diagnostics);
    }
}
