package org.biannian.annotate;

import java.util.Objects;

/** One possible referent of an ambiguous mention, with a score (higher is likelier; scores of one mention sum to 1). */
public record Candidate(String id, String canonical, double score) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(canonical, "canonical");
    }
}
