package org.biannian.annotate;

import java.util.List;

/**
 * A possible mention proposed by one stage, before the selector decides which hits stand.
 *
 * @param id the linked id, or null when unlinked or ambiguous
 * @param candidates the ids considered, when more than one
 * @param priority breaks ties between hits of equal length: higher wins (dictionary over rule)
 */
record Hit(int start, int end, MentionType type, String id, String canonical, List<Candidate> candidates,
           String foundBy, int priority) {

    static final int RULE = 1;
    static final int DICTIONARY = 2;
    static final int STRUCTURE = 3;
    /** By start, the longer first at one start: the order of mentions. Written out, as it sorts every selected hit. */
    static final java.util.Comparator<Hit> BY_POSITION = (a, b) -> a.start != b.start ? Integer.compare(a.start, b.start)
            : Integer.compare(b.end, a.end);

    Hit {
        candidates = candidates.isEmpty() ? List.of() : List.copyOf(candidates);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad hit span [" + start + ", " + end + ")");
        }
    }

    /**
     * A span as one long for hash sets: start high, length low, so that {@code Long.hashCode} (high ^ low) spreads
     * by start. Start and end packed as they are would hash to start ^ end, a handful of small values for short spans,
     * and turn a set's buckets into trees.
     */
    static long spanKey(int start, int end) {
        return (long) start << 32 | (end - start);
    }

    int length() {
        return end - start;
    }

    /** For each position of a text {@code length} long, the end of the longest PLACE among {@code hits} starting there; 0 where none. */
    static int[] placeEnds(int length, List<Hit> hits) {
        int[] ends = new int[length + 1];
        for (Hit h : hits) {
            if (h.type() == MentionType.PLACE) {
                ends[h.start()] = Math.max(ends[h.start()], h.end());
            }
        }
        return ends;
    }

    boolean overlaps(Hit other) {
        return start < other.end && other.start < end;
    }

    boolean contains(Hit other) {
        return start <= other.start && other.end <= end;
    }

    Hit withLink(String newId, String newCanonical, List<Candidate> newCandidates, String newFoundBy) {
        return new Hit(start, end, type, newId, newCanonical, newCandidates, newFoundBy, priority);
    }
}
