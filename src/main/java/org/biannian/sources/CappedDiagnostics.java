package org.biannian.sources;

import java.util.ArrayList;
import java.util.List;
import org.biannian.text.Diagnostic;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * Diagnostics of one block or note, capped: past {@link #CAP} the rest are counted and summed up in one
 * {@code DIAGNOSTICS_TRUNCATED}, so a swallowed narrative or a run of stray 《 cannot flood the output.
 */
final class CappedDiagnostics {

    static final int CAP = 20;

    private final SourceText text;
    private final List<Diagnostic> kept = new ArrayList<>();
    private int dropped;
    private int droppedStart = Integer.MAX_VALUE;
    private int droppedEnd;

    CappedDiagnostics(SourceText text) {
        this.text = text;
    }

    void add(Diagnostic d) {
        if (kept.size() < CAP) {
            kept.add(d);
        } else {
            dropped++;
            droppedStart = Math.min(droppedStart, d.span().start());
            droppedEnd = Math.max(droppedEnd, d.span().end());
        }
    }

    List<Diagnostic> toList() {
        List<Diagnostic> all = new ArrayList<>(kept);
        if (dropped > 0) {
            all.add(Diagnostic.at(text, new Span(droppedStart, Math.max(droppedStart, droppedEnd)), "DIAGNOSTICS_TRUNCATED",
                    Diagnostic.Severity.WARNING, dropped + " more problems here are not listed (" + CAP + " shown)"));
        }
        return all;
    }
}
