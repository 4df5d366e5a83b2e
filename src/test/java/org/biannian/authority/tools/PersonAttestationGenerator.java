package org.biannian.authority.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.biannian.authority.Name;
import org.biannian.text.VariantFolding;

/**
 * Keeps in {@code persons.tsv} and {@code places.tsv} only records with a fact beyond their name (for a
 * place: a point, years or a note). A hand-made record with no
 * years, no CBDB id and no note is looked for in 宋史 (the Kanseki Repository text, KR2a0032, every
 * juan; variants folded): where the history names the person, the record gets the juans as its
 * attestation (「宋史卷5, 卷485」), a citation a historian can check; where it does not, the record is
 * dropped — a name seen only in one chronicle is left for the annotator's rules and the user's own
 * packs, not asserted by the built-in pack.
 *
 * <p>Run: {@code mvn -q test-compile && java -cp target/test-classes:target/classes
 * org.biannian.authority.tools.PersonAttestationGenerator KR2a0032_DIR src/main/resources/org/biannian/authority/pack}
 */
public final class PersonAttestationGenerator {

    private static final VariantFolding FOLDING = VariantFolding.builtIn();

    private PersonAttestationGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PersonAttestationGenerator KR2a0032_DIR PACK_DIR");
            System.exit(2);
        }
        Map<Integer, String> juans = new TreeMap<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("KR2a0032_\\d{3}\\.txt")).toList()) {
                int juan = Integer.parseInt(f.getFileName().toString().substring(9, 12));
                String text = Files.readString(f, StandardCharsets.UTF_8).replaceAll("<pb:[^>]*>", "").replace("¶\n", "").replace("¶", "");
                juans.put(juan, FOLDING.fold(text));
            }
        }
        attest(juans, Path.of(args[1]).resolve("persons.tsv"), List.of("years", "cbdb", "note"));
        attest(juans, Path.of(args[1]).resolve("places.tsv"), List.of("lat", "years", "note"));
    }

    /** Rewrites {@code file}: a record with every one of {@code facts} empty is attested in 宋史 or dropped. */
    private static void attest(Map<Integer, String> juans, Path persons, List<String> facts) throws IOException {
        List<String> out = new ArrayList<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        int attested = 0;
        List<String> dropped = new ArrayList<>();
        for (String line : Files.readAllLines(persons, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                out.add(line);
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns.isEmpty()) {
                for (int i = 0; i < cells.length; i++) {
                    columns.put(cells[i], i);
                }
                out.add(line);
                continue;
            }
            cells = java.util.Arrays.copyOf(cells, Math.max(cells.length, columns.size()));
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] == null ? "" : cells[i];
            }
            int note = columns.get("note");
            String[] row = cells;
            if (facts.stream().anyMatch(c -> !row[columns.get(c)].isBlank())) {
                out.add(String.join("\t", cells));
                continue;
            }
            List<String> forms = new ArrayList<>(List.of(cells[columns.get("canonical")]));
            for (String field : cells[columns.get("names")].split("\\|")) {
                if (!field.isBlank()) {
                    Name n = Name.parse(field);
                    if (n.text().codePointCount(0, n.text().length()) >= 3 && !n.kind().equals("given")) {
                        forms.add(n.text());
                    }
                }
            }
            List<Integer> where = new ArrayList<>();
            for (Map.Entry<Integer, String> juan : juans.entrySet()) {
                if (forms.stream().anyMatch(f -> juan.getValue().contains(FOLDING.fold(f)))) {
                    where.add(juan.getKey());
                }
            }
            if (where.isEmpty()) {
                dropped.add(cells[columns.get("canonical")]);
                continue;
            }
            StringBuilder cite = new StringBuilder("name attested in 宋史");
            for (int i = 0; i < Math.min(3, where.size()); i++) {
                cite.append(i == 0 ? "卷" : ", 卷").append(where.get(i));
            }
            cells[note] = cite.append(" (by name only; identity not checked)").toString();
            out.add(String.join("\t", cells));
            attested++;
        }
        Files.write(persons, out, StandardCharsets.UTF_8);
        System.out.println(persons.getFileName() + ": " + attested + " records attested in 宋史; dropped (no fact beyond a name): " + dropped);
    }
}
