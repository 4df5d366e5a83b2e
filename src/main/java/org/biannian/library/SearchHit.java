package org.biannian.library;

import java.util.List;

/**
 * One entry found.
 *
 * @param snippet    the text around the first match, with the match in 【】
 * @param highlights code-point ranges {start, end} of matches within {@code snippet} (without the brackets)
 */
public record SearchHit(String id, String document, int index, float score, String snippet, List<int[]> highlights) {

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
