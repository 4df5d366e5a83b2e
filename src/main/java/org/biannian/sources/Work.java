package org.biannian.sources;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One work of the works authority: a history, annals, compilation or memorial that chronicles cite.
 *
 * @param title      canonical title, e.g. 續資治通鑑長編
 * @param shortForms other titles it is cited by, e.g. 長編
 * @param kind       history, annals, topical, documents, …
 * @param authors    author names as cited (first is the usual one); may be empty
 * @param date       when it was completed, as free text (e.g. 1183, 13th c.); may be empty
 * @param sections   the sections a citation may name (本紀, 志, 列傳 …), in authority order
 * @param juanYears  which Julian years ranges of juan cover
 */
public record Work(String title, List<String> shortForms, String kind, List<String> authors, String date,
                   List<WorkSection> sections, List<JuanRange> juanYears) {

    public Work {
        Objects.requireNonNull(title, "title");
        shortForms = List.copyOf(shortForms);
        Objects.requireNonNull(kind, "kind");
        authors = List.copyOf(authors);
        Objects.requireNonNull(date, "date");
        sections = List.copyOf(sections);
        juanYears = List.copyOf(juanYears);
    }

    /** Whether the work is a standard history whose 列傳 are cited by a person's name plus 傳. */
    public boolean hasBiographies() {
        return kind.equals("history");
    }

    /** The Julian years juan {@code juan} covers, or empty when the authority does not say. */
    public Optional<JuanRange> juanRange(int juan) {
        return juanYears.stream().filter(r -> r.contains(juan)).findFirst();
    }
}
