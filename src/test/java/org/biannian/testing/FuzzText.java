package org.biannian.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Text for fuzz targets: either any string the fuzzer makes, or one drawn from the characters of the
 * bundled sample chronicle and the markup the readers know, which reaches far deeper into the parsers
 * than random code points do.
 */
public final class FuzzText {

    /** Brackets, markup and layout the readers act on, beside the sample's own characters. */
    private static final String MARKUP = "《》〈〉（）()〔〕［］【】「」『』{}|=[]<>/\n\n\n\r\t 　，。、；：？！·按考注見又曰年月日朔閏春夏秋冬𨫼";

    private static final int[] ALPHABET = alphabet();

    private FuzzText() {
    }

    /** At most {@code maxCodePoints} code points; half the time from the annals alphabet. */
    public static String text(FuzzedDataProvider data, int maxCodePoints) {
        if (data.consumeBoolean()) {
            return data.consumeString(maxCodePoints);
        }
        int n = data.consumeInt(0, maxCodePoints);
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            out.appendCodePoint(ALPHABET[data.consumeInt(0, ALPHABET.length - 1)]);
        }
        return out.toString();
    }

    /** {@code text} as a Java string literal, control characters escaped: a finding's input, to paste into a test. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> out.append(c < 0x20 || c == '"' || c == '\\' ? String.format("\\u%04X", c) : Character.toString(c)));
        return out.append('"').toString();
    }

    private static int[] alphabet() {
        return (MARKUP + GeneratedText.sample()).codePoints().distinct().toArray();
    }
}
