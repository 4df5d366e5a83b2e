package org.biannian.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annals.Segment;
import org.biannian.annotate.Mention;
import org.biannian.text.Diagnostic;
import org.biannian.text.SourceText;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/**
 * What every parse and annotation keeps, whatever the input: nothing lost, nothing invented.
 * The fuzz targets and the properties of issue 8 check these on every input they make.
 */
public final class PipelineInvariants {

    private PipelineInvariants() {
    }

    /**
     * The segments partition the source (every code point in exactly one, in order, so they
     * concatenate back to it); entries and their parts lie inside it; every diagnostic points at a
     * real position with the right line and column.
     */
    public static void checkChronicle(Chronicle chronicle) {
        SourceText source = chronicle.source();
        int at = 0;
        StringBuilder joined = new StringBuilder(source.text().length());
        for (Segment s : chronicle.segments()) {
            assertThat(s.span().start()).as("segment %s starts where the previous ended", s).isEqualTo(at);
            assertThat(s.span().isEmpty()).as("segment %s is not empty", s).isFalse();
            joined.append(source.slice(s.span()));
            at = s.span().end();
        }
        assertThat(at).as("segments cover the whole source").isEqualTo(source.length());
        assertThat(joined.toString()).as("segments concatenate back to the source").isEqualTo(source.text());
        Span whole = new Span(0, source.length());
        for (Entry e : chronicle.entries()) {
            assertThat(whole.contains(e.span())).as("entry %d inside the source", e.index()).isTrue();
            assertThat(e.span().contains(e.headline())).as("entry %d headline inside it", e.index()).isTrue();
            if (e.narrative() != null) {
                assertThat(e.span().contains(e.narrative())).as("entry %d narrative inside it", e.index()).isTrue();
            }
            for (Span block : e.citationBlocks()) {
                assertThat(e.span().contains(block)).as("entry %d citation block inside it", e.index()).isTrue();
            }
        }
        checkDiagnostics(source, chronicle.diagnostics());
    }

    /** Each diagnostic's span lies in the text and its line and column are those of its start. */
    public static void checkDiagnostics(SourceText source, List<Diagnostic> diagnostics) {
        Span whole = new Span(0, source.length());
        for (Diagnostic d : diagnostics) {
            assertThat(whole.contains(d.span())).as("diagnostic %s inside the text", d).isTrue();
            assertThat(d.position()).as("diagnostic %s position", d.code()).isEqualTo(source.position(d.span().start()));
            assertThat(d.message()).as("diagnostic %s has a message", d.code()).isNotBlank();
        }
    }

    /**
     * Every mention lies in the text and its span reads back its own text through the view (markup a
     * Wikisource view leaves out, such as '' inside 元年''正月, is not part of a mention's text); a
     * mention that starts in an entry ends in it.
     */
    public static void checkMentions(TextView view, List<Mention> mentions, List<Entry> entries) {
        Span whole = new Span(0, view.source().length());
        for (Mention m : mentions) {
            assertThat(whole.contains(m.span())).as("mention %s inside the text", m).isTrue();
            assertThat(view.viewSlice(m.span())).as("mention text").isEqualTo(m.text());
            for (Entry e : entries) {
                if (e.span().contains(m.start())) {
                    assertThat(e.span().contains(m.span())).as("mention %s inside entry %d %s", m, e.index(), e.span()).isTrue();
                }
            }
        }
        SpanAssertions.assertWellFormed(view.source(), mentions.stream().map(Mention::span).toList());
    }
}
