package org.biannian.authority.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.biannian.calendar.ChineseNumerals;
import org.biannian.text.KanripoReader;
import org.biannian.text.SourceText;

/** The juans of a Kanseki Repository text checked out in a folder, as the generators read them. */
final class KanripoJuans {

    private KanripoJuans() {
    }

    /**
     * Each juan's file, by the juan its own header names: in 宋史 (KR2a0032) the file numbers run one ahead of the
     * juans from 卷89 to 卷99 (file 089 is the 考證 of 卷88), so a file name is not its juan. Commentary files are left out.
     */
    static Map<Integer, Path> files(Path dir) throws IOException {
        Map<Integer, Path> files = new TreeMap<>();
        try (var listing = Files.list(dir)) {
            for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                KanripoReader.read(source(file)).title().map(t -> t.juan()).filter(j -> j != null && j.matches("卷[一二三四五六七八九十百]+"))
                        .ifPresent(j -> files.putIfAbsent(ChineseNumerals.parse(j.substring(1)), file));
            }
        }
        return files;
    }

    /** A juan's running text as the project's Kanripo reader gives it, without line ends or layout spaces. */
    static String text(Path file) throws IOException {
        return KanripoReader.read(source(file)).text().text().replaceAll("[\\s　]", "");
    }

    private static SourceText source(Path file) throws IOException {
        return SourceText.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
}
