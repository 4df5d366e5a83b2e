package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Prefectures and military districts named by the title they carry: in 「閬州觀察使」, 「河西軍節度使」,
 * 「定州鎮州駐泊都部署」 the title fixes the end of the place, whatever stands before it, so the place
 * is found without punctuation or a verb before it. The compound title is then built by
 * {@link OfficeCompoundRule}, with the place nested.
 */
final class PlaceBeforeTitleRule {

    /** Words between a place and its title: 定難軍管內都知蕃落使, 定州駐泊都部署, 高陽關行營都部署. */
    private static final String[] LINKS = {"管內", "駐泊", "行營", "路", "兵馬", ""};
    /** Characters that make X軍 a body of troops (馬步軍, 親軍, 禁軍, 水軍), not a district. */
    private static final String TROOPS = "馬步歩騎兵親禁衛衞廂將水陸諸本其我賊敵大官舊新全三五六等及與、";
    private static final String SUFFIXES = "州軍府監";
    /** Kinship words and the last characters of titles, which end the words before a place. */
    private static final String NOT_FIRST = "姪弟兄子孫妻母父女婿姊妹使事史尉保傅師令郎丞卿候署監轄";

    private PlaceBeforeTitleRule() {
    }

    /** {@code hits}: the hits so far; returns new PLACE hits for unknown places before a known title. */
    static List<Hit> hits(int[] text, List<Hit> hits) {
        List<Hit> places = new ArrayList<>();
        for (Hit office : hits) {
            if (office.type() != MentionType.OFFICE || office.priority() != Hit.DICTIONARY) {
                continue;
            }
            for (String link : LINKS) {
                int end = office.start() - link.codePointCount(0, link.length());
                if (end < 3 || !OfficeCompoundRule.slice(text, end, office.start()).equals(link)) {
                    continue;
                }
                // A chain: 定州鎮州駐泊都部署, 定州、鎮州駐泊都部署 — each place in turn.
                int at = end;
                while (at >= 2 && Chars.isAnyOf(text[at - 1], SUFFIXES)) {
                    int start = stemStart(text, at - 1);
                    if (start < 0) {
                        break;
                    }
                    places.add(new Hit(start, at, MentionType.PLACE, null, OfficeCompoundRule.slice(text, start, at), List.of(),
                            "rule:place-before-title", Hit.RULE));
                    at = Chars.at(text, start - 1) == '、' ? start - 1 : start;
                }
                break;
            }
        }
        return places;
    }

    /** Start of a two-character stem before {@code suffix} (one character for 州), or -1. */
    private static int stemStart(int[] text, int suffix) {
        for (int stem = 2; stem >= 1; stem--) {
            int start = suffix - stem;
            if (start < 0 || stem == 1 && text[suffix] != '州') {
                continue;
            }
            boolean ok = true;
            for (int k = start; k < suffix && ok; k++) {
                ok = Chars.isHan(text[k]) && !Chars.isChineseNumeral(text[k]) && !Chars.isAnyOf(text[k], TROOPS)
                        && !Chars.isAnyOf(text[k], SUFFIXES);
            }
            // 授閬州, 姪閬州, 使閬州 (the end of the title before): a verb, a kinship word or a title's last
            // character opens the text before a one-character stem, never a two-character one.
            boolean opener = stem == 2 ? Chars.isAnyOf(text[start], NameRules.VERB_BEFORE_PLACE + NOT_FIRST)
                    : Chars.isAnyOf(text[start], NameRules.VERB_NOT_PREFECTURE);
            if (ok && !opener && !Chars.isAnyOf(text[start], NameRules.NOT_A_STEM)) {
                return start;
            }
        }
        return -1;
    }
}
