package org.biannian.library;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annotate.Mention;
import org.biannian.authority.AuthorityRecord;
import org.biannian.sources.EntrySources;
import org.biannian.text.Span;

/**
 * One document read through the whole pipeline: its chronicle (entries with dates), the mentions
 * found in it, and the sources each entry rests on. What the library stores and the faces show.
 *
 * @param key      stable identifier of the document (its file name without extension)
 * @param sha256   hex SHA-256 of the text: an unchanged file is not ingested again
 * @param mentions every mention, in source code points, sorted by start (longer first)
 * @param sources  the critical apparatus of each entry, in entry order
 * @param records  the authority records the mentions link to, by id (names found by rule only have none)
 */
public record Analysis(String key, String sha256, Chronicle chronicle, List<Mention> mentions, List<EntrySources> sources,
                       Map<String, AuthorityRecord> records) {

    /** An analysis whose mentions link to no authority records (only document-local names). */
    public Analysis(String key, String sha256, Chronicle chronicle, List<Mention> mentions, List<EntrySources> sources) {
        this(key, sha256, chronicle, mentions, sources, Map.of());
    }

    public Analysis {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(chronicle, "chronicle");
        mentions = List.copyOf(mentions);
        sources = List.copyOf(sources);
        records = Map.copyOf(records);
        if (key.isBlank() || key.contains(":") || key.contains("/")) {
            throw new IllegalArgumentException("document key must be non-empty without ':' or '/', got 「" + key + "」");
        }
        if (sources.size() != chronicle.entries().size()) {
            throw new IllegalArgumentException("need the sources of every entry: " + sources.size()
                    + " for " + chronicle.entries().size() + " entries");
        }
    }

    /** The id of entry {@code index} of this document: {@code key:index}, stable across re-ingests of the same text. */
    public String entryId(int index) {
        return key + ":" + index;
    }

    /** The mentions inside {@code entry}, in order. */
    public List<Mention> mentionsIn(Entry entry) {
        return within(mentions, entry.span(), Mention::span);
    }

    /**
     * The items of {@code sorted} (ordered by span start) whose span lies inside {@code outer}:
     * a binary search to the first, so a whole document's entries take linear time, not quadratic.
     */
    public static <T> List<T> within(List<T> sorted, Span outer, java.util.function.Function<T, Span> span) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (span.apply(sorted.get(mid)).start() < outer.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<T> out = new java.util.ArrayList<>();
        for (int i = low; i < sorted.size() && span.apply(sorted.get(i)).start() < outer.end(); i++) {
            if (outer.contains(span.apply(sorted.get(i)))) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    /** The sources of {@code entry}. */
    public EntrySources sourcesOf(Entry entry) {
        return sources.get(entry.index() - 1);
    }
}
