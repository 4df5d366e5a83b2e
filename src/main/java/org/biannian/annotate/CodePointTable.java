package org.biannian.annotate;

import java.util.Map;

/**
 * A read-only map from code points to values in pages of 256 code points: the rules ask it at nearly every
 * character, and a {@code HashMap<Integer, V>} boxes every key while a binary search pays a dozen probes for each
 * character that is a key (surnames are most characters of a text).
 */
final class CodePointTable<V> {

    private static final int PAGE_BITS = 8;
    private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;

    /** {@code pages[c >> 8][c & 0xFF]}; a page with no key is null. */
    private final Object[][] pages;

    CodePointTable(Map<Integer, V> map) {
        int max = map.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        pages = new Object[max < 0 ? 0 : (max >> PAGE_BITS) + 1][];
        for (Map.Entry<Integer, V> e : map.entrySet()) {
            int c = e.getKey();
            Object[] page = pages[c >> PAGE_BITS];
            if (page == null) {
                page = new Object[1 << PAGE_BITS];
                pages[c >> PAGE_BITS] = page;
            }
            page[c & PAGE_MASK] = e.getValue();
        }
    }

    /** The value of {@code codePoint}, or null. */
    @SuppressWarnings("unchecked")
    V get(int codePoint) {
        int p = codePoint >> PAGE_BITS;
        if (codePoint < 0 || p >= pages.length) {
            return null;
        }
        Object[] page = pages[p];
        return page == null ? null : (V) page[codePoint & PAGE_MASK];
    }
}
