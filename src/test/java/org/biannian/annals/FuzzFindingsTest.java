package org.biannian.annals;

import static org.assertj.core.api.Assertions.assertThat;

import org.biannian.calendar.ChineseCalendar;
import org.biannian.testing.PipelineInvariants;
import org.biannian.text.SourceText;
import org.biannian.text.TextView;
import org.junit.jupiter.api.Test;

/** What fuzzing found in the annals parser (issue 8), each kept as a plain regression test. */
class FuzzFindingsTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();

    /**
     * A line of bare punctuation inside a narrative, or text after a citation block that opens a line
     * under a narrative, crashed the segmenter with 「overlapping parts」.
     */
    @Test
    void aPunctuationOnlyLineInsideANarrativeStaysInIt() {
        for (String text : new String[] {"二月，某事。\n甲乙\n。\n丙丁（《宋史》）", "二月，某事。\n甲乙\n——\n丙丁",
            "犀\n\n\0YY\0)\0\n\0\n\n\0Y", "二月，某事。\n甲乙\n（《》）丙", "遁\n議\n（《）報"}) {
            Chronicle c = AnnalsParser.parse(TextView.of(SourceText.of("finding.txt", text)),
                    new ParseOptions("淳化五年", null, Chronicle.Style.GANGMU), CALENDAR);
            PipelineInvariants.checkChronicle(c);
        }
        Chronicle c = AnnalsParser.parse(TextView.of(SourceText.of("finding.txt", "二月，某事。\n甲乙\n——\n丙丁")),
                new ParseOptions("淳化五年", null, Chronicle.Style.GANGMU), CALENDAR);
        assertThat(c.entries()).hasSize(1);
        assertThat(c.source().slice(c.entries().get(0).narrative())).isEqualTo("甲乙\n——\n丙丁");
    }
}
