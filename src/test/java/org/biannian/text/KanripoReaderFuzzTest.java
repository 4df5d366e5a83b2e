package org.biannian.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.biannian.testing.FuzzText;

/**
 * Any text as a Kanripo file: the view is a subsequence of the source, each of its code points maps
 * back to the same code point of the file, and a title, when found, is not blank. Seeds in
 * {@code KanripoReaderFuzzTestInputs/read}; fuzzing with {@code JAZZER_FUZZ=1}.
 */
class KanripoReaderFuzzTest {

    /** The markup of mandoku files, mixed into the fuzzed text so the reader's branches are reached. */
    private static final String[] PIECES = {"#+TITLE: 續資治通鑑長編\n", "#+PROPERTY: JUAN 卷三十五\n", "# -*- mode: mandoku-view; -*-\n",
        "<pb:KR2b0019_WYG_039-1a>¶\n", "¶\n", "(此二事並據富/弼所作)", "&KR1579;", "　", "三月丁酉朔", "\r\n", "\r", "/", "<", "("};

    @FuzzTest(maxDuration = "45s")
    void read(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        int pieces = data.consumeInt(0, 40);
        for (int i = 0; i < pieces && data.remainingBytes() > 0; i++) {
            text.append(data.consumeBoolean() ? data.pickValue(PIECES) : FuzzText.text(data, 40));
        }
        SourceText source = SourceText.of("fuzz.txt", text.toString());
        boolean dated = data.consumeBoolean();
        TextView view = KanripoReader.read(source, line -> dated && line.startsWith("三月"));
        try {
            for (int i = 0; i < view.text().length(); i++) {
                assertThat(source.codePointAt(view.toSource(i))).isEqualTo(view.text().codePointAt(i));
            }
            view.title().ifPresent(t -> assertThat(t.work()).isNotBlank());
            KanripoReader.isKanripo(source);
        } catch (AssertionError e) {
            throw new AssertionError("Kanripo read of " + FuzzText.escape(source.text()) + ": " + e, e);
        }
    }
}
