package org.biannian.authority.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The names of a hand-made pack file (docs/authority.md's TSV), which a generator must not list again. */
final class HandPack {

    private HandPack() {
    }

    /** Every canonical name in {@code tsv}; with {@code listed}, its listed names too (the part before a /kind). */
    static Set<String> names(Path tsv, boolean listed) throws IOException {
        Set<String> names = new HashSet<>();
        Map<String, Integer> columns = null;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    columns.put(cells[i], i);
                }
                continue;
            }
            names.add(cells[columns.get("canonical")]);
            if (listed) {
                for (String n : cells[columns.get("names")].split("\\|")) {
                    if (!n.isBlank()) {
                        names.add(n.split("/")[0]);
                    }
                }
            }
        }
        return names;
    }
}
