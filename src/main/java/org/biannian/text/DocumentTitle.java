package org.biannian.text;

import java.util.Objects;

/**
 * The title a file gives itself in its header (Kanripo {@code #+TITLE} and {@code #+PROPERTY: JUAN}),
 * as opposed to its file name.
 *
 * @param work the work's title without brackets (續資治通鑑長編)
 * @param juan the juan as written (卷三十五), or null when the header names none
 */
public record DocumentTitle(String work, String juan) {

    public DocumentTitle {
        Objects.requireNonNull(work, "work");
        if (work.isBlank()) {
            throw new IllegalArgumentException("a title needs a work");
        }
    }

    /** The title as a citation writes it: 《續資治通鑑長編》卷三十五. */
    public String display() {
        return "《" + work + "》" + (juan == null ? "" : juan);
    }
}
