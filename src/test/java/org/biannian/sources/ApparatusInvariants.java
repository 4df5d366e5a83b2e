package org.biannian.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.biannian.text.Diagnostic;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * The checks every test of this package runs on what it reads, whatever it asserts besides: spans lie
 * inside the block or note they came from, in order; each citation's text is what the span covers;
 * offsets survive conversion to UTF-16 and back.
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
        assertSorted(block.citations().stream().map(Citation::span).toList());
        assertSorted(block.notes().stream().map(CriticalNote::span).toList());
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
        assertSorted(note.works().stream().map(WorkRef::span).toList());
    }

    private static void assertInside(SourceText text, Span outer, List<Span> spans, String what) {
        for (Span s : spans) {
            assertThat(outer.contains(s)).as(what + " " + s + " inside " + outer).isTrue();
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            // Code points → UTF-16 → code points gives the same offsets (𨫼 is two Java chars).
            assertThat(text.codePointIndex(text.charIndex(s.start()))).isEqualTo(s.start());
            assertThat(text.codePointIndex(text.charIndex(s.end()))).isEqualTo(s.end());
        }
    }

    private static void assertSorted(List<Span> spans) {
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).as("spans in text order").isGreaterThanOrEqualTo(spans.get(i - 1).start());
        }
    }
}
