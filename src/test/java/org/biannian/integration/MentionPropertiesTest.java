package org.biannian.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Analysis;
import org.biannian.testing.GeneratedText;
import org.biannian.testing.PipelineInvariants;
import org.biannian.testing.Seeds;
import org.biannian.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Over generated annals-like text run through the whole pipeline: every mention lies in the text,
 * slices to its own text, and lies inside the entry it starts in; nothing of the input is lost.
 */
class MentionPropertiesTest {

    private static final Biannian BIANNIAN = Biannian.create();

    @Test
    void everyMentionLiesInsideItsEntryAndSlicesToItsText() {
        int[] mentions = {0};
        Seeds.check(25, random -> {
            boolean wiki = random.nextInt(4) == 0;
            SourceText text = SourceText.of(wiki ? "generated.wiki" : "generated.txt", GeneratedText.annals(random, 500 + random.nextInt(4000)));
            Analysis a = BIANNIAN.analyse("generated", text, new ParseOptions("淳化五年", null, null));
            PipelineInvariants.checkChronicle(a.chronicle());
            PipelineInvariants.checkMentions(a.chronicle().view(), a.mentions(), a.chronicle().entries());
            mentions[0] += a.mentions().size();
        });
        assertThat(mentions[0]).as("the generated text is real enough to have mentions").isGreaterThan(100);
    }
}
