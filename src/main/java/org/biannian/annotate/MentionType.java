package org.biannian.annotate;

import org.biannian.authority.EntityKind;

/** The kinds of mention, as in design.md §3. */
public enum MentionType {
    PER, PLACE, OFFICE, POLITY, GROUP, WORK, DATE, ROLE;

    /** The type of a mention of an authority record of {@code kind}. */
    public static MentionType of(EntityKind kind) {
        return switch (kind) {
            case PERSON -> PER;
            case PLACE -> PLACE;
            case OFFICE -> OFFICE;
            case POLITY -> POLITY;
            case GROUP -> GROUP;
            case WORK -> WORK;
        };
    }
}
