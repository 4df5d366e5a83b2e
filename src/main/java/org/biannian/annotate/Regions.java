package org.biannian.annotate;

import java.util.List;

/** Finding the dated region that covers a position. */
final class Regions {

    private Regions() {
    }

    /**
     * The region whose span holds {@code position}, else the last one starting before it, else (for a
     * title or preface before the first entry) the first region; null if there are none.
     */
    static DatedRegion at(List<DatedRegion> regions, int position) {
        DatedRegion best = null;
        DatedRegion first = null;
        for (DatedRegion r : regions) {
            if (r.span().contains(position)) {
                return r;
            }
            if (r.span().start() <= position) {
                best = r;
            }
            if (first == null || r.span().start() < first.span().start()) {
                first = r;
            }
        }
        return best != null ? best : first;
    }
}
