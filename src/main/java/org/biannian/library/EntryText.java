package org.biannian.library;

import org.biannian.annals.Entry;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/**
 * The searchable text of an entry, which search cuts its snippets from: headline, narrative and
 * citation blocks, one part a line, as the reader shows them (markup left out). The index stores no
 * copy of it; whoever searches gives it back, from the analysis they hold or from the library's rows.
 */
public final class EntryText {

    private EntryText() {
    }

    /** The searchable text of {@code entry} of {@code analysis}. */
    public static String of(Analysis analysis, Entry entry) {
        TextView view = analysis.chronicle().view();
        StringBuilder blocks = new StringBuilder();
        for (Span b : entry.citationBlocks()) {
            blocks.append(view.viewSlice(b));
        }
        return join(view.viewSlice(entry.headline()), entry.narrative() == null ? null : view.viewSlice(entry.narrative()),
                entry.citationBlocks().isEmpty() ? null : blocks.toString());
    }

    /** Headline, narrative and citation blocks (null when absent) as one searchable text. */
    static String join(String headline, String narrative, String citations) {
        StringBuilder b = new StringBuilder(headline);
        if (narrative != null) {
            b.append('\n').append(narrative);
        }
        if (citations != null) {
            b.append('\n').append(citations);
        }
        return b.toString();
    }
}
