package org.biannian.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a snippet around the first match of the query words, in code points, matching as search
 * does ({@link SearchFolding}: as written, simplified, or in a variant form). The snippet and its highlights show the
 * text as it writes the match (吕䝉正 for a search of 呂蒙正), and the hit says which forms matched.
 */
final class Snippets {

    /** Code points of context on each side of the first match. */
    private static final int CONTEXT = 24;
    private static final SearchFolding FOLDING = SearchFolding.builtIn();

    private Snippets() {
    }

    static SearchHit hit(String id, String document, int index, float score, String text, List<String> words) {
        int[] cps = text.codePoints().toArray();
        int[] folded = FOLDING.fold(text).codePoints().toArray();
        List<int[]> matches = new ArrayList<>();
        Set<String> matchedAs = new LinkedHashSet<>();
        for (String word : words) {
            int[] w = FOLDING.fold(word).codePoints().toArray();
            for (int i = 0; w.length > 0 && i + w.length <= cps.length; i++) {
                if (Arrays.equals(folded, i, i + w.length, w, 0, w.length)) {
                    matches.add(new int[] {i, i + w.length});
                    String written = new String(cps, i, w.length);
                    if (!written.equals(word)) {
                        matchedAs.add(written);
                    }
                }
            }
        }
        matches.sort((a, b) -> Integer.compare(a[0], b[0]));
        int from = matches.isEmpty() ? 0 : Math.max(0, matches.get(0)[0] - CONTEXT);
        int to = Math.min(cps.length, (matches.isEmpty() ? 0 : matches.get(0)[1]) + CONTEXT * 2);
        StringBuilder snippet = new StringBuilder();
        if (from > 0) {
            snippet.append('…');
        }
        List<int[]> highlights = new ArrayList<>();
        int plainOffset = from > 0 ? 1 : 0;
        int at = from;
        for (int[] m : matches) {
            if (m[0] < at || m[1] > to) {
                continue;
            }
            snippet.append(new String(cps, at, m[0] - at)).append('【').append(new String(cps, m[0], m[1] - m[0])).append('】');
            highlights.add(new int[] {plainOffset + m[0] - from, plainOffset + m[1] - from});
            at = m[1];
        }
        snippet.append(new String(cps, at, to - at));
        if (to < cps.length) {
            snippet.append('…');
        }
        return new SearchHit(id, document, index, score, snippet.toString().replace('\n', ' '), highlights,
                List.copyOf(matchedAs));
    }
}
