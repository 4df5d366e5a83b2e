package org.biannian.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.biannian.testing.SpanAssertions;
import org.biannian.text.Diagnostic;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * The checks every test of this package runs on what it reads, whatever it asserts besides: each layer
 * is well formed ({@link SpanAssertions}); spans lie inside the block or note they came from; each
 * citation's text is what its span covers.
 */
final class ApparatusInvariants {

    private ApparatusInvariants() {
    }

    static void check(SourceText text, CitationBlock block) {
        Span outer = block.span();
        assertInside(text, outer, block.citations().stream().map(Citation::span).toList(), "citation");
        for (Citation c : block.citations()) {
            assertThat(text.slice(c.span())).as("citation text").isEqualTo(c.asCited());
            assertThat(c.work()).as("citation work").isNotNull();
        }
        assertInside(text, outer, block.notes().stream().map(CriticalNote::span).toList(), "note");
        for (CriticalNote n : block.notes()) {
            check(text, n);
        }
        assertInside(text, outer, block.diagnostics().stream().map(Diagnostic::span).toList(), "diagnostic");
        SpanAssertions.assertWellFormed(text, block.citations().stream().map(Citation::span).toList());
        SpanAssertions.assertWellFormed(text, block.notes().stream().map(CriticalNote::span).toList());
    }

    static void check(SourceText text, CriticalNote note) {
        Span outer = note.span();
        assertInside(text, outer, note.works().stream().map(WorkRef::span).toList(), "work");
        for (WorkRef r : note.works()) {
            assertThat(text.slice(r.span())).isEqualTo(r.asCited());
        }
        for (VariantReading v : note.variants()) {
            assertThat(outer.contains(v.span())).as("variant inside note").isTrue();
            assertThat(text.slice(v.span())).isEqualTo(v.reading());
        }
        assertThat(note.works()).containsAll(note.silentWorks());
        assertInside(text, outer, note.diagnostics().stream().map(Diagnostic::span).toList(), "diagnostic");
        SpanAssertions.assertWellFormed(text, note.works().stream().map(WorkRef::span).toList());
        SpanAssertions.assertWellFormed(text, note.variants().stream().map(VariantReading::span).toList());
    }

    private static void assertInside(SourceText text, Span outer, List<Span> spans, String what) {
        for (Span s : spans) {
            assertThat(outer.contains(s)).as(what + " " + s + " inside " + outer).isTrue();
        }
        SpanAssertions.assertWellFormed(text, spans.stream().sorted().toList());
    }
}
