package org.biannian.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.biannian.text.InputException;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;

/** The reference data beside the checkout ({@code ../shared}); tests only, never shipped. */
public final class Shared {

    private Shared() {
    }

    /** The folder: system property {@code biannian.shared} (set by surefire), else {@code ../shared}. */
    public static Path root() {
        Path root = Path.of(System.getProperty("biannian.shared", "../shared"));
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("reference data not found at " + root.toAbsolutePath()
                    + ": tests need ../shared beside the checkout");
        }
        return root;
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }

    /** The sample chronicle, 戴錫章《西夏紀》 994–998. */
    public static Path sample() {
        return path("corpus/xixiaji-994-998.txt");
    }

    /** 宋史卷5 in Wikisource markup. */
    public static Path songshi5() {
        return path("corpus/songshi-juan005-taizong2.wiki");
    }

    public static SourceText read(Path file) {
        try {
            return TextReader.read(file);
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines of a reference file, without comment lines starting with #. */
    public static List<String> lines(String relative) {
        try {
            return Files.readAllLines(path(relative), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the corpus folder and its subfolders (corpus/changbian: the Kanripo 長編). */
    public static List<Path> corpusFiles() {
        try (var files = Files.walk(path("corpus"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
