package org.biannian.authority;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.biannian.calendar.Jdn;

/**
 * Reads one authority pack: a folder (or class-path folder) of TSV files with a header row,
 * described in {@code docs/authority.md}. Missing files are simply absent kinds; unknown columns
 * are ignored so packs may carry extra data.
 */
final class PackReader {

    /** One parsed pack, before merging with others. */
    record Pack(List<AuthorityRecord> records, List<Reign> reigns, List<RoleWord> roles) {}

    /** A second places file, generated from a gazetteer. */
    static final String GAZETTEER = "gazetteer.tsv";
    /** A third places file, generated from a history's treatise on geography. */
    static final String GEOGRAPHY = "geography.tsv";
    /** A fourth places file: forts, towns and passes a history frames as places (PlaceAttestationGenerator). */
    static final String ATTESTED_PLACES = "attested-places.tsv";
    /** A second persons file, generated from the biographies of a history. */
    static final String BIOGRAPHIES = "biographies.tsv";
    /** A third persons file: persons a history names in the annotator's frames (FramedPersonsGenerator). */
    static final String FRAMED_PERSONS = "framed-persons.tsv";
    /** The emperors of the states before the Song, by state and temple name (EarlierRulersGenerator). */
    static final String EARLIER_RULERS = "earlier-rulers.tsv";

    private final String label;
    private final Function<String, InputStream> opener;

    private PackReader(String label, Function<String, InputStream> opener) {
        this.label = label;
        this.opener = opener;
    }

    static Pack readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new PackFormatException(folder, "authority pack folder not found (give a folder of TSV files, see docs/authority.md)");
        }
        PackReader reader = new PackReader(folder.toString(), name -> {
            Path file = folder.resolve(name);
            try {
                return Files.exists(file) ? Files.newInputStream(file) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Pack pack = reader.read();
        if (pack.records().isEmpty() && pack.reigns().isEmpty() && pack.roles().isEmpty()) {
            throw new PackFormatException(folder, "no pack files (persons.tsv, places.tsv, … see docs/authority.md)");
        }
        return pack;
    }

    static Pack readResource(String resourceFolder) {
        return new PackReader("built-in pack", name -> PackReader.class.getResourceAsStream(resourceFolder + "/" + name)).read();
    }

    private Pack read() {
        List<AuthorityRecord> records = new ArrayList<>();
        Map<String, String> firstUse = new HashMap<>();
        for (EntityKind kind : EntityKind.values()) {
            for (Row row : rows(kind.fileName())) {
                records.add(row.toRecord(kind, firstUse));
            }
        }
        // Generated records, kept apart from the hand-made files in the same columns: places from a gazetteer
        // (GazetteerPackGenerator), a treatise on geography (GeographyPackGenerator) and a history's own framing (PlaceAttestationGenerator),
        // persons from the histories' biographies (BiographyPackGenerator) and frames (FramedPersonsGenerator), and the
        // emperors before the Song from the time authority (EarlierRulersGenerator).
        for (String file : List.of(GAZETTEER, GEOGRAPHY, ATTESTED_PLACES)) {
            for (Row row : rows(file)) {
                records.add(row.toRecord(EntityKind.PLACE, firstUse));
            }
        }
        for (String file : List.of(BIOGRAPHIES, FRAMED_PERSONS, EARLIER_RULERS)) {
            for (Row row : rows(file)) {
                records.add(row.toRecord(EntityKind.PERSON, firstUse));
            }
        }
        List<Reign> reigns = new ArrayList<>();
        for (Row row : rows("reigns.tsv")) {
            reigns.add(new Reign(row.required("polity"), row.required("person"), row.julianDay("first"),
                    row.julianDay("last"), row.get("precision").isEmpty() ? "day" : row.get("precision")));
        }
        List<RoleWord> roles = new ArrayList<>();
        for (Row row : rows("roles.tsv")) {
            roles.add(new RoleWord(row.required("text"), row.get("polity"), row.get("guard"), row.get("person")));
        }
        return new Pack(records, reigns, roles);
    }

    private List<Row> rows(String fileName) {
        InputStream in = opener.apply(fileName);
        if (in == null) {
            return List.of();
        }
        String file = label + "/" + fileName;
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Integer> columns = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        columns.put(cells[i].strip(), i);
                    }
                    continue;
                }
                rows.add(new Row(file, number, columns, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        return rows;
    }

    /** One data line, read by column name. */
    private record Row(String file, int line, Map<String, Integer> columns, String[] cells) {

        String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= cells.length ? "" : cells[index].strip();
        }

        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw new PackFormatException(file, line, "column '" + column + "' is required");
            }
            return value;
        }

        int julianDay(String column) {
            String value = required(column);
            try {
                int[] ymd = Arrays.stream(value.split("-")).mapToInt(Integer::parseInt).toArray();
                return Jdn.fromJulian(ymd[0], ymd[1], ymd[2]);
            } catch (RuntimeException e) {
                throw new PackFormatException(file, line, "column '" + column + "' must be a Julian date YYYY-MM-DD, got '" + value + "'");
            }
        }

        int year(String value, int which) {
            if (value.isEmpty()) {
                return 0;
            }
            String[] parts = value.split("-", -1);
            String part = which < parts.length ? parts[which].strip() : "";
            try {
                return part.isEmpty() ? 0 : Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new PackFormatException(file, line, "years must read FIRST-LAST, got '" + value + "'");
            }
        }

        /**
         * {@code firstUse}: where each id of this pack was first read. One pack names a record once: a second row
         * under the same id would silently replace the first (packs loaded later replace on purpose).
         */
        AuthorityRecord toRecord(EntityKind kind, Map<String, String> firstUse) {
            String id = required("id");
            String first = firstUse.putIfAbsent(id, file + ":" + line);
            if (first != null) {
                throw new PackFormatException(file, line, "id '" + id + "' is already used at " + first);
            }
            String canonical = required("canonical");
            List<Name> names = new ArrayList<>();
            names.add(new Name(canonical, "name", 0, 0, ""));
            for (String field : get("names").split("\\|")) {
                if (field.isBlank()) {
                    continue;
                }
                try {
                    Name name = Name.parse(field);
                    if (name.text().equals(canonical)) {
                        names.set(0, name);
                    } else {
                        names.add(name);
                    }
                } catch (RuntimeException e) {
                    throw new PackFormatException(file, line, "cannot read name '" + field + "': " + e.getMessage());
                }
            }
            String years = get("years");
            Coordinates coordinates = null;
            if (!get("lat").isEmpty()) {
                try {
                    coordinates = new Coordinates(Double.parseDouble(get("lat")), Double.parseDouble(get("lon")),
                            get("precision").isEmpty() ? "point" : get("precision"), get("coord_source"));
                } catch (RuntimeException e) {
                    throw new PackFormatException(file, line, "bad coordinates: " + e.getMessage());
                }
            }
            String subtype = kind == EntityKind.PLACE ? get("kind") : get("rank");
            String external = kind == EntityKind.PERSON ? get("cbdb") : get("chgis");
            try {
                return new AuthorityRecord(id, kind, canonical, names, subtype, get("polity"), get("parent"),
                        year(years, 0), year(years, 1), external, coordinates, get("note"));
            } catch (IllegalArgumentException e) {
                throw new PackFormatException(file, line, e.getMessage());
            }
        }
    }
}
