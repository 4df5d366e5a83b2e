package org.biannian.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.biannian.Biannian;
import org.biannian.export.ParallelJson;
import org.biannian.library.LibraryException;
import org.biannian.parallels.Parallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code biannian parallels --library DIR [--document ID]}: each entry's parallel passages in the other documents, JSON Lines. */
@Command(name = "parallels", mixinStandardHelpOptions = true,
        description = "Check a chronicle against its sources: for each entry, the passages of the library's other documents "
                + "that tell the same event (cited works first), with the source's date, whether it agrees, and the names, "
                + "places and numbers that differ. JSON Lines, one per (entry, passage).")
final class ParallelsCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Option(names = "--document", paramLabel = "ID",
            description = "the chronicle to check (its key, the file name without extension); default: every document that cites a work")
    String document;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Integer missing = LibraryOption.missing(spec, library.folder);
        if (missing != null) {
            return missing;
        }
        Biannian biannian = Biannian.create();
        var out = spec.commandLine().getOut();
        try {
            List<String> keys = biannian.documentKeys(library.folder);
            if (document != null && !keys.contains(document)) {
                return Main.inputError(spec, "no document 「" + document + "」 in " + library.folder + "; it holds: "
                        + String.join(", ", keys));
            }
            for (Parallel p : biannian.parallels(library.folder, document)) {
                Output.jsonLine(out, ParallelJson.of(p));
            }
        } catch (LibraryException e) {
            return Main.inputError(spec, e.getMessage());
        }
        out.flush();
        return 0;
    }
}
