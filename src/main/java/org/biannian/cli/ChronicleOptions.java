package org.biannian.cli;

import org.biannian.annals.Chronicle;
import org.biannian.annals.ParseOptions;
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

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "the file's form: plain, wiki, kanripo (Kanseki Repository) or siku (四庫 page layout); default: detected")
    String format;

    /** @throws IllegalArgumentException for a format Biannian does not read */
    ParseOptions toParseOptions() {
        return new ParseOptions(start, regime, style, format == null ? null : TextFormat.named(format));
    }
}
