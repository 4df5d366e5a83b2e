package org.biannian.authority;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person, place, office, polity, group or work, with a stable id such as {@code per:li-jiqian}.
 *
 * @param canonical the standard name shown to users
 * @param names every name by which texts refer to it, the canonical one first
 * @param subtype place kind (州, 軍, 寨…), office rank hint, or empty
 * @param polity the polity id a person or place belongs to, or empty
 * @param parent the id of the containing place, or empty
 * @param firstYear first Julian year of life or existence, 0 when unknown
 * @param lastYear last Julian year, 0 when unknown
 * @param externalId CBDB id for persons, CHGIS id for places, or empty
 * @param coordinates for places that have them, else null
 * @param note free text for editors
 */
public record AuthorityRecord(String id, EntityKind kind, String canonical, List<Name> names, String subtype,
                              String polity, String parent, int firstYear, int lastYear, String externalId,
                              Coordinates coordinates, String note) {

    public AuthorityRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(canonical, "canonical");
        names = List.copyOf(names);
        subtype = Objects.requireNonNullElse(subtype, "");
        polity = Objects.requireNonNullElse(polity, "");
        parent = Objects.requireNonNullElse(parent, "");
        externalId = Objects.requireNonNullElse(externalId, "");
        note = Objects.requireNonNullElse(note, "");
        if (!id.matches("[a-z]+:[^\\s]+")) {
            throw new IllegalArgumentException("record id must look like kind:slug, got '" + id + "'");
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("record " + id + " has no names");
        }
    }

    public Optional<Coordinates> location() {
        return Optional.ofNullable(coordinates);
    }
}
