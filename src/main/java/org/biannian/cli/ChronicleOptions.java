package org.biannian.cli;

import java.nio.file.Path;
import org.biannian.annals.Chronicle;
import org.biannian.annals.ParseOptions;
import org.biannian.text.InputException;
import org.biannian.text.VariantFolding;
import org.biannian.text.TextFormat;
import picocli.CommandLine.Option;

/** The options every command that reads a chronicle takes. */
final class ChronicleOptions {

    @Option(names = "--start", paramLabel = "ERA+YEAR",
            description = "the year the text begins in, when it has no year headings (e.g. 淳化五年)")
    String start;

    @Option(names = "--regime", paramLabel = "REGIME",
            description = "the regime whose calendar the text follows (宋, 遼, 夏, 金); default 宋")
    String regime;

    @Option(names = "--style", paramLabel = "STYLE",
            description = "GANGMU (headline, narrative, citation) or BENJI (dated statements); default: detected")
    Chronicle.Style style;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = InputSize.Converter.class,
            description = "read at most this much (e.g. 500M, 2G); default: the Java heap / " + InputSize.HEAP_PER_BYTE
                    + ", since the whole text is analysed in memory")
    Long maxSize;

    /** The most bytes of input to read: {@code --max-size}, or the default for this heap. */
    long maxBytes() {
        return maxSize != null ? maxSize : InputSize.byDefault();
    }

    @Option(names = "--variants", paramLabel = "FILE",
            description = "a TSV of variant TAB key lines, the edition's own variant characters, added to the built-in folding (docs/variants.md)")
    Path variants;

    @Option(names = "--title", paramLabel = "TITLE",
            description = "what the document is called in the reader and the exports; default: the title its header gives, else its file name")
    String title;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "the file's form: plain, wiki, kanripo (Kanseki Repository) or siku (四庫 page layout); default: detected")
    String format;

    /**
     * The options; reads the user's variant list when one is given.
     *
     * @throws IllegalArgumentException for a format Biannian does not read
     */
    ParseOptions toParseOptions() throws InputException {
        return new ParseOptions(start, regime, style, format == null ? null : TextFormat.named(format),
                variants == null ? null : VariantFolding.withUserVariants(variants), title);
    }
}
