package org.biannian.parallels;

import java.util.regex.Pattern;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/** A passage's text as a reader reads it: the view's text with line marks (¶), line ends and page markers left out. */
final class PassageText {

    private static final Pattern LAYOUT = Pattern.compile("<pb:[^>]*>|¶|\\r|\\n");

    private PassageText() {
    }

    /** {@code span} with the punctuation that closes it in {@code source} (「。」「，」「」」), so a sentence reads whole. */
    static Span withClosingPunctuation(org.biannian.text.SourceText source, Span span) {
        int end = span.end();
        while (end < source.length() && CLOSING.indexOf(source.codePointAt(end)) >= 0) {
            end++;
        }
        return new Span(span.start(), end);
    }

    private static final String CLOSING = "。，、；：！？」』）〕";

    static String of(TextView view, Span sourceSpan) {
        return LAYOUT.matcher(view.viewSlice(sourceSpan)).replaceAll("");
    }
}
