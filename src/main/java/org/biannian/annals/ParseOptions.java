package org.biannian.annals;

/**
 * How to read a chronicle.
 *
 * @param start  the era-year the text begins in when it has no year headings (「淳化五年」), or null
 * @param regime the regime whose calendar the text follows when it names none (宋), or null for 宋
 * @param style  the text's shape, or null to detect it
 */
public record ParseOptions(String start, String regime, Chronicle.Style style) {

    public static ParseOptions defaults() {
        return new ParseOptions(null, null, null);
    }
}
