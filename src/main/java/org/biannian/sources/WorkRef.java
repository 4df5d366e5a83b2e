package org.biannian.sources;

import java.util.Objects;
import org.biannian.text.Span;

/**
 * A work named inside a note, as resolved against the works authority.
 *
 * @param span     code points of the title as written (with its 《》 and any author or juan)
 * @param work     canonical title, or the title as cited when the authority does not know it
 * @param section  canonical section (太宗本紀, 夏國傳 …), or null for the work as a whole
 * @param juan     the juan cited, or null
 * @param asCited  the citation's text as written
 * @param known    whether the authority knows the work
 */
public record WorkRef(Span span, String work, String section, Integer juan, String asCited, boolean known) {

    public WorkRef {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(asCited, "asCited");
        if (juan != null && juan < 1) {
            throw new IllegalArgumentException("juan is counted from 1, got " + juan);
        }
    }

    /** Work and section as one label, e.g. 宋史·夏國傳, or the work alone. */
    public String label() {
        return section == null ? work : work + "·" + section;
    }
}
