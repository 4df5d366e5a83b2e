package org.biannian.library;

import java.util.List;

/**
 * One entry found.
 *
 * @param snippet    the text around the first match, with the match in 【】
 * @param highlights code-point ranges {start, end} of matches within {@code snippet} (without the brackets)
 * @param matchedAs  the forms the entry writes where it matched a query word in another form (吕䝉正 for
 *                   a search of 呂蒙正: a variant or simplified form), each once, in the order of the text;
 *                   empty when every match is written as the query writes it
 */
public record SearchHit(String id, String document, int index, float score, String snippet, List<int[]> highlights,
        List<String> matchedAs) {

    public SearchHit {
        highlights = List.copyOf(highlights);
        matchedAs = List.copyOf(matchedAs);
    }

    /** A hit matched only as the query writes it. */
    public SearchHit(String id, String document, int index, float score, String snippet, List<int[]> highlights) {
        this(id, document, index, score, snippet, highlights, List.of());
    }
}
