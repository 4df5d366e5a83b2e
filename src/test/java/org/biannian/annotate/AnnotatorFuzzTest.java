package org.biannian.annotate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.biannian.text.TextView;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.biannian.authority.Authority;
import org.biannian.calendar.Jdn;
import org.biannian.testing.FuzzText;
import org.biannian.testing.PipelineInvariants;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * Any text annotated with the built-in pack, with or without a date in force: every mention lies in
 * the text and slices to its own text. Inputs are kept short (1,500 code points): the annotator is
 * known to be quadratic on very long texts, which the lead is fixing separately.
 */
class AnnotatorFuzzTest {

    private static final Annotator ANNOTATOR = Annotator.of(Authority.builtIn());

    @FuzzTest(maxDuration = "45s")
    void annotate(FuzzedDataProvider data) {
        boolean dated = data.consumeBoolean();
        SourceText text = SourceText.of("fuzz.txt", FuzzText.text(data, 1500));
        // 至道元年 (995): a year the built-in rulers cover, so roles such as 帝 resolve.
        List<DatedRegion> dates = dated
                ? List.of(new DatedRegion(new Span(0, text.length()), "宋", Jdn.fromJulian(995, 2, 1), Jdn.fromJulian(996, 1, 1)))
                : List.of();
        PipelineInvariants.checkMentions(TextView.of(text), ANNOTATOR.annotate(text, dates), List.of());
    }
}
