package org.biannian.cli;

import java.util.concurrent.Callable;
import org.biannian.export.SourcesJson;
import org.biannian.sources.SourceIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code biannian sources FILE}: the source index of a chronicle as one JSON document (design.md §3). */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Index a chronicle's cited sources and the compiler's notes: JSON on stdout "
                + "(works, byWork, singleSource, notes, oppositions, juanMismatches, diagnostics).")
final class SourcesCommand implements Callable<Integer> {

    @Mixin
    ChronicleInput input;

    @Mixin
    PrettyOption pretty;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return input.run(spec, true, analysis -> {
            Output.json(spec.commandLine().getOut(),
                    SourcesJson.index(analysis.chronicle().source(), SourceIndex.build(analysis.sources())), pretty.isPretty());
            return 0;
        });
    }
}
