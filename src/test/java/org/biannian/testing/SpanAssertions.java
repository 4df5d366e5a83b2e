package org.biannian.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/** Invariants every span layer keeps (style.md rule 12), checked in one place for every stage's tests. */
public final class SpanAssertions {

    private SpanAssertions() {
    }

    /**
     * Spans lie inside {@code text}, are sorted (by start, longer first), never split a surrogate
     * pair, and survive the trip to UTF-16 offsets and back.
     */
    public static void assertWellFormed(SourceText text, List<Span> spans) {
        Span previous = null;
        for (Span span : spans) {
            assertThat(span.end()).as("%s ends inside the text of %d code points", span, text.length())
                    .isLessThanOrEqualTo(text.length());
            if (previous != null) {
                assertThat(previous.compareTo(span)).as("%s sorted before %s", previous, span).isLessThanOrEqualTo(0);
            }
            int startChar = text.charIndex(span.start());
            int endChar = text.charIndex(span.end());
            assertThat(text.codePointIndex(startChar)).isEqualTo(span.start());
            assertThat(text.codePointIndex(endChar)).isEqualTo(span.end());
            assertThat(text.text().substring(startChar, endChar)).isEqualTo(text.slice(span));
            if (startChar > 0 && startChar < text.text().length()) {
                assertThat(Character.isLowSurrogate(text.text().charAt(startChar)))
                        .as("%s does not start inside a surrogate pair", span).isFalse();
            }
            previous = span;
        }
    }
}
