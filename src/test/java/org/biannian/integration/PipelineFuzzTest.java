package org.biannian.integration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Analysis;
import org.biannian.testing.FuzzText;
import org.biannian.testing.PipelineInvariants;
import org.biannian.text.SourceText;

/**
 * Any text through the whole pipeline as the facade runs it (parse, dates, mentions, sources):
 * the segments partition the source, and each mention lies inside the entry it starts in.
 */
class PipelineFuzzTest {

    private static final Biannian BIANNIAN = Biannian.create();

    @FuzzTest(maxDuration = "45s")
    void analyse(FuzzedDataProvider data) {
        boolean wiki = data.consumeBoolean();
        SourceText text = SourceText.of(wiki ? "fuzz.wiki" : "fuzz.txt", FuzzText.text(data, 1500));
        Analysis a = BIANNIAN.analyse("fuzz", text, new ParseOptions("淳化五年", null, null));
        PipelineInvariants.checkChronicle(a.chronicle());
        PipelineInvariants.checkMentions(a.chronicle().view(), a.mentions(), a.chronicle().entries());
    }
}
