package org.biannian.annotate;

import java.util.List;

/** Finding the dated region that covers a position. */
final class Regions {

    private Regions() {
    }

    /** The region whose span holds {@code position}, or the last one starting before it; null if none. */
    static DatedRegion at(List<DatedRegion> regions, int position) {
        DatedRegion best = null;
        for (DatedRegion r : regions) {
            if (r.span().contains(position)) {
                return r;
            }
            if (r.span().start() <= position) {
                best = r;
            }
        }
        return best;
    }
}
