package org.biannian.parallels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The best local alignment of two character sequences (Smith–Waterman), as text-reuse tools extend their
 * seeds: a match scores {@value #MATCH}, a substitution {@value #MISMATCH}, a gap {@value #GAP} a character.
 * Characters are compared by their folded keys.
 *
 * @param score    the alignment's score (0 when nothing aligns)
 * @param aStart   first aligned position of {@code a}
 * @param aEnd     just after the last aligned position of {@code a}
 * @param bStart   first aligned position of {@code b}
 * @param bEnd     just after the last aligned position of {@code b}
 * @param matches  how many aligned pairs are equal
 * @param pairs    the alignment, in order: {a position or -1, b position or -1}
 */
record LocalAlignment(int score, int aStart, int aEnd, int bStart, int bEnd, int matches, List<int[]> pairs) {

    static final int MATCH = 3;
    static final int MISMATCH = -2;
    static final int GAP = -2;

    static final LocalAlignment NONE = new LocalAlignment(0, 0, 0, 0, 0, 0, List.of());

    /** Aligns {@code a[aFrom, aTo)} with {@code b[bFrom, bTo)}. */
    static LocalAlignment align(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        if (n <= 0 || m <= 0) {
            return NONE;
        }
        int[][] h = new int[n + 1][m + 1];
        int best = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= n; i++) {
            int ai = a[aFrom + i - 1];
            int[] row = h[i];
            int[] prev = h[i - 1];
            for (int j = 1; j <= m; j++) {
                int diag = prev[j - 1] + (ai == b[bFrom + j - 1] ? MATCH : MISMATCH);
                int v = Math.max(0, Math.max(diag, Math.max(prev[j] + GAP, row[j - 1] + GAP)));
                row[j] = v;
                if (v > best) {
                    best = v;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (best == 0) {
            return NONE;
        }
        List<int[]> pairs = new ArrayList<>();
        int i = bi;
        int j = bj;
        int matches = 0;
        while (i > 0 && j > 0 && h[i][j] > 0) {
            boolean same = a[aFrom + i - 1] == b[bFrom + j - 1];
            if (h[i][j] == h[i - 1][j - 1] + (same ? MATCH : MISMATCH)) {
                pairs.add(new int[] {aFrom + i - 1, bFrom + j - 1});
                matches += same ? 1 : 0;
                i--;
                j--;
            } else if (h[i][j] == h[i - 1][j] + GAP) {
                pairs.add(new int[] {aFrom + i - 1, -1});
                i--;
            } else {
                pairs.add(new int[] {-1, bFrom + j - 1});
                j--;
            }
        }
        Collections.reverse(pairs);
        return new LocalAlignment(best, aFrom + i, aFrom + bi, bFrom + j, bFrom + bj, matches, List.copyOf(pairs));
    }
}
