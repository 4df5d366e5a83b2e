package org.biannian.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.biannian.export.ChronicleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code biannian parse FILE}: the chronicle's entries as one JSON document. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse a chronicle into dated entries: JSON on stdout (entries with dates, citations, notes and "
                + "mentions; segments; diagnostics).")
final class ParseCommand implements Callable<Integer> {

    @Mixin
    ChronicleInput input;

    @Mixin
    PrettyOption pretty;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return input.run(spec, true, analysis -> {
            PrintWriter out = spec.commandLine().getOut();
            try (JsonGenerator json = Output.generator(out, pretty.isPretty())) {
                ChronicleJson.write(analysis, json);
            } catch (IOException e) {
                return Main.inputError(spec, "cannot write the output: " + e.getMessage());
            }
            out.println();
            out.flush();
            return 0;
        });
    }
}
