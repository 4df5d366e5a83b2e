package org.biannian.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * A file written whole or not at all: into a hidden {@code .partial} file beside the file the user
 * meant, then moved over it. A killed export leaves the old file (or none); a failed one (disk full)
 * also removes its partial file, so nothing of it is left behind.
 *
 * <p>The file the user meant is the one a symbolic link points to (the link stays a link), and an
 * existing file keeps its permissions. Only regular files are replaced: a device, FIFO or folder is
 * refused, and so is a missing folder, since creating folders is not what the user asked for. Every
 * failure names the user's path, never the partial file.
 */
public final class AtomicFile {

    /** What writes the file's content. */
    @FunctionalInterface
    public interface Body<E extends Exception> {
        void write(Writer out) throws IOException, E;
    }

    /** Links followed before giving up, as the kernel does (ELOOP). */
    private static final int MAX_LINKS = 40;

    /** A new export is meant to be shared like any other file (createTempFile makes it owner-only). */
    private static final Set<PosixFilePermission> NEW_FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private AtomicFile() {
    }

    /**
     * Writes {@code target} (UTF-8) with {@code body}.
     *
     * @throws IOException whose message is {@code target} as the user gave it and the reason it cannot be written
     */
    public static <E extends Exception> void write(Path target, Body<E> body) throws IOException, E {
        Path file = meant(target);
        Path parent = file.getParent();
        PosixFileAttributes existing = posixAttributes(file);
        Path partial;
        try {
            partial = Files.createTempFile(parent, "." + file.getFileName(), ".partial");
        } catch (IOException e) {
            throw failure(target, e);
        }
        boolean moved = false;
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8))) {
                body.write(out);
                out.flush();
                org.biannian.library.PausePoint.reach("export-written"); // where a crash test's kill lands
            } catch (IOException e) {
                throw failure(target, e);
            }
            try {
                keepAttributes(partial, existing);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw failure(target, e);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(partial);
            }
        }
    }

    /**
     * The file {@code target} names once symbolic links are followed, absolute; refused unless it is
     * a regular file or absent from a folder that exists.
     */
    static Path meant(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(file); links++) {
            if (links == MAX_LINKS) {
                throw new IOException(target + ": too many symbolic links");
            }
            file = file.getParent().resolve(Files.readSymbolicLink(file)).normalize();
        }
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException(target + ": there is no folder " + (parent == null ? "/" : parent)
                    + " (create it first)");
        }
        // The folder's own links are resolved too, so the partial file lies on the target's file system.
        file = parent.toRealPath().resolve(file.getFileName());
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return file;
        }
        if (attributes.isDirectory()) {
            throw new IOException(target + ": it is a folder; give a file name");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(target + ": it is not a regular file (a device, FIFO or socket);"
                    + " an export is written whole to a regular file, give a file name (or no -o for stdout)");
        }
        return file;
    }

    private static PosixFileAttributes posixAttributes(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null || !Files.exists(file)) {
            return null;
        }
        return view.readAttributes();
    }

    /** The replaced file's permissions (and group, where we may set it); a new file gets rw-r--r--. */
    private static void keepAttributes(Path partial, PosixFileAttributes existing) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(partial, PosixFileAttributeView.class);
        if (view == null) {
            partial.toFile().setReadable(true, false);
            return;
        }
        if (existing == null) {
            view.setPermissions(NEW_FILE);
            return;
        }
        view.setPermissions(existing.permissions());
        try {
            view.setGroup(existing.group());
            view.setOwner(existing.owner());
        } catch (IOException e) {
            // Only root may give a file away; the owner's own file stays the owner's anyway.
        }
    }

    private static IOException failure(Path target, IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e instanceof FileSystemException ? e.getClass().getSimpleName().replace("Exception", "")
                : e.getMessage();
        return new IOException(target + ": " + reason, e);
    }
}
