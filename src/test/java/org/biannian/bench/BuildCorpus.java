package org.biannian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the benchmark corpora (run by {@code bench/fetch-corpus.sh}): {@code poetry.txt}, 全宋詩 then
 * 全唐詩 from chinese-poetry's JSON, one poem a paragraph, repeated to at least {@link #TARGET}
 * characters; and {@code annals.txt}, the project's chronicles, one after the other.
 */
public final class BuildCorpus {

    /** The size the issue asks for: 50 million characters. */
    static final long TARGET = 50_000_000L;

    private BuildCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path poems = Path.of(args[0]);
        Path chronicles = Path.of(args[1]);
        Path out = Path.of(args[2]);
        StringBuilder distinct = new StringBuilder(24_000_000);
        ObjectMapper json = new ObjectMapper();
        for (String dynasty : List.of("song", "tang")) {
            List<Path> files;
            try (var list = Files.list(poems)) {
                files = list.filter(f -> f.getFileName().toString().startsWith("poet." + dynasty + ".")).sorted(
                        (a, b) -> Integer.compare(number(a), number(b))).toList();
            }
            for (Path f : files) {
                for (JsonNode poem : json.readTree(f.toFile())) {
                    distinct.append(poem.path("title").asText()).append('　').append(poem.path("author").asText()).append('\n');
                    for (JsonNode line : poem.path("paragraphs")) {
                        distinct.append(line.asText()).append('\n');
                    }
                    distinct.append('\n');
                }
            }
        }
        long distinctChars = distinct.codePoints().count();
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("poetry.txt"), StandardCharsets.UTF_8)) {
            while (written < TARGET) {
                w.append(distinct);
                written += distinctChars;
            }
        }
        StringBuilder annals = new StringBuilder();
        try (var list = Files.list(chronicles)) {
            for (Path f : list.sorted().toList()) {
                annals.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        Files.writeString(out.resolve("annals.txt"), annals, StandardCharsets.UTF_8);
        System.out.printf("poetry.txt: %,d characters (%,d distinct, repeated); annals.txt: %,d characters%n",
                written, distinctChars, annals.codePoints().count());
    }

    private static int number(Path f) {
        String[] parts = f.getFileName().toString().split("\\.");
        return Integer.parseInt(parts[2]);
    }
}
