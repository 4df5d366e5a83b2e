package org.biannian.annals;

import org.biannian.text.TextFormat;

/**
 * How to read a chronicle.
 *
 * @param start  the era-year the text begins in when it has no year headings (「淳化五年」), or null
 * @param regime the regime whose calendar the text follows when it names none (宋), or null for 宋
 * @param style  the text's shape, or null to detect it
 * @param format the file's form (plain, wiki, Kanripo, 四庫 layout), or null to detect it
 */
public record ParseOptions(String start, String regime, Chronicle.Style style, TextFormat format) {

    /** Options with the file's form detected. */
    public ParseOptions(String start, String regime, Chronicle.Style style) {
        this(start, regime, style, null);
    }

    public static ParseOptions defaults() {
        return new ParseOptions(null, null, null, null);
    }
}
