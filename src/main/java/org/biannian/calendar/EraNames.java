package org.biannian.calendar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Finds era names close to one that is not known: one character changed, added or dropped. */
final class EraNames {

    private static final int MAX = 12;

    /**
     * Variant characters (異體字) that texts and tables write interchangeably in era names, each folded to the
     * first of its pair: 乾佑 / 乾祐, 延嗣甯國 / 延嗣寧國, 證聖 / 証聖, 大曆 / 大歷, 清泰 / 淸泰, 升元 / 昇元.
     */
    private static final String[] VARIANTS = {"祐佑", "寧甯", "證証", "曆歷", "清淸", "升昇", "啟啓", "真眞", "德徳",
        "涼凉", "熙煕", "祿禄", "靈霊", "寶寳", "興兴", "慶庆", "萬万", "歲岁", "聖圣", "應应", "龍竜"};

    /** {@code name} with every variant character folded, for matching 乾祐 with 乾佑. */
    static String fold(String name) {
        StringBuilder folded = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            for (String pair : VARIANTS) {
                if (pair.charAt(1) == c) {
                    if (folded == null) {
                        folded = new StringBuilder(name);
                    }
                    folded.setCharAt(i, pair.charAt(0));
                }
            }
        }
        return folded == null ? name : folded.toString();
    }

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
