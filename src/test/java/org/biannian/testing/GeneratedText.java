package org.biannian.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Annals-like text for properties: pieces of the bundled sample chronicle cut at random code points,
 * spliced in random order, with markup, brackets, line ends and astral characters thrown in — real
 * text near enough to reach every stage, broken enough to test what holds on bad data.
 */
public final class GeneratedText {

    private static final String SAMPLE = sample();
    private static final String[] NOISE = {"\n", "\r\n", "\n\n", "（", "）", "《", "》", "〔", "〕", "[[", "]]", "{{", "}}", "|",
        "==", "<ref>", "</ref>", "按：", "𨫼", "\uFEFF", "　", "淳化五年", "春正月", "閏二月", "丙子，", "見本傳。"};

    private GeneratedText() {
    }

    /** About {@code approxCodePoints} code points of spliced sample text with noise. */
    public static String annals(Random random, int approxCodePoints) {
        int[] cps = SAMPLE.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        while (out.length() < approxCodePoints) {
            int start = random.nextInt(cps.length);
            int length = 1 + random.nextInt(Math.min(400, approxCodePoints));
            for (int i = start; i < Math.min(cps.length, start + length); i++) {
                out.appendCodePoint(cps[i]);
            }
            if (random.nextInt(3) == 0) {
                out.append(NOISE[random.nextInt(NOISE.length)]);
            }
        }
        return out.toString();
    }

    /** The bundled sample, 戴錫章《西夏紀》 994–998 (public domain, shipped in the jar). */
    public static String sample() {
        try (InputStream in = GeneratedText.class.getResourceAsStream("/org/biannian/sample/xixiaji-994-998.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
