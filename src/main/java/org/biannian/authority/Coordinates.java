package org.biannian.authority;

import java.util.Objects;

/**
 * Where a place lies, how precisely, and on whose word.
 *
 * @param precision {@code point} (a seat located by a gazetteer), {@code approximate} (within some
 *     tens of km), {@code region} (the rough centre of an area, river or range)
 * @param source e.g. {@code CHGIS hvd_12345}, or a reference work
 */
public record Coordinates(double latitude, double longitude, String precision, String source) {

    public Coordinates {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(source, "source");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
        }
    }
}
