package org.biannian.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.biannian.Biannian;
import org.biannian.export.ParallelJson;
import org.biannian.library.Analysis;
import org.biannian.library.Library;
import org.biannian.library.LibraryException;
import org.biannian.parallels.Parallel;
import org.biannian.parallels.SourceLibrary;
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
        if (!Files.isDirectory(library.folder)) {
            return Main.inputError(spec, "no library at " + library.folder + ": create one with ./biannian ingest FILE… --library "
                    + library.folder);
        }
        Biannian biannian = Biannian.create();
        var out = spec.commandLine().getOut();
        try (Library opened = Library.open(library.folder)) {
            List<String> keys = opened.documents().stream().map(d -> d.key()).toList();
            if (document != null && !keys.contains(document)) {
                return Main.inputError(spec, "no document 「" + document + "」 in " + library.folder + "; it holds: "
                        + String.join(", ", keys));
            }
            // What the library stored at ingest; a library ingested before parallels were stored has none: find them now.
            List<Parallel> found = opened.parallels(document);
            if (found.isEmpty()) {
                List<Analysis> documents = biannian.stored(opened);
                SourceLibrary sources = biannian.parallelSources(documents);
                found = documents.stream()
                        .filter(a -> document == null ? Biannian.citesAWork(a) : a.key().equals(document))
                        .flatMap(a -> biannian.parallels(a, sources).stream())
                        .toList();
            }
            for (Parallel p : found) {
                Output.jsonLine(out, ParallelJson.of(p));
            }
        } catch (LibraryException e) {
            return Main.inputError(spec, e.getMessage());
        }
        out.flush();
        return 0;
    }
}
