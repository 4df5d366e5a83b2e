package org.biannian.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.biannian.annotate.Mention;
import org.biannian.export.ChronicleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code biannian annotate FILE [--authority DIR]…}: one JSON object per mention (design.md §3). */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Find and link persons, places, offices, polities, groups, works, dates and roles (JSON Lines on stdout). "
                + "Roles such as 宋帝 are resolved by each entry's date, so give --start for a text without year headings.")
final class AnnotateCommand implements Callable<Integer> {

    @Mixin
    ChronicleInput input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return input.run(spec, false, analysis -> {
            PrintWriter out = spec.commandLine().getOut();
            for (Mention m : analysis.mentions()) {
                Output.jsonLine(out, ChronicleJson.mention(analysis.chronicle().view(), m));
            }
            out.flush();
            return 0;
        });
    }
}
