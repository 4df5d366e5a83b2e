package org.biannian.authority;

import java.util.Objects;

/**
 * A title that refers to whoever held a throne on the day in question (宋帝, 契丹主, 帝, 上).
 *
 * @param text the title as written
 * @param polity the polity id whose ruler is meant, or empty for "the ruler of the text's own regime"
 * @param guard {@code free} (always a role), {@code framed} (a role only before a verb of speech or
 *     command, as 上 in 「上曰」), or {@code person} (a specific royal person, resolved by {@code personId})
 * @param personId for {@code person} guards, the person meant
 */
public record RoleWord(String text, String polity, String guard, String personId) {

    public RoleWord {
        Objects.requireNonNull(text, "text");
        polity = Objects.requireNonNullElse(polity, "");
        guard = Objects.requireNonNullElse(guard, "free");
        personId = Objects.requireNonNullElse(personId, "");
    }
}
