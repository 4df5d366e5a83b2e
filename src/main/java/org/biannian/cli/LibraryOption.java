package org.biannian.cli;

import java.nio.file.Path;
import org.biannian.Biannian;
import picocli.CommandLine.Option;

/** {@code --library DIR}, shared by the commands that use a library. */
final class LibraryOption {

    @Option(names = "--library", paramLabel = "DIR", description = "the library folder (default: ./" + Biannian.DEFAULT_LIBRARY + ")")
    Path folder = Path.of(Biannian.DEFAULT_LIBRARY);

    /** The error a command reading {@code folder} gives when no library is there, or null when one is. */
    static Integer missing(picocli.CommandLine.Model.CommandSpec spec, Path folder) {
        if (java.nio.file.Files.isDirectory(folder)) {
            return null;
        }
        return Main.inputError(spec, "no library at " + folder + ": create one with ./biannian ingest FILE… --library " + folder);
    }
}
