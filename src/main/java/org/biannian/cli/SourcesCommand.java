package org.biannian.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.biannian.Biannian;
import org.biannian.annals.Chronicle;
import org.biannian.export.SourcesJson;
import org.biannian.text.InputException;
import org.biannian.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code biannian sources FILE}: the source index of a chronicle as one JSON document (design.md §3). */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Index a chronicle's cited sources and the compiler's notes: JSON on stdout "
                + "(works, byWork, singleSource, notes, oppositions, juanMismatches, diagnostics).")
final class SourcesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 text, or a Wikisource .wiki file")
    Path file;

    @Mixin
    ChronicleOptions chronicle;

    @Option(names = "--pretty", negatable = true, description = "indent the JSON (default: on a terminal)")
    Boolean pretty;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Biannian biannian = Biannian.create();
        SourceText text;
        try {
            text = biannian.read(file);
        } catch (InputException e) {
            return Main.inputError(spec, e.getMessage());
        }
        Chronicle parsed;
        try {
            parsed = biannian.parse(text, chronicle.toParseOptions());
        } catch (IllegalArgumentException e) {
            return Main.usageError(spec, e.getMessage());
        }
        if (parsed.entries().isEmpty()) {
            return Main.inputError(spec, file + ": no chronicle entries found, so no sources to index");
        }
        Output.json(spec.commandLine().getOut(), SourcesJson.index(text, biannian.sourceIndex(parsed)),
                pretty != null ? pretty : Output.isTerminal());
        return 0;
    }
}
