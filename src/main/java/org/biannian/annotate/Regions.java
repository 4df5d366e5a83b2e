package org.biannian.annotate;

import java.util.Comparator;
import java.util.List;

/** Finding the dated region that covers a position. */
final class Regions {

    private Regions() {
    }

    /** {@code regions} ordered by start, as {@link #at} needs them. */
    static List<DatedRegion> sorted(List<DatedRegion> regions) {
        return regions.stream().sorted(Comparator.comparingInt(r -> r.span().start())).toList();
    }

    /**
     * In {@code byStart} (ordered by start, entries not overlapping): the region whose span holds
     * {@code position}, else the last one starting before it, else (for a title or preface before the
     * first entry) the first region; null if there are none. A binary search, so a long chronicle
     * stays linear overall.
     */
    static DatedRegion at(List<DatedRegion> byStart, int position) {
        if (byStart.isEmpty()) {
            return null;
        }
        int low = 0;
        int high = byStart.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (byStart.get(mid).span().start() <= position) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return byStart.get(Math.max(found, 0));
    }
}
