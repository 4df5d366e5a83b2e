package org.biannian.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.biannian.testing.SpanAssertions;
import org.biannian.text.SourceText;

/** The span invariants every mention layer must keep (style.md rule 12), plus what a mention adds. */
final class MentionInvariants {

    private MentionInvariants() {
    }

    static void check(SourceText text, List<Mention> mentions) {
        SpanAssertions.assertWellFormed(text, mentions.stream().map(Mention::span).toList());
        Mention previous = null;
        for (Mention m : mentions) {
            assertThat(m.start()).as("start of %s", m).isLessThan(m.end());
            assertThat(text.slice(m.span())).as("covered text of %s", m).isEqualTo(m.text());
            // A canonical is a name, never a record's id leaking through (per:songshi-255-4).
            if (m.canonical() != null) {
                assertThat(m.canonical()).as("canonical of %s", m).doesNotContainPattern("^(per|place|pol|off|grp|local):");
            }
            if (previous != null) {
                assertThat(previous.compareTo(m)).as("order of %s then %s", previous, m).isLessThanOrEqualTo(0);
                // Nested mentions never cross: two overlapping mentions are nested.
                if (previous.span().overlaps(m.span())) {
                    assertThat(previous.span().contains(m.span()) || m.span().contains(previous.span()))
                            .as("%s and %s cross", previous, m).isTrue();
                }
            }
            previous = m;
        }
    }
}
