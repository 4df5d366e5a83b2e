package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Men named in a row without punctuation, as the 四庫 text writes lists: 「胡珵朱松張擴凌景夏常明范如圭上書」,
 * 「官其二子為承信郎王寬王立田秀董亮董玉」. Where the other stages found two men with only a few characters between
 * them, and those characters are one man (a surname and one or two characters) or split one way only into two, they are
 * the men between; a run's last man before 等 likewise. Nothing here reads punctuation, so punctuated lists (which
 * {@link NameListRule} reads) are left alone.
 */
final class NameRunRule {

    static final String FOUND_BY = "rule:name-run";
    /** Never in a name of a run: what never is in a listed name ({@link NameListRule}), and the words that join men. */
    private static final java.util.BitSet NOT_IN_NAME = Chars.setOf(NameListRule.NOT_IN_NAME_CHARACTERS + "以為與及並竝皆各");
    /** Never a given name's character here: what a man does next, titles and kin (常謂, 尹京, 白於, 秦王, 朱皇后, 楊戡子, 言于朝, 李淑後). */
    private static final String NOT_GIVEN = TitledNameRule.AFTER_NAME + "謂京王皇后妃子孫弟兄相繼修下金朝後";
    /** The longest stretch between two men read as men. */
    private static final int LONGEST_GAP = 6;
    /** After a run's last man: the men together (等, 皆, 並, 各). */
    private static final String TOGETHER = "等皆並竝各";

    private NameRunRule() {
    }

    /** {@code hits}: the hits so far; returns new PER hits only, none overlapping a hit. */
    static List<Hit> hits(int[] text, List<Hit> hits) {
        java.util.BitSet covered = new java.util.BitSet(text.length + 1);
        List<Hit> persons = new ArrayList<>();
        for (Hit h : hits) {
            covered.set(h.start(), h.end());
            // Men written with their surname only: a temple name (太宗尹京) or a prince's title runs on into what he did.
            if (h.type() == MentionType.PER && h.length() >= 2 && NameRules.surnameLength(text, h.start()) > 0
                    && h.canonical().codePointAt(0) == text[h.start()]) {
                persons.add(h);
            }
        }
        persons.sort(Hit.BY_POSITION);
        List<Hit> names = new ArrayList<>();
        for (int k = 0; k < persons.size(); k++) {
            Hit before = persons.get(k);
            Hit after = k + 1 < persons.size() ? persons.get(k + 1) : null;
            int from = before.end();
            if (after != null && after.start() > from && after.start() - from <= LONGEST_GAP) {
                between(text, from, after.start(), covered, names);
            } else {
                lastBeforeTogether(text, from, covered, names);
            }
        }
        return names;
    }

    /** The men filling {@code [from, to)} exactly: one, or two split one way only. */
    private static void between(int[] text, int from, int to, java.util.BitSet covered, List<Hit> names) {
        if (!covered.get(from, to).isEmpty()) {
            return;
        }
        if (isName(text, from, to)) {
            names.add(hit(text, from, to));
            return;
        }
        int split = -1;
        for (int mid = from + 2; mid <= to - 2; mid++) {
            if (isName(text, from, mid) && isName(text, mid, to)) {
                if (split >= 0) {
                    return; // two ways to read it: leave it
                }
                split = mid;
            }
        }
        if (split >= 0) {
            names.add(hit(text, from, split));
            names.add(hit(text, split, to));
        }
    }

    /** One man right after the run's last known man and before 等 (…耶律忠張愿恭等), his length fixed by it. */
    private static void lastBeforeTogether(int[] text, int from, java.util.BitSet covered, List<Hit> names) {
        for (int end = from + 2; end <= from + 3 && end < text.length; end++) {
            if (Chars.isAnyOf(text[end], TOGETHER) && covered.get(from, end).isEmpty() && isName(text, from, end)) {
                names.add(hit(text, from, end));
                return;
            }
        }
    }

    /** A surname and one or two characters (two and one or two after a clan's), all Han, none a word of {@link #NOT_IN_NAME}. */
    private static boolean isName(int[] text, int start, int end) {
        int surname = NameRules.surnameLength(text, start);
        int given = end - start - surname;
        if (surname == 0 || given < 1 || given > 2) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isBoundary(text[k]) || NOT_IN_NAME.get(text[k]) || Chars.isChineseNumeral(text[k])
                    || k > start && Chars.isAnyOf(text[k], NOT_GIVEN) || Chars.isDayAt(text, k)) {
                return false;
            }
        }
        return true;
    }

    private static Hit hit(int[] text, int start, int end) {
        return new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(), FOUND_BY, Hit.RULE);
    }
}
