package org.biannian.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entries' searchable texts read back from the library's rows ({@link EntryText}), once a search for
 * the hits shown: the index stores none, so the snippets of a search in a library are cut from these.
 */
final class StoredEntryTexts {

    private StoredEntryTexts() {
    }

    /** The searchable texts of entries {@code ids}, by id; an id the library does not hold is left out. */
    static Map<String, String> read(Connection db, List<String> ids) throws SQLException {
        Map<String, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement s = db.prepareStatement("""
                SELECT e.id, e.headline, e.narrative, (SELECT group_concat(text, '') FROM citation_blocks b WHERE b.entry = e.id)
                FROM entries e WHERE e.id IN (%s)""".formatted(String.join(",", Collections.nCopies(ids.size(), "?"))))) {
            for (int i = 0; i < ids.size(); i++) {
                s.setString(i + 1, ids.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), EntryText.join(r.getString(2), r.getString(3), r.getString(4)));
                }
            }
        }
        return out;
    }
}
