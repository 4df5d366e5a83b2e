package org.biannian.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Entries' searchable texts read back from the library's rows ({@link EntryText}), one lookup a
 * hit shown: the index stores none, so the snippets of a search in a library are cut from these.
 */
final class StoredEntryTexts {

    private StoredEntryTexts() {
    }

    /** The searchable text of entry {@code id}, or null when the library holds no such entry. */
    static String read(Connection db, String id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                SELECT e.headline, e.narrative, (SELECT group_concat(text, '') FROM citation_blocks b WHERE b.entry = e.id)
                FROM entries e WHERE e.id = ?""")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? EntryText.join(r.getString(1), r.getString(2), r.getString(3)) : null;
            }
        }
    }
}
