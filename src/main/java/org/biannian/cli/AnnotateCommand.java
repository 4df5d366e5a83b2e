package org.biannian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.biannian.Biannian;
import org.biannian.annals.Chronicle;
import org.biannian.annotate.Mention;
import org.biannian.authority.Authority;
import org.biannian.authority.PackFormatException;
import org.biannian.export.MentionJson;
import org.biannian.text.InputException;
import org.biannian.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code biannian annotate FILE [--authority DIR]…}: one JSON object per mention (design.md §3). */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Find and link persons, places, offices, polities, groups, works, dates and roles (JSON Lines on stdout).")
final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 text, or a Wikisource .wiki file")
    Path file;

    @Mixin
    ChronicleOptions chronicle;

    @Option(names = "--authority", paramLabel = "DIR",
            description = "an extra authority pack folder (see docs/authority.md); repeatable, later packs override earlier ones")
    List<Path> packs = new ArrayList<>();

    @Override
    public Integer call() {
        Biannian biannian = Biannian.create();
        Authority authority;
        SourceText text;
        try {
            authority = biannian.authority(packs);
            text = biannian.read(file);
        } catch (PackFormatException | InputException e) {
            return Main.inputError(spec, e.getMessage());
        }
        // Parsing dates the entries, so 宋帝 / 帝 resolve to the ruler of each entry's day.
        Chronicle parsed;
        try {
            parsed = biannian.parse(text, chronicle.toParseOptions());
        } catch (IllegalArgumentException e) {
            return Main.usageError(spec, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Mention m : biannian.annotate(parsed, authority, chronicle.regime)) {
            Output.jsonLine(out, MentionJson.mention(m));
        }
        out.flush();
        return 0;
    }
}
