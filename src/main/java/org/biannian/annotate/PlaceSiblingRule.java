package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Names no pack knows, listed with 、 beside a place another stage found: 「閩、浙、荆湖、廣南」, 「板橋、石宂必震」,
 * 「白土、神山、蒲渡等處」. A list joins things of one kind, so a list with a place in it and nothing else found in it (no
 * man, office or date) is a list of places. Read on the selected hits, so the evidence is what the annotator settled.
 */
final class PlaceSiblingRule {

    static final String FOUND_BY = "rule:place-sibling";
    /** The longest item this rule reads. */
    private static final int LONGEST_ITEM = 3;
    /** Characters no place's name holds here: particles, the words for all, each and how many, and the suffixes of units. */
    private static final java.util.BitSet NOT_IN_ITEM = Chars.setOf("之其及與並竝皆各等諸所者也而以為於于自至在凡共數兩州縣軍府路");
    /** Before a list's first item, besides punctuation: a verb or preposition that takes places. */
    private static final String BEFORE_FIRST = NameRules.BEFORE_PLACE + NameRules.VERB_BEFORE_PLACE + "由修招募";
    /** After a list's last item, besides punctuation: 等, 諸, a count, 之, 間 / 境 / 界 (the land between or of them). */
    private static final String AFTER_LAST = "等諸之間境界二三四五六七八九十";

    private PlaceSiblingRule() {
    }

    /** {@code selected}: the hits the selector kept; returns new PLACE hits for the unfound items of lists of places. */
    static List<Hit> hits(int[] text, List<Hit> selected) {
        int firstMark = 0;
        while (firstMark < text.length && text[firstMark] != '、') {
            firstMark++;
        }
        if (firstMark == text.length) {
            return List.of(); // most texts of the 四庫 edition have no list marks at all
        }
        // The longest hit starting and ending at each position, by index into selected (-1: none); arrays, not maps, as
        // this runs on every text.
        int[] byStart = new int[text.length + 1];
        int[] byEnd = new int[text.length + 1];
        java.util.Arrays.fill(byStart, -1);
        java.util.Arrays.fill(byEnd, -1);
        java.util.BitSet covered = new java.util.BitSet(text.length + 1);
        for (int n = 0; n < selected.size(); n++) {
            Hit h = selected.get(n);
            if (byStart[h.start()] < 0 || selected.get(byStart[h.start()]).length() < h.length()) {
                byStart[h.start()] = n;
            }
            if (byEnd[h.end()] < 0 || selected.get(byEnd[h.end()]).length() < h.length()) {
                byEnd[h.end()] = n;
            }
            covered.set(h.start(), h.end());
        }
        List<Hit> hits = new ArrayList<>();
        int i = firstMark;
        while (i < text.length) {
            if (text[i] != '、') {
                i++;
                continue;
            }
            List<Integer> marks = new ArrayList<>(List.of(i));
            int k = i;
            while (true) {
                int next = k + 1;
                while (next < text.length && Chars.isHan(text[next]) && !Chars.isBoundary(text[next]) && next - k <= LONGEST_ITEM + 1) {
                    next++;
                }
                if (next < text.length && text[next] == '、' && next > k + 1) {
                    marks.add(next);
                    k = next;
                } else {
                    break;
                }
            }
            List<int[]> items = new ArrayList<>();
            for (int m = 0; m + 1 < marks.size(); m++) {
                items.add(new int[] {marks.get(m) + 1, marks.get(m + 1)});
            }
            int lastMark = marks.get(marks.size() - 1);
            int[] last = lastItem(text, lastMark, byStart, selected, items.isEmpty() ? -1 : stemLength(text, items.get(items.size() - 1)));
            if (last != null) {
                items.add(last);
            }
            int[] first = items.isEmpty() ? null : firstItem(text, marks.get(0), byEnd, selected, stemLength(text, items.get(0)));
            if (first != null) {
                items.add(0, first);
            }
            addSiblings(text, items, byStart, selected, covered, hits);
            i = lastMark + 1;
        }
        return hits;
    }

    /** The new places of one list: its unfound items, where a place is found among them and nothing else is. */
    private static void addSiblings(int[] text, List<int[]> items, int[] byStart, List<Hit> selected, java.util.BitSet covered,
            List<Hit> hits) {
        int places = 0;
        List<int[]> unfound = new ArrayList<>();
        for (int[] item : items) {
            Hit h = byStart[item[0]] < 0 ? null : selected.get(byStart[item[0]]);
            boolean touched = covered.nextSetBit(item[0]) >= 0 && covered.nextSetBit(item[0]) < item[1];
            if (h != null && h.end() == item[1] && h.type() == MentionType.PLACE) {
                places++;
            } else if (touched) {
                // A man, a title, a date or part of a longer name: no list of places, or not one this rule can read. A state
                // by one character may be a prefecture's (唐、鄧、蔡) and says nothing against it.
                if (!(h != null && h.end() == item[1] && h.type() == MentionType.POLITY && h.length() == 1)) {
                    return;
                }
            } else if (plain(text, item[0], item[1])) {
                unfound.add(item);
            } else {
                return;
            }
        }
        if (places == 0 || unfound.isEmpty()) {
            return;
        }
        for (int[] item : unfound) {
            hits.add(new Hit(item[0], item[1], MentionType.PLACE, null, OfficeCompoundRule.slice(text, item[0], item[1]), List.of(),
                    FOUND_BY, Hit.RULE));
        }
    }

    /** The length of an item's name without its suffix (道州 → 1): what an unfound neighbour's bare name is measured by. */
    private static int stemLength(int[] text, int[] item) {
        int length = item[1] - item[0];
        return length > 1 && Chars.isAnyOf(text[item[1] - 1], "州軍縣府監") ? length - 1 : length;
    }

    /**
     * The item before the list's first 、: a hit ending there, or as many Han characters as the next item's name has,
     * opening after punctuation or a verb that takes places; else null (停汴口、蔡河: 停 is no verb of place, so the
     * list's start is not known).
     */
    private static int[] firstItem(int[] text, int mark, int[] byEnd, List<Hit> selected, int length) {
        if (byEnd[mark] >= 0) {
            return new int[] {selected.get(byEnd[mark]).start(), mark};
        }
        int start = mark - length;
        int before = Chars.at(text, start - 1);
        return start >= 0 && length <= LONGEST_ITEM && plain(text, start, mark)
                && (start == 0 || Chars.isBoundary(before) || Chars.isAnyOf(before, BEFORE_FIRST)) ? new int[] {start, mark} : null;
    }

    /**
     * The item after the list's last 、: a hit starting there, or as many Han characters as the item before has,
     * closing on punctuation or a word that follows places; else null. With no item before it to measure by, only a hit.
     */
    private static int[] lastItem(int[] text, int mark, int[] byStart, List<Hit> selected, int length) {
        if (byStart[mark + 1] >= 0) {
            return new int[] {mark + 1, selected.get(byStart[mark + 1]).end()};
        }
        int end = mark + 1 + length;
        int after = Chars.at(text, end);
        return length >= 1 && length <= LONGEST_ITEM && end <= text.length && plain(text, mark + 1, end)
                && (after < 0 || Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_LAST)) ? new int[] {mark + 1, end} : null;
    }

    /** Whether {@code [start, end)} is Han characters that may make a place's name. */
    private static boolean plain(int[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isBoundary(text[k]) || Chars.isChineseNumeral(text[k]) || Chars.isIn(text[k], NOT_IN_ITEM)) {
                return false;
            }
        }
        return end > start;
    }
}
