package org.biannian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.biannian.library.Provenance;

/**
 * The fingerprint of an authority: SHA-256 over the Biannian version (which fixes the built-in pack)
 * and, for each extra pack folder in order, every file's path within it and bytes. Editing one
 * record of a pack changes it, so a library knows its stored analysis is out of date.
 */
final class AuthorityFingerprint {

    private AuthorityFingerprint() {
    }

    /** The provenance of an analysis with {@code packs} over the built-in pack, by Biannian {@code version}. */
    static Provenance provenance(List<Path> packs, String version) {
        return new Provenance(of(packs, version), packs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(),
                version);
    }

    static String of(List<Path> packs, String version) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        digest.update(("built-in " + version + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path pack : packs) {
            digest.update(("pack\n").getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.walk(pack)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update((pack.relativize(file).toString().replace('\\', '/') + "\n").getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                // The pack was read a moment ago; one that vanished since leaves its name in the fingerprint.
                digest.update(("unreadable " + pack + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
