package org.biannian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.biannian.Biannian;
import org.biannian.authority.PackFormatException;
import org.biannian.library.IngestReport;
import org.biannian.library.LibraryException;
import org.biannian.text.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code biannian ingest FILE…}: parse texts and store them in a library folder. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse chronicles and store them in a library (SQLite records + Lucene index). "
                + "Changed files replace their records; unchanged files are skipped; a file read with other options, "
                + "authority packs or Biannian version is analysed again (--force: every file). All or nothing.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 texts or Wikisource .wiki files")
    List<Path> files;

    @Mixin
    ChronicleOptions chronicle;

    @Mixin
    AuthorityOption authority;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "analyse every file again, even those the library holds unchanged")
    boolean force;

    @Override
    public Integer call() {
        Set<String> keys = new HashSet<>();
        for (Path file : files) {
            if (!keys.add(Biannian.documentKey(file))) {
                return Main.usageError(spec, "two files would be stored as 「" + Biannian.documentKey(file)
                        + "」: give them different names");
            }
        }
        Biannian biannian;
        try {
            biannian = authority.biannian();
        } catch (PackFormatException e) {
            return Main.inputError(spec, e.getMessage());
        }
        Progress progress = new Progress(spec.commandLine().getErr(), files.size());
        IngestReport report;
        try {
            PrintWriter waitNote = spec.commandLine().getErr();
            report = biannian.ingest(library.folder, files, chronicle.toParseOptions(), chronicle.maxBytes(), force, progress::parsed,
                    () -> {
                        waitNote.println("biannian ingest: another ingest is writing " + library.folder + "; waiting for it to finish…");
                        waitNote.flush();
                    });
        } catch (InputException e) {
            progress.done();
            String message = e.getMessage();
            return Main.inputError(spec, message.endsWith("nothing was ingested") ? message : message + "; nothing was ingested");
        } catch (LibraryException e) {
            progress.done();
            return Main.inputError(spec, e.getMessage());
        } catch (IllegalArgumentException e) {
            progress.done();
            return Main.usageError(spec, e.getMessage());
        }
        progress.done();
        PrintWriter err = spec.commandLine().getErr();
        err.printf("ingested %d document(s) (%d entries, %d characters) into %s; %d unchanged%n",
                report.stored().size(), report.entries(), report.codePoints(), library.folder, report.unchanged().size());
        report.rekeyed().forEach((file, key) -> err.printf("%s stored as 「%s」: a document read from another file holds 「%s」%n",
                file, key, Biannian.documentKey(Path.of(file))));
        if (!report.withoutEntries().isEmpty()) {
            err.printf("left out %d file%s without chronicle entries: %s%n", report.withoutEntries().size(),
                    report.withoutEntries().size() == 1 ? "" : "s", String.join(", ", report.withoutEntries()));
        }
        if (!report.reanalysed().isEmpty()) {
            err.printf("re-analysed %d document%s (%s)%n", report.reanalysed().size(), report.reanalysed().size() == 1 ? "" : "s",
                    String.join(", ", new java.util.LinkedHashSet<>(report.reanalysed().values())));
        }
        err.flush();
        return 0;
    }

    /** A progress line on a terminal (files, entries, characters per second, time left); silent in a pipe. */
    static final class Progress {
        private final PrintWriter err;
        private final int files;
        private final boolean terminal = Output.isTerminal();
        private final long started = System.nanoTime();
        private int done;
        private int entries;
        private long chars;

        Progress(PrintWriter err, int files) {
            this.err = err;
            this.files = files;
        }

        void parsed(int entryCount, long codePoints) {
            done++;
            entries += entryCount;
            chars += codePoints;
            if (terminal) {
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                int width = 24;
                int filled = files == 0 ? width : done * width / files;
                // Time left from the files still to do at the pace so far (documents of a shelf are of like size).
                long left = Math.round(seconds / done * (files - done));
                err.printf("\r[%s%s] %d/%d files, %d entries, %.1f M chars/s, %s left ", "#".repeat(filled), " ".repeat(width - filled),
                        done, files, entries, chars / seconds / 1e6, left >= 60 ? left / 60 + " min " + left % 60 + " s" : left + " s");
                err.flush();
            }
        }

        void done() {
            if (terminal && done > 0) {
                err.println();
            }
        }
    }
}
