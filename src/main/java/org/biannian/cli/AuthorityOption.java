package org.biannian.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.biannian.Biannian;
import org.biannian.authority.PackFormatException;
import picocli.CommandLine.Option;

/** {@code --authority DIR}, repeatable: the user's authority packs over the built-in one. */
final class AuthorityOption {

    @Option(names = "--authority", paramLabel = "DIR",
            description = "an extra authority pack folder (docs/authority.md); repeatable, later packs extend or override earlier ones")
    List<Path> packs = new ArrayList<>();

    /** A Biannian with these packs. */
    Biannian biannian() throws PackFormatException {
        return Biannian.withAuthority(packs);
    }
}
