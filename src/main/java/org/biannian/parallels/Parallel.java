package org.biannian.parallels;

import java.util.List;
import java.util.Objects;
import org.biannian.text.Span;

/**
 * A passage of another document that tells the same event as a chronicle entry.
 *
 * @param entry          the entry's id ({@code key:index})
 * @param entryIndex     the entry's 1-based index in its chronicle
 * @param document       the source document's key
 * @param span           the passage, in code points of the source document
 * @param core           the part of the passage the entry aligns with (inside {@code span})
 * @param text           the passage as read, markup, line marks and page markers left out
 * @param cited          whether the entry cites the work the passage belongs to
 * @param citation       the citation as written (《長編》三十六), or null for an uncited parallel
 * @param juanFound      the juan that holds the passage when the citation names another, else null
 * @param date           the source's date in force at the passage
 * @param dateAgreement  whether it falls in the entry's year and month
 * @param differences    names, places, offices and numbers that differ, aligned, in entry order
 * @param sharedNames    authority ids named in both (繼遷 and 趙保吉 share per:li-jiqian), sorted
 * @param score          how sure the match is, 0–1: text reuse, shared names and date nearness combined
 */
public record Parallel(String entry, int entryIndex, String document, Span span, Span core, String text, boolean cited,
                       String citation, Integer juanFound, PassageDate date, DateAgreement dateAgreement,
                       List<Difference> differences, List<String> sharedNames, double score) {

    public Parallel {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateAgreement, "dateAgreement");
        differences = List.copyOf(differences);
        sharedNames = List.copyOf(sharedNames);
        if (entryIndex < 1) {
            throw new IllegalArgumentException("entryIndex is 1-based, got " + entryIndex);
        }
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be in [0, 1], got " + score);
        }
    }
}
