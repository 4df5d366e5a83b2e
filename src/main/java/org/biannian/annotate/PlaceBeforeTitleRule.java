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
    private static final String TROOPS = "馬步騎兵親禁衛衞廂將水陸諸本其我賊敵大官舊新全三五六等及與、";
    private static final String SUFFIXES = "州軍府監關";
    /** Kinship words and the last characters of titles, which end the words before a place. */
    private static final String NOT_FIRST = "姪弟兄子孫妻母父女婿姊妹使事史尉保傅師令郎丞卿候署監轄";

    /** 遷 (累遷媯州刺史) is left out of the place rules' verbs, since it ends 李繼遷's name, but never opens a stem here; nor 補 (補許州司理參軍). */
    private static final String NOT_FIRST_OF_TWO = NameRules.VERB_BEFORE_PLACE + NOT_FIRST + "遷補";
    private static final String BEFORE_DISTRICT = NameRules.BEFORE_PLACE + NameRules.VERB_BEFORE_PLACE + NOT_FIRST;
    private static final String TROOPS_OR_TITLE_END = TROOPS + NOT_FIRST;
    private static final String BEFORE_CIRCUIT = NOT_FIRST + "為以授除遷徙改領兼判";

    private PlaceBeforeTitleRule() {
    }

    /**
     * {@code hits}: the hits so far; returns new PLACE hits for unknown places before a known title, and a county
     * magistrate's title with the county it names.
     */
    static List<Hit> hits(int[] text, List<Hit> hits, Dictionary dictionary) {
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
                if (link.isEmpty() && isGovernorship(text, office) && end >= 2 && !Chars.isAnyOf(text[end - 1], SUFFIXES)) {
                    regionBeforeGovernorship(text, end, places);
                    break;
                }
                // 三交駐泊兵馬都部署, 并代行營都部署: 駐泊 and 行營 follow nothing but a place, so two characters
                // before them are one even when no pack knows them.
                if ((link.equals("駐泊") || link.equals("行營")) && end >= 3 && !Chars.isAnyOf(text[end - 1], SUFFIXES)
                        && unknownStem(text, end - 2, end)) {
                    places.add(new Hit(end - 2, end, MentionType.PLACE, null, OfficeCompoundRule.slice(text, end - 2, end), List.of(),
                            "rule:place-before-title", Hit.RULE));
                    break;
                }
                // 河中都監, 永興鈐轄: a known place written without its suffix (河中府) before the title.
                // Not before a noble title (壽春郡王, 南平郡王): a fief is no place there.
                boolean noble = Chars.isAnyOf(text[office.end() - 1], "王公侯") || text[office.start()] == '郡';
                if (end >= 2 && !noble && !Chars.isAnyOf(text[end - 1], SUFFIXES)) {
                    Dictionary.Entry stem = suffixed(dictionary, text, end - 2, end);
                    if (stem != null && !Chars.isAnyOf(text[end - 2], NOT_FIRST_OF_TWO)) {
                        places.add(new Hit(end - 2, end, MentionType.PLACE, stem.id(), stem.canonical(), List.of(), "rule:place-before-title",
                                Hit.RULE));
                        break;
                    }
                }
                // A chain: 定州鎮州駐泊都部署, 定州、鎮州駐泊都部署 — each place in turn.
                int at = end;
                while (at >= 2 && Chars.isAnyOf(text[at - 1], SUFFIXES)) {
                    int start = stemStart(text, at - 1, dictionary);
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
        countiesOfMagistrates(text, dictionary, hits, places);
        return places;
    }

    /** What stands before a county's magistrate: an appointment (調黟令, 為萬年令) or a list's comma. */
    private static final String BEFORE_MAGISTRATE = "為爲調授除遷改攝補、";
    /** After 令, a word or another title, not the magistrate: 令史 (a clerk), 令公 (a way to address a grandee). */
    private static final String NOT_AFTER_MAGISTRATE = "史公人尹丞";

    /**
     * A county named by its officials, without 縣 (調黟令, 萬年令不任職, 為濠州定逺尉, 授台州黄巖丞): one or two characters
     * the packs know with 縣 after them, then the post, after an appointment, where a clause opens, or after the
     * prefecture the county lies in, which the title then holds too. The county is nested, as the guidelines nest a place
     * in its title; a stem the packs know as a name of its own (大理) is no county here. One character only before 令.
     */
    private static void countiesOfMagistrates(int[] text, Dictionary dictionary, List<Hit> hits, List<Hit> found) {
        int[] prefectureStartByEnd = null; // made at the first post
        for (int k = 1; k < text.length; k++) {
            int c = text[k];
            if (c != '令' && c != '丞' && c != '尉' && c != '主' || c == '主' && Chars.at(text, k + 1) != '簿'
                    || c == '令' && Chars.isAnyOf(Chars.at(text, k + 1), NOT_AFTER_MAGISTRATE)) {
                continue;
            }
            if (prefectureStartByEnd == null) {
                prefectureStartByEnd = new int[text.length + 1];
                java.util.Arrays.fill(prefectureStartByEnd, -1);
                for (Hit h : hits) {
                    if (h.type() == MentionType.PLACE && h.length() >= 2 && Chars.isAnyOf(text[h.end() - 1], "州府軍")) {
                        prefectureStartByEnd[h.end()] = h.start();
                    }
                }
            }
            int postEnd = c == '主' ? k + 2 : k + 1;
            for (int stem = 2; stem >= (c == '令' ? 1 : 2); stem--) {
                int start = k - stem;
                int before = Chars.at(text, start - 1);
                int prefecture = start >= 0 ? prefectureStartByEnd[start] : -1;
                boolean opens = stem == 2 ? Chars.isBoundary(before) || Chars.isAnyOf(before, BEFORE_MAGISTRATE) || prefecture >= 0
                        : Chars.isAnyOf(before, BEFORE_MAGISTRATE);
                if (start < 0 || !opens || !dictionary.lookup(text, start, k).isEmpty()) {
                    continue;
                }
                int[] county = java.util.Arrays.copyOfRange(text, start, k + 1);
                county[stem] = '縣';
                Dictionary.Entry entry = dictionary.first(county, 0, county.length, MentionType.PLACE);
                if (entry == null) {
                    continue;
                }
                int titleStart = prefecture >= 0 ? prefecture : start;
                found.add(new Hit(start, k, MentionType.PLACE, entry.id(), entry.canonical(), List.of(), "rule:county-of-magistrate",
                        Hit.RULE));
                found.add(new Hit(titleStart, postEnd, MentionType.OFFICE, null, OfficeCompoundRule.slice(text, titleStart, postEnd),
                        List.of(), "rule:county-of-magistrate", Hit.RULE));
                break;
            }
        }
    }

    /** Two Han characters that can be a place's name: no numeral, troops' word, title's end or verb first. */
    private static boolean unknownStem(int[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isChineseNumeral(text[k]) || Chars.isAnyOf(text[k], TROOPS_OR_TITLE_END)) {
                return false;
            }
        }
        // 西南面行營, 北靣行營: a direction and 面 / 道 qualify the title, they are no place.
        return !Chars.isAnyOf(text[start], NOT_FIRST_OF_TWO) && !Chars.isAnyOf(text[start], NameRules.NOT_A_STEM)
                && !Chars.isAnyOf(text[end - 1], NameRules.NOT_A_STEM) && !Chars.isAnyOf(text[end - 1], NameRules.VERB_BEFORE_PLACE)
                && !Chars.isAnyOf(text[end - 1], "面靣道");
    }

    /** The known place that the two characters at {@code [start, end)} name with 府, 州 or 軍 after them, or null. */
    private static Dictionary.Entry suffixed(Dictionary dictionary, int[] text, int start, int end) {
        int[] name = java.util.Arrays.copyOfRange(text, start, end + 1);
        for (int suffix : new int[] {'府', '州', '軍'}) {
            name[name.length - 1] = suffix;
            Dictionary.Entry e = dictionary.first(name, 0, name.length, MentionType.PLACE);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static boolean known(Dictionary dictionary, int[] text, int start, int end) {
        return dictionary.first(text, start, end, MentionType.PLACE) != null;
    }

    /** 節度使 and its parts: the title of a circuit governor, always written after his circuit's name. */
    private static boolean isGovernorship(int[] text, Hit office) {
        String title = OfficeCompoundRule.slice(text, office.start(), office.end());
        return title.startsWith("節度");
    }

    /**
     * 「荆南節度使」, 「河東節度使」: a governorship named by a region without suffix. Two characters, the word
     * before them ending a title or a clause (太尉荆南節度使, 為河東節度使), so the stem is not the tail of a word.
     */
    private static void regionBeforeGovernorship(int[] text, int end, List<Hit> places) {
        int start = end - 2;
        int before = Chars.at(text, start - 1);
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isChineseNumeral(text[k]) || Chars.isAnyOf(text[k], TROOPS_OR_TITLE_END)
                    || Chars.isAnyOf(text[k], NameRules.VERB_BEFORE_PLACE) || Chars.isAnyOf(text[k], "奏攝署辟補")) {
                return; // 奏攝節度推官: being recommended as acting staff, not a circuit
            }
        }
        if (Chars.isBoundary(before) || Chars.isAnyOf(before, BEFORE_CIRCUIT)) {
            places.add(new Hit(start, end, MentionType.PLACE, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                    "rule:place-before-title", Hit.RULE));
        }
    }

    /** Start of a two-character stem before {@code suffix} (one character for 州), or -1. */
    private static int stemStart(int[] text, int suffix, Dictionary dictionary) {
        for (int stem = 2; stem >= 1; stem--) {
            int start = suffix - stem;
            // One character before 州, or before 關 right after a verb (改潼關監軍).
            boolean pass = text[suffix] == '關' && Chars.isAnyOf(Chars.at(text, start - 1), NameRules.VERB_BEFORE_PLACE);
            if (start < 0 || stem == 1 && text[suffix] != '州' && !pass) {
                continue;
            }
            // 中軍統制, 後軍統制: an army's division, no military district; 左神武軍大將軍, 右羽林軍將軍: a guard.
            if (text[suffix] == '軍' && (Chars.isAnyOf(text[suffix - 1], "中前後左右") || Chars.isAnyOf(Chars.at(text, suffix - 3), "左右"))) {
                return -1;
            }
            // 丁未宋州, 丁巳交州: the end of a cyclical day, not the start of a place.
            if (stem == 2 && "甲乙丙丁戊己庚辛壬癸".indexOf(Chars.at(text, start - 1)) >= 0 && "子丑寅卯辰巳午未申酉戌亥".indexOf(text[start]) >= 0) {
                continue;
            }
            // 領叙州, 遷媯州, 陳堯咨單州: when only the one-character stem makes a known prefecture, the
            // character before it belongs to the words before (a verb, the end of a name).
            if (stem == 2 && text[suffix] == '州' && known(dictionary, text, start + 1, suffix + 1) && !known(dictionary, text, start, suffix + 1)) {
                continue;
            }
            // 州郡, 州縣: the common word (吏肆為不法州郡公相餽), not a prefecture's suffix.
            boolean ok = !(text[suffix] == '州' && Chars.isAnyOf(Chars.at(text, suffix + 1), "郡縣"));
            for (int k = start; k < suffix && ok; k++) {
                ok = Chars.isHan(text[k]) && !Chars.isChineseNumeral(text[k]) && !Chars.isAnyOf(text[k], TROOPS)
                        && !Chars.isAnyOf(text[k], SUFFIXES);
            }
            // 授閬州, 姪閬州, 使閬州 (the end of the title before): a verb, a kinship word or a title's last
            // character opens the text before a one-character stem, never a two-character one.
            boolean opener = stem == 2 ? Chars.isAnyOf(text[start], NOT_FIRST_OF_TWO)
                    : Chars.isAnyOf(text[start], NameRules.VERB_NOT_PREFECTURE);
            // 歸德軍, 建雄軍, 保靜軍: a military district's name may open with a verb's character; it still is
            // the name when what stands before it ends a clause, a title or a verb (為歸德軍節度使).
            int before = Chars.at(text, start - 1);
            if (stem == 2 && text[suffix] == '軍' && opener && (Chars.isBoundary(before)
                    || Chars.isAnyOf(before, BEFORE_DISTRICT))) {
                opener = false;
            }
            if (ok && !opener && !Chars.isAnyOf(text[start], NameRules.NOT_A_STEM)) {
                return start;
            }
        }
        return -1;
    }
}
