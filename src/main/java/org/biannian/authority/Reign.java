package org.biannian.authority;

import java.util.Objects;

/**
 * A ruler's time on a throne, used to resolve 宋帝, 帝, 契丹主 and the like to a person by date.
 *
 * @param polity polity id, e.g. {@code pol:song}
 * @param personId the ruler's person id
 * @param firstJdn first day of the reign (JDN, inclusive)
 * @param lastJdn last day of the reign (JDN, inclusive)
 * @param precision {@code day} when the days are attested, {@code month} or {@code year} when approximate
 */
public record Reign(String polity, String personId, int firstJdn, int lastJdn, String precision) {

    public Reign {
        Objects.requireNonNull(polity, "polity");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(precision, "precision");
        if (lastJdn < firstJdn) {
            throw new IllegalArgumentException("reign of " + personId + " ends before it begins");
        }
    }

    public boolean overlaps(int first, int last) {
        return firstJdn <= last && first <= lastJdn;
    }
}
