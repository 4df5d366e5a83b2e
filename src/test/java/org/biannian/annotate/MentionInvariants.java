package org.biannian.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.biannian.text.SourceText;

/** The span invariants every mention layer must keep (style.md rule 12). */
final class MentionInvariants {

    private MentionInvariants() {
    }

    static void check(SourceText text, List<Mention> mentions) {
        Mention previous = null;
        for (Mention m : mentions) {
            assertThat(m.start()).as("start of %s", m).isGreaterThanOrEqualTo(0).isLessThan(m.end());
            assertThat(m.end()).as("end of %s", m).isLessThanOrEqualTo(text.length());
            assertThat(text.slice(m.span())).as("covered text of %s", m).isEqualTo(m.text());
            int startChar = text.charIndex(m.start());
            int endChar = text.charIndex(m.end());
            assertThat(Character.isLowSurrogate(text.text().charAt(startChar))).as("split pair at %s", m).isFalse();
            assertThat(endChar == text.text().length() || !Character.isLowSurrogate(text.text().charAt(endChar)))
                    .as("split pair at end of %s", m).isTrue();
            assertThat(text.codePointIndex(startChar)).isEqualTo(m.start());
            if (previous != null) {
                assertThat(previous.compareTo(m)).as("order of %s then %s", previous, m).isLessThanOrEqualTo(0);
            }
            previous = m;
        }
    }
}
