package org.biannian.tagger;

/** Viterbi decoding of the BIO lattice, shared by the tagger and its trainer. */
final class Lattice {

    private static final int START = Labels.COUNT;

    private Lattice() {
    }

    /**
     * Writes the best labels of {@code text} into {@code labels}; with {@code margins}, also each
     * position's max-marginal margin: the best total score with the chosen label there minus the best
     * with any other label there (left unset when no name was found). A boundary position is always outside.
     *
     * @param emissions per position, per label (label-minor)
     * @param transitions {@code (COUNT + 1) * COUNT}: from each label, then from the start
     */
    static void decode(int[] text, float[] emissions, float[] transitions, int[] labels, double[] margins) {
        int n = text.length;
        if (n == 0) {
            return;
        }
        int l = Labels.COUNT;
        double[] forward = new double[n * l];
        int[] back = new int[n * l];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < l; y++) {
                if (!possible(text, i, y)) {
                    forward[i * l + y] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                if (i == 0) {
                    best = Labels.allowed(Labels.OUTSIDE, y) ? transitions[START * l + y] : Double.NEGATIVE_INFINITY;
                } else {
                    for (int p = 0; p < l; p++) {
                        if (Labels.allowed(p, y)) {
                            double s = forward[(i - 1) * l + p] + transitions[p * l + y];
                            if (s > best) {
                                best = s;
                                arg = p;
                            }
                        }
                    }
                }
                forward[i * l + y] = best + emissions[i * l + y];
                back[i * l + y] = arg;
            }
        }
        int last = 0;
        for (int y = 1; y < l; y++) {
            if (forward[(n - 1) * l + y] > forward[(n - 1) * l + last]) {
                last = y;
            }
        }
        labels[n - 1] = last;
        for (int i = n - 1; i > 0; i--) {
            labels[i - 1] = back[i * l + labels[i]];
        }
        if (margins == null || noName(labels)) {
            // Margins matter only for the names found; most stretches of a text have none.
            return;
        }
        // The best score of the rest of the text given the label at i (the emission at i excluded).
        double[] backward = new double[n * l];
        for (int i = n - 2; i >= 0; i--) {
            for (int y = 0; y < l; y++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int x = 0; x < l; x++) {
                    if (Labels.allowed(y, x) && possible(text, i + 1, x)) {
                        best = Math.max(best, transitions[y * l + x] + emissions[(i + 1) * l + x] + backward[(i + 1) * l + x]);
                    }
                }
                backward[i * l + y] = best;
            }
        }
        for (int i = 0; i < n; i++) {
            double chosen = forward[i * l + labels[i]] + backward[i * l + labels[i]];
            double other = Double.NEGATIVE_INFINITY;
            for (int y = 0; y < l; y++) {
                if (y != labels[i]) {
                    other = Math.max(other, forward[i * l + y] + backward[i * l + y]);
                }
            }
            margins[i] = other == Double.NEGATIVE_INFINITY ? Double.MAX_VALUE : chosen - other;
        }
    }

    private static boolean noName(int[] labels) {
        for (int label : labels) {
            if (label != Labels.OUTSIDE) {
                return false;
            }
        }
        return true;
    }

    private static boolean possible(int[] text, int i, int label) {
        return label == Labels.OUTSIDE || text[i] != Features.BOUNDARY;
    }
}
