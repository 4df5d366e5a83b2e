package org.biannian.tagger;

import java.util.Objects;

/**
 * One name the tagger proposes.
 *
 * @param start code-point offset, inclusive
 * @param end code-point offset, exclusive
 * @param confidence the smallest, over the span's characters and the one on each side of it, of the score
 *     the best labelling of the whole text would lose if that character were labelled otherwise (≥ 0;
 *     higher is surer; a boundary character, always outside, does not limit it)
 */
public record TaggedSpan(int start, int end, NameKind kind, double confidence) {

    public TaggedSpan {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
