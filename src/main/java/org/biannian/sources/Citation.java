package org.biannian.sources;

import java.util.Objects;
import org.biannian.text.Span;

/**
 * One work cited by a citation block: 《長編》三十五 → 續資治通鑑長編, juan 35.
 *
 * @param span      code points of the citation as written (author, 《title》, juan, 小注)
 * @param work      canonical title (e.g. 續資治通鑑長編), or the title as cited when the authority does not know it
 * @param section   canonical section (夏國傳, 太宗本紀 …), or null
 * @param juan      the juan cited, or null
 * @param smallNote whether the citation points at a small-print note (小注)
 * @param asCited   the citation's text as written
 * @param author    the author named before the title, as written, or null
 * @param known     whether the authority knows the work
 */
public record Citation(Span span, String work, String section, Integer juan, boolean smallNote,
                       String asCited, String author, boolean known) {

    public Citation {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(asCited, "asCited");
        if (juan != null && juan < 1) {
            throw new IllegalArgumentException("juan is counted from 1, got " + juan);
        }
    }

    /** Work and section as one label, e.g. 宋史·夏國傳, or the work alone. */
    public String label() {
        return ref().label();
    }

    /** The same work as a reference, as notes hold them. */
    public WorkRef ref() {
        return new WorkRef(span, work, section, juan, asCited, known);
    }
}
