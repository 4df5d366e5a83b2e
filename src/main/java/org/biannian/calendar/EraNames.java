package org.biannian.calendar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Finds era names close to one that is not known: one character changed, added or dropped. */
final class EraNames {

    private static final int MAX = 12;

    private EraNames() {
    }

    /** Eras whose name or variant is one edit from {@code name}, at most {@value #MAX}. */
    static List<Era> closeTo(String name, Collection<List<Era>> eras) {
        List<Era> close = new ArrayList<>();
        for (List<Era> ofRegime : eras) {
            for (Era e : ofRegime) {
                if (close.size() < MAX && (oneEdit(name, e.name()) || e.altNames().stream().anyMatch(a -> oneEdit(name, a)))) {
                    close.add(e);
                }
            }
        }
        return close;
    }

    /** Whether {@code a} and {@code b} differ by one code point substituted, inserted or deleted. */
    static boolean oneEdit(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (x.length > y.length) {
                i++;
            } else if (y.length > x.length) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (x.length - i) + (y.length - j) <= 1;
    }
}
