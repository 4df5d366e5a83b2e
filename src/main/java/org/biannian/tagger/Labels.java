package org.biannian.tagger;

/**
 * The BIO labels, as small ints so the decoder works on arrays: 0 is outside, then begin and inside
 * for each {@link NameKind} in order.
 */
public final class Labels {

    public static final int OUTSIDE = 0;
    public static final int COUNT = 1 + 2 * NameKind.values().length;

    private static final NameKind[] KINDS = NameKind.values();
    /** {@link #allowed} as a table, {@code previous * COUNT + label}: the decoder asks it 49 times a character. */
    private static final boolean[] ALLOWED = new boolean[COUNT * COUNT];

    static {
        for (int p = 0; p < COUNT; p++) {
            for (int y = 0; y < COUNT; y++) {
                ALLOWED[p * COUNT + y] = y == OUTSIDE || y % 2 == 1 || p != OUTSIDE && (p - 1) / 2 == (y - 1) / 2;
            }
        }
    }

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
        return KINDS[(label - 1) / 2];
    }

    /** Whether {@code label} may follow {@code previous}: inside only continues a name of its own kind. */
    static boolean allowed(int previous, int label) {
        return ALLOWED[previous * COUNT + label];
    }
}
