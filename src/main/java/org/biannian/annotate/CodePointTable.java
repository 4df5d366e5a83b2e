package org.biannian.annotate;

import java.util.Arrays;
import java.util.Map;

/**
 * A read-only map from code points to values, by binary search over sorted keys: the rules ask it at many
 * characters, and a {@code HashMap<Integer, V>} boxes every key and, with CJK code points, fills some buckets deep.
 */
final class CodePointTable<V> {

    private final int[] keys;
    private final Object[] values;
    /** The keys as a set, so the many characters that are none skip the search. */
    private final java.util.BitSet present = new java.util.BitSet();

    CodePointTable(Map<Integer, V> map) {
        keys = map.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = map.get(keys[i]);
            present.set(keys[i]);
        }
    }

    /** The value of {@code codePoint}, or null. */
    @SuppressWarnings("unchecked")
    V get(int codePoint) {
        if (codePoint < 0 || !present.get(codePoint)) {
            return null;
        }
        int i = Arrays.binarySearch(keys, codePoint);
        return i >= 0 ? (V) values[i] : null;
    }
}
