package org.biannian.tagger;

/**
 * The BIO labels, as small ints so the decoder works on arrays: 0 is outside, then begin and inside
 * for each {@link NameKind} in order.
 */
public final class Labels {

    public static final int OUTSIDE = 0;
    public static final int COUNT = 1 + 2 * NameKind.values().length;

    private Labels() {
    }

    public static int begin(NameKind kind) {
        return 1 + 2 * kind.ordinal();
    }

    public static int inside(NameKind kind) {
        return 2 + 2 * kind.ordinal();
    }

    static boolean isBegin(int label) {
        return label != OUTSIDE && label % 2 == 1;
    }

    static NameKind kind(int label) {
        return NameKind.values()[(label - 1) / 2];
    }

    /** Whether {@code label} may follow {@code previous}: inside only continues a name of its own kind. */
    static boolean allowed(int previous, int label) {
        if (label == OUTSIDE || isBegin(label)) {
            return true;
        }
        return previous != OUTSIDE && kind(previous) == kind(label);
    }
}
