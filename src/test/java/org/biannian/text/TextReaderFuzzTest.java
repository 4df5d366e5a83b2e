package org.biannian.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes: either UTF-8 that reads back to exactly the same bytes, or an error naming a real
 * position. Seeds in {@code TextReaderFuzzTestInputs/decode}; fuzzing with {@code JAZZER_FUZZ=1}.
 */
class TextReaderFuzzTest {

    @FuzzTest(maxDuration = "45s")
    void decode(byte[] bytes) {
        SourceText text;
        try {
            text = TextReader.decode("fuzz.txt", bytes);
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith("fuzz.txt:").contains("byte offset").doesNotContain("\n");
            return;
        }
        assertThat(text.text().getBytes(StandardCharsets.UTF_8)).as("byte-exact round trip").isEqualTo(bytes);
        assertThat(text.length()).isEqualTo(text.text().codePointCount(0, text.text().length()));
        for (int p = 0; p <= text.length(); p += Math.max(1, text.length() / 16)) {
            assertThat(text.codePointIndex(text.charIndex(p))).isEqualTo(p);
            TextPosition at = text.position(p);
            assertThat(text.lineStart(at.line()) + at.column() - 1).isEqualTo(p);
        }
    }
}
