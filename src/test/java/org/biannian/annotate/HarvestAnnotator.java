package org.biannian.annotate;

import org.biannian.authority.Authority;

/**
 * The annotator the pack generators harvest with (tests' sources, not the public API): it matches the names of one
 * authority and reads a name's end by the persons of another, the whole pack's (see {@code FramedPersonsGenerator}).
 */
public final class HarvestAnnotator {

    private HarvestAnnotator() {
    }

    public static Annotator of(Authority authority, Authority nameStatistics) {
        return Annotator.harvesting(authority, nameStatistics);
    }
}
