package org.biannian.annotate;

import java.util.Objects;

import org.biannian.text.Span;

/**
 * The date in force over part of a text (one chronicle entry), used to resolve roles such as 宋帝.
 *
 * @param regime the polity whose calendar dates the entry, e.g. {@code 宋}; the ruler of this polity is
 *     meant by a bare 帝 or 上
 * @param firstJdn first day the entry may refer to (inclusive)
 * @param lastJdn last day (inclusive)
 */
public record DatedRegion(Span span, String regime, int firstJdn, int lastJdn) {

    public DatedRegion {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(regime, "regime");
        if (lastJdn < firstJdn) {
            throw new IllegalArgumentException("region ends (" + lastJdn + ") before it begins (" + firstJdn + ")");
        }
    }
}
