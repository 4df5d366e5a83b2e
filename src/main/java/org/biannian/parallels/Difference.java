package org.biannian.parallels;

import java.util.Objects;
import org.biannian.text.Span;

/**
 * One place where an entry and its parallel passage, aligned, read differently: 趙光祚 / 趙光祥, 米幕 / 未幕.
 *
 * @param kind        what differs
 * @param entryText   the entry's reading (a whole name where the difference falls in one)
 * @param sourceText  the source's reading at the aligned place
 * @param entrySpan   code points of {@code entryText} in the chronicle
 * @param sourceSpan  code points of {@code sourceText} in the source document
 */
public record Difference(Kind kind, String entryText, String sourceText, Span entrySpan, Span sourceSpan) {

    /** What a difference is about. */
    public enum Kind {
        /** A person's, group's or polity's name. */
        NAME,
        /** A place name. */
        PLACE,
        /** An office or title. */
        OFFICE,
        /** A number (a count, a year). */
        NUMBER,
        /** Other characters, where both texts otherwise run alike. */
        TEXT
    }

    public Difference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entryText, "entryText");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(entrySpan, "entrySpan");
        Objects.requireNonNull(sourceSpan, "sourceSpan");
    }
}
