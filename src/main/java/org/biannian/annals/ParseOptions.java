package org.biannian.annals;

import org.biannian.text.TextFormat;
import org.biannian.text.VariantFolding;

/**
 * How to read a chronicle.
 *
 * @param start    the era-year the text begins in when it has no year headings (「淳化五年」), or null
 * @param regime   the regime whose calendar the text follows when it names none (宋), or null for 宋
 * @param style    the text's shape, or null to detect it
 * @param format   the file's form (plain, wiki, Kanripo, 四庫 layout), or null to detect it
 * @param variants the variant folding the readers match with (the built-in one, or extended by the
 *                 user's list for an edition's private habits: {@code --variants FILE}); null for the built-in
 * @param title    what the document is called where a reader sees it ({@code --title}), or null for the
 *                 title its header gives, else its file name
 */
public record ParseOptions(String start, String regime, Chronicle.Style style, TextFormat format, VariantFolding variants,
                           String title) {

    public ParseOptions {
        variants = variants == null ? VariantFolding.builtIn() : variants;
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /** Options with the document's own title. */
    public ParseOptions(String start, String regime, Chronicle.Style style, TextFormat format, VariantFolding variants) {
        this(start, regime, style, format, variants, null);
    }

    /** Options with the file's form detected and the built-in variant folding. */
    public ParseOptions(String start, String regime, Chronicle.Style style) {
        this(start, regime, style, null, null);
    }

    /** Options with the built-in variant folding. */
    public ParseOptions(String start, String regime, Chronicle.Style style, TextFormat format) {
        this(start, regime, style, format, null);
    }

    public static ParseOptions defaults() {
        return new ParseOptions(null, null, null, null, null, null);
    }

    /** These options with {@code folding} as the variant folding. */
    public ParseOptions withVariants(VariantFolding folding) {
        return new ParseOptions(start, regime, style, format, folding, title);
    }
}
