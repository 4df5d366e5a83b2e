package org.biannian.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.biannian.Biannian;
import org.biannian.authority.PackFormatException;
import org.biannian.library.Analysis;
import org.biannian.export.ChronicleJson;
import org.biannian.text.InputException;
import org.biannian.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code biannian parse FILE}: the chronicle's entries as one JSON document. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse a chronicle into dated entries: JSON on stdout (entries, segments, diagnostics).")
final class ParseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 text, or a Wikisource .wiki file")
    Path file;

    @Mixin
    ChronicleOptions chronicle;

    @Mixin
    AuthorityOption authority;

    @Option(names = "--pretty", negatable = true, description = "indent the JSON (default: on a terminal)")
    Boolean pretty;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Biannian biannian;
        try {
            biannian = authority.biannian();
        } catch (PackFormatException e) {
            return Main.inputError(spec, e.getMessage());
        }
        SourceText text;
        try {
            text = biannian.read(file);
        } catch (InputException e) {
            return Main.inputError(spec, e.getMessage());
        }
        Analysis analysis;
        try {
            analysis = biannian.analyse(Biannian.documentKey(file), text, chronicle.toParseOptions());
        } catch (IllegalArgumentException e) {
            return Main.usageError(spec, e.getMessage());
        }
        if (analysis.chronicle().entries().isEmpty()) {
            return Main.inputError(spec, file + ": no chronicle entries found (the text has no dated headlines or "
                    + "statements; is it a chronicle? " + (text.length() == 0 ? "the file is empty" : text.length() + " characters read") + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (JsonGenerator json = Output.generator(out, pretty != null ? pretty : Output.isTerminal())) {
            ChronicleJson.write(analysis, json);
        } catch (IOException e) {
            return Main.inputError(spec, "cannot write the output: " + e.getMessage());
        }
        out.println();
        out.flush();
        return 0;
    }
}
