package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a battle was fought or an army went, by a name no pack knows: 「敗斡罕于長濼。」, 「與金人戰于五里坡，」,
 * 「追北至拓跋谷，」. The frame fixes both ends of the name: 于 / 於 after a verb of fighting in the same clause, or 至
 * after a verb of marching, opens it; the editor's mark closes it. Unpunctuated nothing closes it, so the rule is silent there.
 */
final class BattleSiteRule {

    static final String FOUND_BY = "rule:battle-site";
    /** Verbs of fighting that put the next 于 / 於 in their clause at the battle's site. */
    private static final String FOUGHT = "戰敗破擊击誅禦遇";
    /** Verbs of encamping, right before 于 / 於 only: 軍于得勝口 (軍 elsewhere is the army: 馬歩軍總管張順歿於王事). */
    private static final String ENCAMPED = "軍陣屯營";
    /** Verbs of marching before 至: pursuit, return, the army's advance. */
    private static final String MARCHED = "追北還行進軍兵師走";
    /** How far back in the clause the verb of fighting may stand (敗前軍統制楊可世于蘭溝甸). */
    private static final int VERB_REACH = 10;
    /** The longest name read. */
    private static final int LONGEST = 4;
    /** Characters no site's name holds: particles, pronouns, time and the words for ground in general. */
    private static final java.util.BitSet NOT_IN_SITE = Chars.setOf("之其此是彼所者也而以為於于至自與及並皆各數諸年月日時夜旦暮期晚曉今明");
    /**
     * Words of position and side that end the words after 于 (於太原城下, 於定州北, 軍于荆漢間, 至淮澨): a known place and
     * where by it, which the place rules read; the frame no longer fixes the name's end.
     */
    private static final String POSITIONS = "上下南北東西岸城間澨邊側畔外內中";

    private BattleSiteRule() {
    }

    static List<Hit> hits(int[] text) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 1; i + 2 < text.length; i++) {
            int c = text[i];
            boolean at = (c == '于' || c == '於' || c == '扵') && foughtBefore(text, i);
            boolean reached = c == '至' && Chars.isAnyOf(text[i - 1], MARCHED);
            if (!at && !reached) {
                continue;
            }
            int end = i + 1;
            while (end < text.length && end - i - 1 < LONGEST + 1 && Chars.isHan(text[end]) && !Chars.isBoundary(text[end])) {
                end++;
            }
            if (end >= text.length || !Chars.isAnyOf(text[end], "，。；") || end - i - 1 > LONGEST) {
                continue;
            }
            if (end - i - 1 < 2 || Chars.isAnyOf(text[end - 1], POSITIONS) || !plain(text, i + 1, end)) {
                continue;
            }
            hits.add(new Hit(i + 1, end, MentionType.PLACE, null, OfficeCompoundRule.slice(text, i + 1, end), List.of(), FOUND_BY, Hit.RULE));
        }
        return hits;
    }

    /** Whether a verb of fighting stands in the clause before {@code at}, within {@link #VERB_REACH}. */
    private static boolean foughtBefore(int[] text, int at) {
        if (Chars.isAnyOf(text[at - 1], ENCAMPED)) {
            return true;
        }
        for (int k = at - 1; k >= 0 && k >= at - VERB_REACH && !Chars.isBoundary(text[k]); k--) {
            if (Chars.isAnyOf(text[k], FOUGHT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plain(int[] text, int start, int end) {
        if (Chars.isAnyOf(text[start], NameRules.NOT_A_STEM)) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (Chars.isChineseNumeral(text[k]) || Chars.isIn(text[k], NOT_IN_SITE)) {
                return false;
            }
        }
        return true;
    }
}
