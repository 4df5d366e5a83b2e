package org.biannian.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.biannian.cli.Main;
import org.biannian.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "files a user points Biannian at": {@code export -o PATH} writes the file the user meant
 * (through a link, keeping its mode), refuses what is not a regular file or lies in a missing folder,
 * and names the user's path, never its partial file.
 */
class AtomicFileTest {

    @TempDir
    Path dir;

    private static void write(Path target, String text) throws IOException {
        AtomicFile.write(target, out -> out.write(text));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aDanglingLinkCreatesTheFileItPointsTo() throws Exception {
        Files.createDirectory(dir.resolve("out"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("out/made.json"));
        write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("out/made.json"))).isEqualTo("new");
    }

    @Test
    void aFileKeepsItsPermissions() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.json"), "old");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        write(secret, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        Path fresh = dir.resolve("fresh.json");
        write(fresh, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
    }

    @Test
    void aFifoIsRefusedAndLeftAsItIs() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo not available");
        assertThatThrownBy(() -> write(fifo, "x")).hasMessageStartingWith(fifo + ": it is not a regular file");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertNoPartialFile();
    }

    @Test
    void aDeviceIsRefusedAndLeftAsItIs() throws Exception {
        // A device node of our own (/dev/null's numbers), so a regression cannot clobber the real one.
        Path device = dir.resolve("null");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
                "mknod needs root (CI and the build machine are root)");
        Path link = Files.createSymbolicLink(dir.resolve("to-device"), device);
        assertThatThrownBy(() -> write(device, "x")).hasMessageStartingWith(device + ": it is not a regular file");
        assertThatThrownBy(() -> write(link, "x")).hasMessageStartingWith(link + ": it is not a regular file");
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertNoPartialFile();
    }

    @Test
    void aMissingFolderIsRefusedNotCreated() {
        Path target = dir.resolve("nonexistent/dir/x.json");
        assertThatThrownBy(() -> write(target, "x"))
                .hasMessage(target + ": there is no folder " + dir.resolve("nonexistent/dir") + " (create it first)");
        assertThat(dir.resolve("nonexistent")).doesNotExist();
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("x.json"));
        assertThatThrownBy(() -> write(folder, "x")).hasMessageStartingWith(folder + ": it is a folder");
    }

    @Test
    void csvMakesItsFolderButNotTheFoldersAboveIt() throws Exception {
        Path library = dir.resolve("lib");
        Library.open(library).close();
        StringWriter err = new StringWriter();
        Path tables = dir.resolve("a/b/tables");
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "export", "--format", "csv", "--library", library.toString(), "-o", tables.toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains(tables + ": there is no folder");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void anUnwritablePlaceIsReportedUnderTheUsersPathNotThePartialFile() throws Exception {
        Path library = dir.resolve("lib");
        Library.open(library).close();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "export", "--format", "json", "--library", library.toString(), "-o", "/proc/x.json");
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("biannian: cannot write the export: /proc/x.json: ")
                .doesNotContain("partial").doesNotContain("Exception");
    }

    private void assertNoPartialFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }
}
