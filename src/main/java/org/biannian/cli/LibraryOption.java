package org.biannian.cli;

import java.nio.file.Path;
import org.biannian.library.Library;
import picocli.CommandLine.Option;

/** {@code --library DIR}, shared by the commands that use a library. */
final class LibraryOption {

    @Option(names = "--library", paramLabel = "DIR", description = "the library folder (default: ./" + Library.DEFAULT_FOLDER + ")")
    Path folder = Path.of(Library.DEFAULT_FOLDER);
}
