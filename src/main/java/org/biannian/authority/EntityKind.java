package org.biannian.authority;

/** What an authority record describes; each kind has its own pack file. */
public enum EntityKind {
    PERSON("persons.tsv"),
    PLACE("places.tsv"),
    OFFICE("offices.tsv"),
    POLITY("polities.tsv"),
    GROUP("groups.tsv"),
    WORK("works.tsv");

    private final String fileName;

    EntityKind(String fileName) {
        this.fileName = fileName;
    }

    /** The pack file holding records of this kind. */
    public String fileName() {
        return fileName;
    }
}
