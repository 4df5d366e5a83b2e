package org.biannian.annotate;

import java.util.List;
import java.util.Objects;

import org.biannian.text.Span;

/**
 * One mention found in a text.
 *
 * @param span code-point offsets, end exclusive
 * @param text the covered text exactly as written
 * @param canonical the standard name (for ROLE, the person meant)
 * @param id the authority id, a document-local id ({@code local:…}) for names found by rule, or null
 *     when the mention is ambiguous and was left unlinked
 * @param candidates the possible referents with scores when more than one was considered, else empty
 * @param foundBy what found it: {@code dictionary}, {@code rule:…}, {@code alias:…}, {@code role:…}
 */
public record Mention(Span span, String text, MentionType type, String canonical, String id,
                      List<Candidate> candidates, String foundBy) implements Comparable<Mention> {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(foundBy, "foundBy");
        candidates = List.copyOf(candidates);
        if (span.isEmpty()) {
            throw new IllegalArgumentException("a mention cannot be empty: " + span);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Sorted by start, longer first, then by type so the order is total. */
    @Override
    public int compareTo(Mention other) {
        int bySpan = span.compareTo(other.span);
        return bySpan != 0 ? bySpan : type.compareTo(other.type);
    }
}
