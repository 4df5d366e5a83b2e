package org.biannian.parallels;

import java.util.List;
import java.util.Objects;
import org.biannian.annotate.Mention;
import org.biannian.text.TextView;

/**
 * A document parallels may be found in: its key (the file name without extension), its text as its form
 * reader shows it, and the mentions found in it (sorted by start, in source code points).
 */
public record SourceInput(String key, TextView view, List<Mention> mentions) {

    public SourceInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(view, "view");
        mentions = List.copyOf(mentions);
    }
}
