package org.biannian.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: into a hidden {@code .partial} file beside the target, then
 * moved over it. A killed export leaves the old file (or none); a failed one (disk full) also removes
 * its partial file, so nothing of it is left behind.
 */
public final class AtomicFile {

    /** What writes the file's content. */
    @FunctionalInterface
    public interface Body<E extends Exception> {
        void write(Writer out) throws IOException, E;
    }

    private AtomicFile() {
    }

    /** Writes {@code target} (UTF-8) with {@code body}, creating its folder if needed. */
    public static <E extends Exception> void write(Path target, Body<E> body) throws IOException, E {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, "." + target.getFileName(), ".partial");
        boolean moved = false;
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8))) {
                body.write(out);
                out.flush();
                org.biannian.library.PausePoint.reach("export-written"); // where a crash test's kill lands
            }
            // createTempFile makes the file owner-only; an export is meant to be shared like any other file.
            partial.toFile().setReadable(true, false);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(partial);
            }
        }
    }
}
