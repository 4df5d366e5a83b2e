package org.biannian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.biannian.Biannian;
import org.biannian.annotate.Mention;
import org.biannian.authority.PackFormatException;
import org.biannian.export.ChronicleJson;
import org.biannian.library.Analysis;
import org.biannian.text.InputException;
import org.biannian.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code biannian annotate FILE [--authority DIR]…}: one JSON object per mention (design.md §3). */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Find and link persons, places, offices, polities, groups, works, dates and roles (JSON Lines on stdout). "
                + "Roles such as 宋帝 are resolved by each entry's date, so give --start for a text without year headings.")
final class AnnotateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 text, or Wikisource markup (.wiki)")
    Path file;

    @Mixin
    ChronicleOptions chronicle;

    @Mixin
    AuthorityOption authority;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Analysis analysis;
        try {
            Biannian biannian = authority.biannian();
            SourceText text = biannian.read(file);
            analysis = biannian.analyse(Biannian.documentKey(file), text, chronicle.toParseOptions());
        } catch (PackFormatException | InputException e) {
            return Main.inputError(spec, e.getMessage());
        } catch (IllegalArgumentException e) {
            return Main.usageError(spec, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Mention m : analysis.mentions()) {
            Output.jsonLine(out, ChronicleJson.mention(analysis.chronicle().view(), m));
        }
        out.flush();
        return 0;
    }
}
