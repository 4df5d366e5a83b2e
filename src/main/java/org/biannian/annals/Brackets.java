package org.biannian.annals;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level bracket groups of a stretch of text: （…） (…) 「…」 『…』 “…” 《…》 〈…〉.
 *
 * <p>Nesting is tracked per line and bounded; a closer without its opener, and an opener never
 * closed, are reported and then read as plain text, so one stray bracket cannot swallow the rest
 * of a file.
 */
final class Brackets {

    /** Deeper nesting than this is read as text: real annals nest three or four levels. */
    static final int MAX_DEPTH = 32;

    private static final String OPENERS = "（(「『“《〈";
    private static final String CLOSERS = "）)」』”》〉";

    /** A top-level group {@code [start, end)}, brackets included. */
    record Group(int start, int end, int opener) {
        boolean isParenthesis() {
            return opener == '（' || opener == '(';
        }
    }

    /** A bracket problem at code point {@code at}. */
    record Problem(int at, String code, String message) {
    }

    private Brackets() {
    }

    /** Top-level groups in {@code [from, to)} of {@code cps}, in order; problems go to {@code problems}. */
    static List<Group> topLevel(int[] cps, int from, int to, List<Problem> problems) {
        List<Group> closed = new ArrayList<>();
        int[] openerAt = new int[MAX_DEPTH];
        int[] openerChar = new int[MAX_DEPTH];
        int depth = 0;
        boolean tooDeep = false;
        for (int i = from; i < to; i++) {
            int c = cps[i];
            int open = c < 0x10000 ? OPENERS.indexOf(c) : -1;
            int close = c < 0x10000 ? CLOSERS.indexOf(c) : -1;
            if (open >= 0) {
                if (depth == MAX_DEPTH) {
                    if (!tooDeep) {
                        problems.add(new Problem(i, "NESTING_TOO_DEEP",
                                "brackets nested deeper than " + MAX_DEPTH + " levels; deeper ones are read as text"));
                        tooDeep = true;
                    }
                    continue;
                }
                openerAt[depth] = i;
                openerChar[depth] = c;
                depth++;
            } else if (close >= 0) {
                int match = depth - 1;
                while (match >= 0 && OPENERS.indexOf(openerChar[match]) != close) {
                    match--;
                }
                if (match < 0) {
                    problems.add(new Problem(i, "UNMATCHED_CLOSING_BRACKET",
                            "closing " + Character.toString(c) + " has no opening bracket before it"));
                    continue;
                }
                for (int k = depth - 1; k > match; k--) {
                    problems.add(new Problem(openerAt[k], "UNCLOSED_BRACKET",
                            "opening " + Character.toString(openerChar[k]) + " is never closed"));
                }
                depth = match;
                closed.add(new Group(openerAt[match], i + 1, openerChar[match]));
            }
        }
        for (int k = 0; k < depth; k++) {
            problems.add(new Problem(openerAt[k], "UNCLOSED_BRACKET",
                    "opening " + Character.toString(openerChar[k]) + " is never closed on its line"));
        }
        // An unclosed opener is read as text, so the top-level groups are the closed groups that
        // no other closed group contains.
        closed.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Group> top = new ArrayList<>();
        int coveredTo = -1;
        for (Group g : closed) {
            if (g.start() >= coveredTo) {
                top.add(g);
                coveredTo = g.end();
            }
        }
        return top;
    }
}
