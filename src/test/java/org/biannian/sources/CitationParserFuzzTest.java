package org.biannian.sources;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.biannian.testing.FuzzText;
import org.biannian.testing.PipelineInvariants;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * Any text as a citation block and as a note: everything read lies inside the block, slices to
 * what it claims, and every diagnostic points at a real position ({@link ApparatusInvariants}).
 */
class CitationParserFuzzTest {

    private static final CitationParser CITATIONS = CitationParser.of(Works.builtIn());
    private static final NoteReader NOTES = NoteReader.of(Works.builtIn());

    @FuzzTest(maxDuration = "45s")
    void read(FuzzedDataProvider data) {
        String context = data.pickValue(new String[] {"", "宋史", "長編"});
        SourceText text = SourceText.of("fuzz.txt", FuzzText.text(data, 2000));
        int start = data.consumeInt(0, text.length());
        Span block = new Span(start, data.consumeInt(start, text.length()));
        CitationBlock read = context.isEmpty() ? CITATIONS.read(text, block) : CITATIONS.read(text, block, context);
        ApparatusInvariants.check(text, read);
        PipelineInvariants.checkDiagnostics(text, read.allDiagnostics());
        CriticalNote note = NOTES.read(text, block);
        ApparatusInvariants.check(text, note);
        PipelineInvariants.checkDiagnostics(text, note.diagnostics());
    }
}
