package org.biannian.library;

/**
 * A search of the library's entries. Every part is optional (null); an empty query with no
 * filters lists every entry, paged.
 *
 * @param text     words to find, traditional or simplified; several words must all match; a word
 *                 matches as a phrase (繼遷 never matches 繼…遷)
 * @param person   a person who must be mentioned: id, canonical name or any alias (繼遷)
 * @param place    likewise for a place
 * @param office   an office (id or title)
 * @param polity   a polity (id or name: 遼, 契丹)
 * @param work     a cited work (canonical title, or title·section: 宋史·夏國傳)
 * @param regime   the regime of the entry's date (宋, 遼 …)
 * @param fromJdn  entries whose date range ends on or after this day
 * @param toJdn    entries whose date range starts on or before this day
 * @param offset   results to skip
 * @param limit    results to return, 1–{@value #MAX_LIMIT}
 */
public record SearchQuery(String text, String person, String place, String office, String polity, String work,
                          String regime, Integer fromJdn, Integer toJdn, int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
    }

    /** A search without office and polity filters. */
    public SearchQuery(String text, String person, String place, String work, String regime,
                       Integer fromJdn, Integer toJdn, int offset, int limit) {
        this(text, person, place, null, null, work, regime, fromJdn, toJdn, offset, limit);
    }

    /** A plain text search, first page. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, 0, DEFAULT_LIMIT);
    }
}
