package org.biannian.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void countsCodePointsNotUtf16Units() {
        SourceText text = SourceText.of("t", "至𨫼子山。\n敗之");
        assertThat(text.length()).isEqualTo(8);
        assertThat(text.text().length()).isEqualTo(9);
        assertThat(text.slice(1, 4)).isEqualTo("𨫼子山");
        assertThat(text.charIndex(2)).isEqualTo(3);
        assertThat(text.codePointIndex(3)).isEqualTo(2);
        assertThat(text.codePointIndex(2)).as("low surrogate maps to its character").isEqualTo(1);
        assertThat(text.position(7)).isEqualTo(new TextPosition(2, 2));
        assertThat(text.lineCount()).isEqualTo(2);
    }

    @Test
    void theSampleHasItsOneAstralCharacterWhereTheGoldSays() {
        // gold/README.md: 𨫼子山 is [3595,3598) in code points.
        SourceText text = Shared.read(Shared.sample());
        assertThat(text.slice(3595, 3598)).isEqualTo("𨫼子山");
        assertThat(text.text().length() - text.length()).isEqualTo(1);
    }

    @Test
    void rejectsRangesOutsideTheText() {
        SourceText text = SourceText.of("t", "春正月");
        assertThatThrownBy(() -> text.slice(2, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 5)");
        assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodesStrictlyAndNamesTheBadByte() {
        byte[] good = "春正月，\n繼遷".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xFF;
        assertThatThrownBy(() -> TextReader.decode("f.txt", bad)).isInstanceOf(InputException.class)
                .hasMessageContaining("byte offset " + good.length).hasMessageContaining("line 2, column 3");
    }

    @Test
    void keepsAByteOrderMarkSoTheBytesRoundTrip() throws InputException {
        byte[] bytes = "\uFEFF春".getBytes(StandardCharsets.UTF_8);
        SourceText text = TextReader.decode("bom.txt", bytes);
        assertThat(text.text().getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }
}
