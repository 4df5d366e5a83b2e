package org.biannian.tagger;

import java.util.Objects;

/** A training text: its code points and one BIO label ({@link Labels}) per code point. */
public record LabelledText(int[] codePoints, int[] labels) {

    public LabelledText {
        Objects.requireNonNull(codePoints, "codePoints");
        Objects.requireNonNull(labels, "labels");
        if (codePoints.length != labels.length) {
            throw new IllegalArgumentException("one label per code point: " + codePoints.length + " ≠ " + labels.length);
        }
    }
}
