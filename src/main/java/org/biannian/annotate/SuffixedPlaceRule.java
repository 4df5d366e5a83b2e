package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * A place the packs know by its bare name, written with the suffix of a fort, a palace, a monastery or a
 * temple, or of a pass or valley after it: 「攻米脂砦」, 「寇義合砦」, 「幸醴泉觀」, 「幸興國寺」, 「於長城口」. The whole is the place the text names
 * (米脂砦, not 米脂 + 砦), as the guidelines tag forts and palaces with their suffix. Built on a known name, it is
 * structure, not a guess: it may swallow the name it extends.
 */
final class SuffixedPlaceRule {

    static final String FOUND_BY = "rule:place-with-suffix";
    /** 縣: a county the packs know bare (新昌) written whole (知新昌縣). */
    private static final String SUFFIXES = "砦寨堡城宮宫觀寺口關川縣";
    /** After 城: a part of the town (城中, 城下, 城門), not its name's suffix. */
    private static final String AFTER_TOWN = "中內内外下上門池郭隍壁";


    private static final String DIRECTIONS = "東西南北";
    /** What may follow a pair of circuits: the end of a list, 路, or a commission over them (河東北宣撫使). */
    private static final String AFTER_PAIR = "、路等宣安轉提都兵制諸";

    private SuffixedPlaceRule() {
    }

    /**
     * Two circuits written as one word (guidelines: one PLACE): a region and 東西 / 南北 (廣南東西, 江淮東西), or a
     * region ending in a direction and the other direction (京東西 = 京東 and 京西, 河東北 = 河東 and 河北).
     * Returns the pair's end, or -1.
     */
    private static int pairedRegionEnd(int[] text, Hit h) {
        if (h.type() != MentionType.PLACE || h.length() != 2 || h.priority() != Hit.DICTIONARY) {
            return -1;
        }
        int a = Chars.at(text, h.end());
        int b = Chars.at(text, h.end() + 1);
        boolean both = (a == '東' && b == '西' || a == '南' && b == '北');
        int end = both ? h.end() + 2 : Chars.isAnyOf(text[h.end() - 1], DIRECTIONS) && Chars.isAnyOf(a, DIRECTIONS)
                && a != text[h.end() - 1] ? h.end() + 1 : -1;
        int after = Chars.at(text, end);
        return end > 0 && (Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_PAIR)) ? end : -1;
    }

    /** {@code hits}: the dictionary's hits; returns the longer places. */
    static List<Hit> hits(int[] text, List<Hit> hits) {
        List<Hit> places = new ArrayList<>();
        for (Hit h : hits) {
            int paired = pairedRegionEnd(text, h);
            if (paired > 0) {
                places.add(new Hit(h.start(), paired, MentionType.PLACE, null, OfficeCompoundRule.slice(text, h.start(), paired),
                        List.of(), "rule:paired-region", Hit.STRUCTURE));
            }
            // A name that ends in a suffix already takes no second one (幸金明池觀水戲: the pool, then 觀 "to watch").
            if (h.type() != MentionType.PLACE || h.length() < 2 || Chars.isAnyOf(text[h.end() - 1], "州府軍縣路監池殿苑園門" + SUFFIXES)) {
                continue;
            }
            int suffix = Chars.at(text, h.end());
            // 大同軍留後, 河西軍節度: a known name and 軍 before a governor's title is the military designation the title
            // is named after (the packs know 大同 as 雲州's).
            boolean designation = suffix == '軍' && NameRules.GOVERNORS.stream().anyMatch(t -> Chars.matchesAt(text, h.end() + 1, t));
            if (!designation && (!Chars.isAnyOf(suffix, SUFFIXES)
                    || suffix == '城' && Chars.isAnyOf(Chars.at(text, h.end() + 1), AFTER_TOWN))) {
                continue;
            }
            places.add(new Hit(h.start(), h.end() + 1, MentionType.PLACE, null, OfficeCompoundRule.slice(text, h.start(), h.end() + 1),
                    List.of(), FOUND_BY, Hit.STRUCTURE));
        }
        return places;
    }
}
