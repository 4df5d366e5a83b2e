package org.biannian.cli;

import java.nio.file.Path;
import org.biannian.Biannian;
import picocli.CommandLine.Option;

/** {@code --library DIR}, shared by the commands that use a library. */
final class LibraryOption {

    @Option(names = "--library", paramLabel = "DIR", description = "the library folder (default: ./" + Biannian.DEFAULT_LIBRARY + ")")
    Path folder = Path.of(Biannian.DEFAULT_LIBRARY);
}
