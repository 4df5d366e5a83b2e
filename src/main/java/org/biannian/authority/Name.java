package org.biannian.authority;

import java.util.Objects;

/**
 * One name of a record with what kind of name it is, the years it was in use and where that is
 * attested.
 *
 * @param text the name as written
 * @param kind {@code name}, {@code alias}, {@code courtesy}, {@code bestowed} (賜姓名), {@code changed},
 *     {@code posthumous}, {@code temple}, {@code given} (the given name alone), {@code abbreviation},
 *     {@code variant} (a variant or misprinted form), {@code guarded} (also an everyday word, as 金 or
 *     周: matched only where the context reads as a state)
 * @param firstYear first Julian year of use, or 0 when not known
 * @param lastYear last Julian year of use, or 0 when not known
 * @param source where the name is attested, or empty
 */
public record Name(String text, String kind, int firstYear, int lastYear, String source) {

    public Name {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a name must not be blank");
        }
    }

    /**
     * Reads {@code text[/kind[/first-last[/source]]]}, the form used in pack files, e.g.
     * {@code 趙保吉/bestowed/988-1004/宋史·夏國傳}.
     */
    public static Name parse(String field) {
        String[] parts = field.strip().split("/", 4);
        String kind = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : "alias";
        int first = 0;
        int last = 0;
        if (parts.length > 2 && !parts[2].isBlank()) {
            String[] years = parts[2].strip().split("-", -1);
            first = years[0].isBlank() ? 0 : Integer.parseInt(years[0]);
            last = years.length > 1 && !years[1].isBlank() ? Integer.parseInt(years[1]) : 0;
        }
        String source = parts.length > 3 ? parts[3].strip() : "";
        return new Name(parts[0].strip(), kind, first, last, source);
    }
}
