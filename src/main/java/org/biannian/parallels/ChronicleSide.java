package org.biannian.parallels;

import java.util.List;
import java.util.Objects;
import org.biannian.annals.Chronicle;
import org.biannian.annotate.Mention;
import org.biannian.sources.EntrySources;

/**
 * A chronicle whose entries are to be checked: its key, entries, the mentions found in it (sorted by start)
 * and the sources each entry cites (in entry order).
 */
public record ChronicleSide(String key, Chronicle chronicle, List<Mention> mentions, List<EntrySources> sources) {

    public ChronicleSide {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(chronicle, "chronicle");
        mentions = List.copyOf(mentions);
        sources = List.copyOf(sources);
        if (sources.size() != chronicle.entries().size()) {
            throw new IllegalArgumentException("need the sources of every entry: " + sources.size() + " for "
                    + chronicle.entries().size() + " entries");
        }
    }
}
