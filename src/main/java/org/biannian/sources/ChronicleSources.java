package org.biannian.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annals.Note;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * Reads the critical apparatus of every entry of a parsed chronicle.
 *
 * <p>Citation blocks are read whole by {@link CitationParser}, which finds their notes itself: it keeps
 * 「按…。考…」 together as one argument, where the annals parser marks two note spans, so the annals'
 * in-block note spans are not read again. Inline notes are read by {@link NoteReader}, in the context of
 * the history the entry cites.
 */
public final class ChronicleSources {

    private final CitationParser citations;
    private final NoteReader notes;

    private ChronicleSources(Works works) {
        this.citations = CitationParser.of(works);
        this.notes = NoteReader.of(works);
    }

    public static ChronicleSources of(Works works) {
        return new ChronicleSources(Objects.requireNonNull(works, "works"));
    }

    /** The apparatus of each entry of {@code chronicle}, in entry order. */
    public List<EntrySources> read(Chronicle chronicle) {
        Objects.requireNonNull(chronicle, "chronicle");
        List<EntrySources> out = new ArrayList<>();
        for (Entry entry : chronicle.entries()) {
            out.add(read(chronicle.source(), entry));
        }
        return out;
    }

    /** The apparatus of one entry of a chronicle over {@code text}. */
    public EntrySources read(SourceText text, Entry entry) {
        List<CitationBlock> blocks = new ArrayList<>();
        String context = null;
        for (Span block : entry.citationBlocks()) {
            CitationBlock read = citations.read(text, block, context);
            blocks.add(read);
            context = lastHistory(read, context);
        }
        String inlineContext = firstHistory(blocks);
        List<CriticalNote> inline = new ArrayList<>();
        for (Note note : entry.notes()) {
            if (note.kind() == Note.Kind.INLINE) {
                inline.add(notes.read(text, note.span(), inlineContext));
            }
        }
        return new EntrySources(entry.index(), entry.year().julianYear(), blocks, inline);
    }

    private static String lastHistory(CitationBlock block, String otherwise) {
        String found = otherwise;
        for (Citation c : block.citations()) {
            if (c.known() && c.section() != null) {
                found = c.work();
            }
        }
        return found;
    }

    /** The history an inline note's bare 《X傳》 most likely belongs to: the first one the entry cites by section. */
    private static String firstHistory(List<CitationBlock> blocks) {
        for (CitationBlock b : blocks) {
            for (Citation c : b.citations()) {
                if (c.known() && c.section() != null) {
                    return c.work();
                }
            }
        }
        return null;
    }
}
