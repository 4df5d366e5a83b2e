package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * 督視兩淮四川京湖軍馬, 節制應天府泗宿永海邳徐漣水屯戍軍馬, 管勾麟府軍馬事: the command of one or more regions' armies
 * (職官志: 督視, 都督, 節制, 管勾, 主管 … 軍馬) is one title with every region nested; so is the revenue commissioner's
 * charge over their funds (總領湖廣江西京西財賦, 總領淮東軍馬錢糧). Its frame is strong enough to read
 * a prefecture named by one character, by its stem or in full inside it, which the text runs on without punctuation
 * (泗宿永海邳徐漣水).
 */
final class ArmyCommandRule {

    private ArmyCommandRule() {}

    /** The commands (管勾 folds to 管句). 提督 is left out: its object is a unit (提督虎翼突騎軍馬), not a region. */
    private static final List<String> COMMANDS = List.of("督視", "都督", "節制", "管句", "管幹", "主管", "總領");
    /** What may stand between the regions and 軍馬: the troops' station or kind (屯戍, 控扼) and the regions' count. */
    private static final List<String> QUALIFIERS = List.of("屯戍", "屯駐", "屯田", "駐劄", "御前", "控扼", "沿邊", "諸路", "等處", "等",
            "本路", "本州", "本府", "本軍");
    /** A command's regions never run longer than this before their 軍馬 (the longest in 宋史's 本紀 is 17). */
    private static final int MAX_REGIONS = 24;
    static final String FOUND_BY = "rule:army-command";
    /** The first characters of the commands, the test at every character. */
    private static final java.util.BitSet COMMAND_FIRSTS = Chars.setOf("督都節管主總");

    /** {@code hits}: the place hits so far. Returns the titles and the one-character prefectures inside them. */
    static List<Hit> hits(int[] text, List<Hit> hits, Dictionary dictionary) {
        int[] placeEnd = null;
        List<Hit> found = new ArrayList<>();
        for (int at = 0; at + 4 < text.length; at++) {
            if (!COMMAND_FIRSTS.get(text[at]) || !isCommand(text, at)) {
                continue;
            }
            if (placeEnd == null) {
                placeEnd = Hit.placeEnds(text.length, hits);
            }
            command(text, at, placeEnd, dictionary, found);
        }
        return found;
    }

    private static boolean isCommand(int[] text, int at) {
        for (String command : COMMANDS) {
            if (Chars.matchesAt(text, at, command)) {
                return true;
            }
        }
        return false;
    }

    private static void command(int[] text, int at, int[] placeEnd, Dictionary dictionary, List<Hit> found) {
        int i = at + 2;
        int regions = 0;
        boolean counted = false;
        boolean written = false; // a region written in full: the run is a list, not a word (江夏) read as two prefectures
        // 總領四川財賦, 總領淮東軍馬錢糧: the revenue commissioner's charge over the regions' armies' funds, not their command.
        boolean revenue = text[at] == '總';
        List<Hit> singles = new ArrayList<>();
        while (i < text.length && i - at - 2 <= MAX_REGIONS) {
            int c = text[i];
            if (placeEnd[i] > i) {
                i = placeEnd[i];
                regions++;
                written = true;
            } else if ((c == '、' || c == '路') && regions > 0) {
                i++;
            } else if (!revenue && (Chars.matchesAt(text, i, "軍馬") || Chars.matchesAt(text, i, "兵馬"))
                    || revenue && (Chars.matchesAt(text, i, "財賦") || Chars.matchesAt(text, i, "錢糧")
                    || Chars.matchesAt(text, i, "軍馬錢糧"))) {
                if (regions == 0 && !counted) {
                    return;
                }
                int end = Chars.matchesAt(text, i, "軍馬錢糧") ? i + 4
                        : Chars.at(text, i + 2) == '事' ? i + 3 : i + 2; // 管勾麟府軍馬事: the charge written out
                found.add(new Hit(at, end, MentionType.OFFICE, null, OfficeCompoundRule.slice(text, at, end), List.of(), FOUND_BY,
                        Hit.STRUCTURE));
                for (Hit single : singles) {
                    if (written || single.length() > 1) {
                        found.add(single);
                    }
                }
                return;
            } else if (qualifierLength(text, i) > 0) {
                // 都督諸路軍馬, 節制屯田軍馬, 節制本路兵馬: no region named, or the one the text is of.
                counted |= text[i] == '諸' || text[i] == '屯' && text[i + 1] == '田' || text[i] == '本';
                i += qualifierLength(text, i);
            } else if (i + 2 < text.length && Chars.isHan(c) && Chars.isHan(text[i + 1]) && Chars.isAnyOf(text[i + 2], "州軍府監")
                    && (oneCharacterPrefecture(dictionary, c) == null || dictionary.first(text, i, i + 3, MentionType.PLACE) != null)) {
                // Not 鼎澧州: two prefectures, the first by one character.
                // 招信軍, 漣水軍: a prefecture written out that no stage before has read, its suffix plain in the frame.
                Dictionary.Entry known = dictionary.first(text, i, i + 3, MentionType.PLACE);
                singles.add(new Hit(i, i + 3, MentionType.PLACE, known == null ? null : known.id(),
                        known == null ? OfficeCompoundRule.slice(text, i, i + 3) : known.canonical(), List.of(), FOUND_BY, Hit.STRUCTURE));
                regions++;
                written = true;
                i += 3;
            } else if (i + 1 < text.length && dictionary.prefectureOfStem(text, i, i + 2) != null) {
                Dictionary.Entry stem = dictionary.prefectureOfStem(text, i, i + 2); // 漣水 for 漣水軍
                singles.add(new Hit(i, i + 2, MentionType.PLACE, stem.id(), stem.canonical(), List.of(), FOUND_BY, Hit.STRUCTURE));
                regions++;
                written = true;
                i += 2;
            } else {
                Dictionary.Entry single = Chars.isHan(c) ? oneCharacterPrefecture(dictionary, c) : null;
                // 海邳徐: a prefecture the packs lack (邳, 金's) between two they know, in a run of one character each.
                boolean between = single == null && Chars.isHan(c) && !singles.isEmpty() && singles.get(singles.size() - 1).end() == i
                        && singles.get(singles.size() - 1).length() == 1 && oneCharacterPrefecture(dictionary, Chars.at(text, i + 1)) != null;
                if (single == null && !between) {
                    return;
                }
                singles.add(single != null
                        ? new Hit(i, i + 1, MentionType.PLACE, single.id(), single.canonical(), List.of(), FOUND_BY, Hit.STRUCTURE)
                        : new Hit(i, i + 1, MentionType.PLACE, null, Character.toString(c) + "州", List.of(), FOUND_BY, Hit.STRUCTURE));
                regions++;
                i++;
            }
        }
    }

    private static int qualifierLength(int[] text, int at) {
        for (String q : QUALIFIERS) {
            if (Chars.matchesAt(text, at, q)) {
                return q.length();
            }
        }
        return 0;
    }

    private static Dictionary.Entry oneCharacterPrefecture(Dictionary dictionary, int c) {
        Dictionary.Entry prefecture = dictionary.prefecture(c);
        return prefecture != null ? prefecture : dictionary.placeAbbreviation(c);
    }
}
