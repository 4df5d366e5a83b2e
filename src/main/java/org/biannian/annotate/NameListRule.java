package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Men listed together whom no pack knows: 「而劉全、雷去危兩部」, 「賊黨曹彦、黄珙執李金」 (宋史卷412, 386). Two names or
 * more, each a surname and one or two characters, joined by 、, where the list's frame fixes both its ends: it opens the
 * clause or follows a verb of command or judgement, and its last name is followed by what a man does or the clause's
 * end. A list of one name is no evidence; a list of places (陳、許) or of offices the other stages have found is none.
 */
final class NameListRule {

    static final String FOUND_BY = "rule:unknown-list";
    /**
     * Verbs and words a list of men follows: an order (令, 詔, 命, 遣), a judgement (奪, 竄, 贈, 誅), 而, 以, 與, a band
     * (賊黨曹彦、黄珙). A title the other stages found opens one too (統制 before a list of commanders).
     */
    private static final java.util.BitSet OPENERS = Chars.setOf("令詔命遣奪竄贈誅貶而以與召黨");
    private static final java.util.BitSet CLAUSE_STARTS = Chars.setOf("，。；：「");
    /** After the last name: what the men do together (兩部, 各奪, 並杖, 執, 密陳) besides a name's usual closers. */
    private static final String CLOSERS = TitledNameRule.AFTER_NAME + "兩各執密官於扵于";
    /** The words of men named together (等, 兩部, 各, 並, 皆): the closers a list's last name of three characters takes. */
    private static final String TOGETHER = "等兩各並竝皆";
    /** Never in a listed name: the words of places, troops and offices that lists of other things hold. */
    static final String NOT_IN_NAME_CHARACTERS = "州軍縣府路城寨砦堡鎮關山河江水宮殿寺院司使人兵等之其諸";
    private static final java.util.BitSet NOT_IN_NAME = Chars.setOf(NOT_IN_NAME_CHARACTERS);

    private NameListRule() {
    }

    /** {@code hits}: the hits so far; a listed name may not overlap any of them. Returns new PER hits only. */
    static List<Hit> hits(int[] text, List<Hit> hits) {
        java.util.BitSet covered = new java.util.BitSet(text.length + 1);
        java.util.BitSet titleEnds = new java.util.BitSet(text.length + 1);
        for (Hit h : hits) {
            covered.set(h.start(), h.end());
            if (h.type() == MentionType.OFFICE) {
                titleEnds.set(h.end());
            }
        }
        List<Hit> names = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            boolean opens = i == 0 || Chars.isIn(text[i - 1], CLAUSE_STARTS) || Chars.isIn(text[i - 1], OPENERS) || titleEnds.get(i);
            if (!opens || NameRules.surnameLength(text, i) == 0) {
                continue;
            }
            List<int[]> items = list(text, i, covered);
            if (items.size() >= 2) {
                for (int[] item : items) {
                    names.add(new Hit(item[0], item[1], MentionType.PER, null, OfficeCompoundRule.slice(text, item[0], item[1]),
                            List.of(), FOUND_BY, Hit.RULE));
                }
                i = items.get(items.size() - 1)[1];
            }
        }
        return names;
    }

    /** The names of the list opening at {@code start}, or fewer than two when no list of men is framed there. */
    private static List<int[]> list(int[] text, int start, java.util.BitSet covered) {
        List<int[]> items = new ArrayList<>();
        int at = start;
        while (true) {
            int surname = NameRules.surnameLength(text, at);
            if (surname == 0) {
                return List.of();
            }
            // Inside the list, 、 ends a name; the last name ends where a closer follows (two characters tried first).
            int end = -1;
            for (int given = 1; given <= 2; given++) {
                int e = at + surname + given;
                if (e < text.length && text[e] == '、' && fits(text, at, e, covered)) {
                    end = e;
                    break;
                }
            }
            if (end > 0) {
                items.add(new int[] {at, end});
                at = end + 1;
                continue;
            }
            for (int given = 2; given >= 1; given--) {
                int e = at + surname + given;
                int after = Chars.at(text, e);
                // A verb after two characters may be the second half of one (楊忠閔、王進夾擊金人: 王進, then 夾擊): a
                // two-character given name closes the list only on punctuation or a word of the men together.
                boolean closes = Chars.isBoundary(after) && after != '、' || Chars.isAnyOf(after, given == 2 ? TOGETHER : CLOSERS);
                if (e <= text.length && fits(text, at, e, covered) && closes) {
                    items.add(new int[] {at, e});
                    return items;
                }
            }
            return List.of();
        }
    }

    private static boolean fits(int[] text, int start, int end, java.util.BitSet covered) {
        if (end > text.length || Chars.anySet(covered, start, end) || Chars.isDayAt(text, start)) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isIn(text[k], NOT_IN_NAME) || Chars.isChineseNumeral(text[k])) {
                return false;
            }
        }
        return true;
    }
}
