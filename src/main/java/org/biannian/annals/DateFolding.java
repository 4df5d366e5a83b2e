package org.biannian.annals;

import org.biannian.text.VariantFolding;

/**
 * Folds the text handed to the date reader, code point for code point (offsets carry over): the
 * variant table's forms (是嵗 → 是歲), and the copyists' forms of cyclical day names that only a
 * date makes readable, and the simplified 岁 and 闰 of web copies — 夘 for 卯, and 已 or 巳 for the stem 己 when a branch follows that makes a
 * day with it (「已夘」 → 己卯; 「已而」 stays).
 */
final class DateFolding {

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private DateFolding() {
    }

    private static final VariantFolding VARIANTS = VariantFolding.builtIn();

    static int[] fold(int[] cps) {
        int[] out = new int[cps.length];
        for (int i = 0; i < cps.length; i++) {
            out[i] = foldAt(cps, i);
        }
        return out;
    }

    /** Code point {@code i} of {@code cps} folded, looking at the one after it for 已 / 巳. */
    static int foldAt(int[] cps, int i) {
        int c = single(cps[i]);
        if ((c == '已' || c == '巳') && i + 1 < cps.length) {
            int branch = BRANCHES.indexOf(single(cps[i + 1]));
            // 己 (stem 5) goes with the odd branches: 己丑 己卯 己巳 己未 己酉 己亥.
            if (branch >= 0 && branch % 2 == 1) {
                return '己';
            }
        }
        return c;
    }

    private static int single(int c) {
        return switch (c) {
            case '夘' -> '卯';
            case '岁' -> '歲'; // simplified forms of date words, in web copies
            case '闰' -> '閏';
            default -> VARIANTS.fold(c);
        };
    }

    /** The cycle index (0 = 甲子) of the stem and branch at {@code i}, or -1. */
    static int ganzhi(int[] folded, int i) {
        if (i + 1 >= folded.length) {
            return -1;
        }
        int stem = STEMS.indexOf(folded[i]);
        int branch = BRANCHES.indexOf(folded[i + 1]);
        if (stem < 0 || branch < 0 || stem % 2 != branch % 2) {
            return -1;
        }
        for (int k = 0; k < 60; k++) {
            if (k % 10 == stem && k % 12 == branch) {
                return k;
            }
        }
        return -1;
    }
}
