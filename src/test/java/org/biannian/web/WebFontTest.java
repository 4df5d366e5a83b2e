package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.biannian.web.tools.GenerateWebFont;
import org.junit.jupiter.api.Test;

/**
 * The reader's bundled CJK font: the committed style sheet is what {@link GenerateWebFont} writes,
 * every piece it names is in the jar and served as a font, and the pieces cover the sample's
 * characters (𨫼 of extension B included). That the browser draws characters rather than boxes
 * with it is {@code ReaderBrowserTest#chineseRendersAsCharactersOnEveryPage}.
 */
class WebFontTest {

    private static final String FONTS = ReaderServer.STATIC + "/fonts/";

    @Test
    void committedStyleSheetIsTheGeneratorsAndEveryPieceIsBundled() throws IOException {
        try (InputStream css = WebFontTest.class.getResourceAsStream(FONTS + "fonts.css")) {
            assertThat(css).as("fonts.css is bundled").isNotNull();
            assertThat(new String(css.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(GenerateWebFont.css());
        }
        for (GenerateWebFont.Piece piece : GenerateWebFont.PIECES) {
            try (InputStream font = WebFontTest.class.getResourceAsStream(FONTS + GenerateWebFont.fileName(piece))) {
                assertThat(font).as(piece.name()).isNotNull();
                byte[] head = font.readNBytes(4);
                assertThat(new String(head, StandardCharsets.US_ASCII)).as("a WOFF2 file").isEqualTo("wOF2");
            }
        }
        try (InputStream licence = WebFontTest.class.getResourceAsStream(FONTS + "OFL.txt")) {
            assertThat(licence).as("the font's licence travels with it").isNotNull();
            assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8)).contains("SIL OPEN FONT LICENSE Version 1.1");
        }
    }

    @Test
    void piecesCoverEveryCharacterOfTheSample() throws IOException {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("biannian.shared", "../shared"), "corpus/xixiaji-994-998.txt"));
        text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).forEach(cp ->
                assertThat(GenerateWebFont.PIECES.stream().anyMatch(p -> covers(p.range(), cp)))
                        .as("U+%04X %s", cp, Character.toString(cp)).isTrue());
    }

    @Test
    void piecesAreServedAsFonts() {
        WebFixture web = WebFixture.get();
        WebFixture.Response css = web.get("/fonts/fonts.css");
        assertThat(css.status()).isEqualTo(200);
        WebFixture.Response font = web.get("/fonts/" + GenerateWebFont.fileName(GenerateWebFont.PIECES.get(1)));
        assertThat(font.status()).isEqualTo(200);
        assertThat(font.contentType()).contains("woff2");
        assertThat(web.get("/").body()).contains("/fonts/fonts.css");
    }

    private static boolean covers(String range, int cp) {
        for (String part : range.split(",\\s*")) {
            String[] ends = part.replace("U+", "").split("-");
            int from = Integer.parseInt(ends[0], 16);
            int to = ends.length > 1 ? Integer.parseInt(ends[1], 16) : from;
            if (cp >= from && cp <= to) {
                return true;
            }
        }
        return false;
    }
}
