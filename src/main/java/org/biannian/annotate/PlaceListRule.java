package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Single-character place abbreviations in lists: 夏銀綏宥靜, 銀、夏, 環、慶等州. One character alone is
 * too ambiguous (夏 is also a season and a state), so an abbreviation counts only inside a run of
 * three or more, a run punctuated with 、, or a run of two closed by 等 / 州 / 二州.
 */
final class PlaceListRule {

    private PlaceListRule() {
    }

    static List<Hit> hits(int[] text, Dictionary dictionary) {
        List<Hit> hits = new ArrayList<>(countedLists(text, dictionary));
        hits.addAll(circuitsOfPrefectures(text, dictionary));
        hits.addAll(listsEndingInPrefecture(text, dictionary));
        hits.addAll(punctuatedPrefectures(text, dictionary));
        hits.addAll(listedStems(text, dictionary));
        hits.addAll(countedCounties(text, dictionary));
        hits.addAll(countedNames(text, dictionary));
        hits.addAll(runsBeforePrefecture(text, dictionary));
        int i = 0;
        while (i < text.length) {
            if (abbreviation(dictionary, text[i]) == null) {
                i++;
                continue;
            }
            List<Integer> items = new ArrayList<>();
            boolean punctuated = false;
            int j = i;
            while (j < text.length && abbreviation(dictionary, text[j]) != null) {
                items.add(j);
                if (Chars.at(text, j + 1) == '、' && abbreviation(dictionary, Chars.at(text, j + 2)) != null) {
                    punctuated = true;
                    j += 2;
                } else {
                    j++;
                }
            }
            int after = Chars.at(text, j);
            boolean closed = after == '等' || after == '州' || after == '二' || after == '兩' || after == '三';
            // A run of two glued characters followed by 州 is one prefecture name (綏州), not a list.
            boolean listLike = items.size() >= 3 || punctuated || (items.size() == 2 && (after == '等' || after == '二' || after == '兩'));
            if (listLike || closed && items.size() >= 2 && punctuated) {
                for (int at : items) {
                    Dictionary.Entry e = abbreviation(dictionary, text[at]);
                    hits.add(new Hit(at, at + 1, MentionType.PLACE, e.id(), e.canonical(), List.of(), "rule:place-list", Hit.STRUCTURE));
                }
            }
            i = j + 1;
        }
        return hits;
    }

    /** Found by a list its count vouches for (瀛、莫二州, 昭桂連三州). */
    static final String COUNTED_FOUND_BY = "rule:counted-list";
    /** The shortest glued run of prefectures 等州 makes a list of, without a count or 、 to vouch for it. */
    private static final int FEWEST_GLUED = 3;

    /**
     * 「瀛、莫二州」, 「雲、應、朔等州」: characters joined by 、 before a count or 等 and 州 are each a
     * prefecture, known to the packs or not. Unknown ones get canonical X州 and a local id later.
     */
    private static List<Hit> countedLists(int[] text, Dictionary dictionary) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i + 1 < text.length; i++) {
            // Not 諸州 after 、: 「江、浙諸州」 names regions whose prefectures are meant, not prefectures; but a glued run of
            // three or more prefectures the packs know before it is a list (是嵗洪吉江蘄諸州水, the 四庫 text).
            // And 數州, several prefectures (盗起晋絳澤潞數州); 郡 for 州 as the prose writes it (光鄂江黄四郡, 兗鄆齊濮曹濟諸郡).
            boolean various = i >= 1 && (text[i - 1] == '諸' || text[i - 1] == '數' && text[i] == '州');
            if (text[i] != '州' && text[i] != '郡' || !various && !(Chars.isAnyOf(text[i - 1 < 0 ? 0 : i - 1], "等二三四五六七八九十"))) {
                continue;
            }
            if (various) {
                hits.addAll(gluedPrefectures(text, i - 1, 0, dictionary));
                continue;
            }
            int last = i - 2;
            while (last > 0 && Chars.isAnyOf(Chars.at(text, last), "二三四五六七八九十等")) {
                last--;
            }
            List<Integer> items = new ArrayList<>();
            int at = last;
            while (at >= 0 && Chars.isHan(text[at]) && !Chars.isBoundary(text[at])) {
                items.add(at);
                if (Chars.at(text, at - 1) == '、' && Chars.isHan(Chars.at(text, at - 2))) {
                    at -= 2;
                } else {
                    break;
                }
            }
            // 「又下昭桂連三州」, 「齊密登…汀潮等十八州」: unpunctuated, as many characters as the count says, each a
            // known prefecture; in a list of four or more, half known is enough for the frame to vouch for the rest.
            int numeralStart = numeralStart(text, i);
            int count = numeralStart < i ? count(text, numeralStart, i) : 0;
            int runEnd = Chars.at(text, numeralStart - 1) == '等' ? numeralStart - 1 : numeralStart;
            if (items.size() == 1 && count >= 2 && count <= 30 && last == runEnd - 1 && runEnd - count >= 0
                    && han(text, runEnd - count, runEnd)) {
                List<Integer> run = new ArrayList<>();
                int known = 0;
                for (int k = runEnd - count; k < runEnd; k++) {
                    run.add(k);
                    if (dictionary.prefecture(text[k]) != null) {
                        known++;
                    }
                }
                // The count and the run agree, and most of the run are prefectures the packs know: the rest are
                // prefectures too (the 四庫 text's misprints among them), with canonical X州.
                // With 等 the count may be of more prefectures than are written (遂陷横貴等八州): only a run with no
                // suffix in it (a sentence's 邕州) and two thirds known is the whole list.
                boolean etc = runEnd < numeralStart;
                boolean clean = true;
                for (int k : run) {
                    clean &= !Chars.isAnyOf(text[k], "州軍府縣路監等");
                }
                // 郡 is also the prose's word for a prefecture in general (作書許金四郡: a letter promising the 金 four of them):
                // a run before it needs two thirds known too.
                boolean strict = etc || text[i] == '郡';
                if (clean && (known == count || count >= 4 && (strict ? 3 * known >= 2 * count : 2 * known >= count))) {
                    items = run;
                }
            }
            // 「…濮陝曹濟同淄單德徐…衛青霸等州旱」: 等州 without a count; the run back from 等 while each character is a
            // prefecture the packs know, three or more, is the list.
            if (items.size() == 1 && count == 0 && runEnd < i) {
                List<Integer> run = new ArrayList<>();
                for (int k = runEnd - 1; k >= 0 && dictionary.prefecture(text[k]) != null; k--) {
                    run.add(0, k);
                }
                if (run.size() >= FEWEST_GLUED) {
                    items = run;
                }
            }
            boolean punctuated = items.size() >= 2 && Chars.at(text, items.get(0) - 1) == '、';
            // 「廬泰二州」, 「歸峽二州」: two run together before their count are written as one word, one PLACE (as 環慶),
            // where the editor punctuated around them and left 、 out; in text without punctuation (the 四庫 text) nothing
            // says so, and two prefectures each named (as 「廬、濠二州」) is the reading the guidelines give a counted list.
            if (!punctuated && count == 2 && items.size() == 2 && items.get(1) == items.get(0) + 1 && punctuatedAround(text, items.get(0))) {
                int first = items.get(0);
                hits.add(new Hit(first, first + 2, MentionType.PLACE, null,
                        new String(text, first, 1) + "州、" + new String(text, first + 1, 1) + "州", List.of(), COUNTED_FOUND_BY, Hit.STRUCTURE));
                continue;
            }
            if (items.size() >= 2) {
                for (int item : items) {
                    String name = new String(text, item, 1) + "州";
                    Dictionary.Entry known = dictionary.prefecture(text[item]);
                    // Joined by 、 before their count, even a character that is also a state's name is a prefecture (鄆、宋、楚三州).
                    hits.add(known == null
                            ? new Hit(item, item + 1, MentionType.PLACE, null, name, List.of(), COUNTED_FOUND_BY, punctuated ? Hit.STRUCTURE : Hit.RULE)
                            : new Hit(item, item + 1, MentionType.PLACE, known.id(), known.canonical(), List.of(), COUNTED_FOUND_BY, Hit.STRUCTURE));
                }
            }
        }
        return hits;
    }

    /** Verbs of relief, remission and attack that open a list of prefectures. */
    private static final String BEFORE_A_LIST = NameRules.VERB_BEFORE_PLACE + "振賑蠲免給";

    /**
     * The prefectures the packs know run together back from {@code end}, each one PLACE; else none. {@code vouched}: how
     * many prefectures named in full close the run (冀益黎雅州: 雅州), each counting towards its length.
     */
    private static List<Hit> gluedPrefectures(int[] text, int end, int vouched, Dictionary dictionary) {
        int start = end;
        while (start > 0 && dictionary.prefecture(text[start - 1]) != null) {
            start--;
        }
        // A verb before the list may be a prefecture's character too (振湖秀諸州: 振州; 蠲, 賑): the list starts after it.
        while (start < end && Chars.isAnyOf(text[start], BEFORE_A_LIST)) {
            start++;
        }
        // Not where two of them are a region the packs know (江西湖南諸州, 兩浙江湖福建諸州): regions' prefectures are meant.
        for (int k = start; k + 1 < end + vouched; k++) {
            if (dictionary.first(text, k, k + 2, MentionType.PLACE) != null) {
                return List.of();
            }
        }
        List<Hit> hits = new ArrayList<>();
        // Three after a verb or where a clause opens, four otherwise; two run together are a pair, one PLACE (振湖秀諸州:
        // 湖秀, the prefecture-pair rule's).
        int before = Chars.at(text, start - 1);
        boolean opened = !Chars.isHan(before) || Chars.isAnyOf(before, BEFORE_A_LIST);
        if (end - start + vouched >= (opened ? FEWEST_GLUED : FEWEST_GLUED + 1)) {
            for (int k = start; k < end; k++) {
                Dictionary.Entry known = dictionary.prefecture(text[k]);
                hits.add(new Hit(k, k + 1, MentionType.PLACE, known.id(), known.canonical(), List.of(), COUNTED_FOUND_BY, Hit.RULE));
            }
        }
        return hits;
    }

    /**
     * Unpunctuated, 「冀益黎雅州地震」, 「以誓書及燕京涿易檀順景薊州來歸」: prefectures by one character run together before the
     * last written in full, X州, which vouches for the run as one more of the list ({@link #gluedPrefectures}).
     */
    private static List<Hit> runsBeforePrefecture(int[] text, Dictionary dictionary) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 3; i < text.length; i++) {
            // Not before 州縣, 州郡 (襄郢新復州縣: the newly recovered prefectures and counties).
            // The cheap tests first: this looks at every 州.
            if (text[i] != '州' || dictionary.prefecture(text[i - 2]) == null || dictionary.prefecture(text[i - 1]) == null
                    || Chars.isAnyOf(Chars.at(text, i + 1), "縣郡軍府") || dictionary.first(text, i - 2, i + 1, MentionType.PLACE) != null) {
                continue;
            }
            int start = i - 1;
            while (start > 0 && dictionary.prefecture(text[start - 1]) != null && !Chars.isAnyOf(text[start - 1], NOT_IN_RUN)) {
                start--;
            }
            // Two before X州 only after a verb of appointment or remission (除并代忻州, 知循隨安州); else three (遂定河州 is a
            // clause). Not where the last before X州 is a verb of taking (劉洪道復青州, 邵隆復虢州: a man, then 復).
            int run = i - 1 - start;
            boolean verbBefore = Chars.isAnyOf(text[i - 2], NameRules.VERB_BEFORE_PLACE);
            if (!verbBefore && (run >= 3 || run == 2 && Chars.isAnyOf(Chars.at(text, start - 1), "除知判"))) {
                hits.addAll(gluedPrefectures(text, i - 1, 1, dictionary));
            }
        }
        return hits;
    }

    /** Prefectures by one character that are also the words for directions, rank and age (西南蕃, 漢上, 新復): never in a glued run. */
    private static final String NOT_IN_RUN = "東西南北上中下新舊";

    /** How far around a glued pair {@link #punctuatedAround} looks for an editor's marks. */
    private static final int PUNCTUATION_REACH = 20;

    /** Whether an editor's punctuation mark (a boundary other than a line's end or a space) stands within reach of {@code at}. */
    private static boolean punctuatedAround(int[] text, int at) {
        for (int k = Math.max(0, at - PUNCTUATION_REACH); k < Math.min(text.length, at + PUNCTUATION_REACH); k++) {
            if (Chars.isBoundary(text[k]) && !Character.isWhitespace(text[k])) {
                return true;
            }
        }
        return false;
    }

    /** What a list of names joined by 、 may be counted as: 三軍, 二府, 三砦, 等砦, 等州, and a city's gates (通津、景陽等門). */
    private static final java.util.BitSet COUNTED_KIND_SET = Chars.setOf("州軍府縣砦寨堡城鎮門");
    /** The most names a counted list is read back for, as {@link #countedLists} takes counts up to thirty. */
    private static final int MOST_COUNTED = 30;

    /** Verbs of building and taking before a list of towns: 築, 修, 城 (to wall), and the verbs before a place. */
    private static final String BUILT_OR_TAKEN = NameRules.VERB_BEFORE_PLACE + "築修城";

    /** The length of a counted list's first name ending at {@code end}, the next one being {@code next} long. */
    private static int firstNameLength(int[] text, int end, int next, Dictionary dictionary) {
        for (int length = next; length >= 2; length--) {
            if (end - length >= 0 && knownPlace(text, end - length, end, dictionary) != null) {
                return length;
            }
        }
        return next == 3 && end - 3 >= 0 && Chars.isAnyOf(text[end - 3], BUILT_OR_TAKEN) ? 2 : next;
    }

    /**
     * 「大安、石泉、淮安三軍」, 「潼川、崇慶二府」, 「馬蹬、沙窩、岵山三砦」, 「木查、騰雲、吕堰等砦」: names of two or three
     * characters joined by 、 before a count or 等 and the kind of place, each a place whether the packs know it or not.
     * A count must be the number of names; the first name is as long as the one after it, since nothing but the list
     * marks where it starts, unless a place the packs know or a verb says shorter ({@link #firstNameLength}).
     * One-character names are {@link #countedLists}'.
     */
    private static List<Hit> countedNames(int[] text, Dictionary dictionary) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 2; i < text.length; i++) {
            if (!Chars.isIn(text[i], COUNTED_KIND_SET)) {
                continue;
            }
            // 「青居、大獲、釣魚、雲頂、天生凡十餘城」: a count in all (凡) or a round one (十餘) is of more places than are
            // written, so it vouches for a list joined by 、 without matching its length.
            boolean round = text[i - 1] == '餘';
            int countEnd = round ? i - 1 : i;
            int numeralStart = numeralStart(text, countEnd);
            int count = numeralStart < countEnd ? count(text, numeralStart, countEnd) : 0;
            boolean inAll = Chars.at(text, numeralStart - 1) == '凡' && count > 0;
            boolean etc = numeralStart == i && text[i - 1] == '等';
            if (count < 2 && !etc || round && numeralStart == countEnd) {
                continue;
            }
            // The names, last first: each a run of two or three Han characters after 、.
            List<int[]> names = new ArrayList<>();
            int end = etc ? i - 1 : inAll ? numeralStart - 1 : numeralStart;
            while (names.size() <= MOST_COUNTED) { // bounded, so a long run of 、 costs no quadratic scan
                int start = end;
                while (start > 0 && end - start < 3 && han(text, start - 1, start) && text[start - 1] != '、') {
                    start--;
                }
                if (Chars.at(text, start - 1) == '、' && end - start >= 2) {
                    names.add(0, new int[] {start, end});
                    end = start - 1;
                    continue;
                }
                // The first name: as long as the one after it, or shorter where a shorter one is a place the packs know or
                // a verb opens the longer (築采石、宣化渡二城: 采石).
                int length = names.isEmpty() ? 0 : firstNameLength(text, end, names.get(0)[1] - names.get(0)[0], dictionary);
                if (length > 0 && end - length >= 0 && han(text, end - length, end)) {
                    names.add(0, new int[] {end - length, end});
                }
                break;
            }
            // Only forts, towns and counties: before 州 / 府 a run is of one-character abbreviations (築通泰楚三州), before
            // 軍 as often of army units (天武神衞二軍) as of districts.
            if (names.isEmpty() && count >= 2 && count <= 6 && !round && !inAll && Chars.isAnyOf(text[i], "砦寨堡縣")) {
                names = gluedPairs(text, numeralStart, count);
                // Counties only where the pack knows one of them (not 減詔遞損有差三縣: 「…蠲減，詔遞損有差」).
                boolean anyKnown = false;
                for (int[] name : names) {
                    anyKnown |= knownPlace(text, name[0], name[1], dictionary) != null;
                }
                if (text[i] == '縣' && !anyKnown) {
                    names = List.of();
                }
            }
            boolean counted = round || inAll ? names.size() <= count || round && count >= 10 : names.size() == count;
            if (names.size() < 2 || names.size() > MOST_COUNTED || count > 0 && !counted) {
                continue;
            }
            String kind = new String(text, i, 1);
            for (int[] name : names) {
                hits.add(new Hit(name[0], name[1], MentionType.PLACE, null, OfficeCompoundRule.slice(text, name[0], name[1]) + kind, List.of(),
                        COUNTED_FOUND_BY, Hit.STRUCTURE));
            }
        }
        return hits;
    }

    /**
     * Unpunctuated, 「以馬蹬沙窩岵山三砦蔽其前」, 「置髙峯王口二砦」: as many two-character names run together before the count as it says,
     * the run opening after a verb that takes a place (以, 攻, 破 …); no character of it a numeral, a suffix or a
     * boundary. Empty when the run does not fit.
     */
    private static List<int[]> gluedPairs(int[] text, int numeralStart, int count) {
        int start = numeralStart - 2 * count;
        if (start < 1 || !han(text, start, numeralStart) || !Chars.isAnyOf(text[start - 1], NameRules.VERB_BEFORE_PLACE + "以")) {
            return List.of();
        }
        List<int[]> names = new ArrayList<>();
        for (int at = start; at < numeralStart; at += 2) {
            if (Chars.isIn(text[at], COUNTED_KIND_SET) || Chars.isIn(text[at + 1], COUNTED_KIND_SET) || text[at] == '其'
                    || text[at] == '諸' || text[at + 1] == '等') {
                return List.of();
            }
            names.add(new int[] {at, at + 2});
        }
        return names;
    }

    /** Where the numeral ending at {@code end} starts (二 in 二州, 十八 in 十八州); {@code end} if none does. */
    private static int numeralStart(int[] text, int end) {
        int start = end;
        while (start > 0 && Chars.isAnyOf(text[start - 1], "一二三四五六七八九十")) {
            start--;
        }
        return start;
    }

    /** The value of a Chinese numeral of up to two places (八 = 8, 十八 = 18, 二十 = 20, 二十三 = 23); 0 if it is none. */
    static int count(int[] text, int start, int end) {
        int value = 0;
        int digit = -1;
        for (int k = start; k < end; k++) {
            int d = "一二三四五六七八九".indexOf(text[k]) + 1;
            if (d > 0) {
                if (digit >= 0) {
                    return 0;
                }
                digit = d;
            } else {
                value += (digit < 0 ? 1 : digit) * 10;
                digit = -1;
            }
        }
        return value + Math.max(digit, 0);
    }

    private static boolean han(int[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isBoundary(text[k]) || Chars.isChineseNumeral(text[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * 「冀、益、黎、雅州地震」: one-character prefectures joined by 、, the last written with 州 — each a prefecture the
     * packs know with 州 (the last is the dictionary's).
     */
    private static List<Hit> listsEndingInPrefecture(int[] text, Dictionary dictionary) {
        List<Hit> hits = new ArrayList<>();
        for (int j = 3; j < text.length; j++) {
            if (text[j] != '州' || text[j - 2] != '、' || !prefecture(dictionary, text[j - 1])) {
                continue;
            }
            List<Integer> items = new ArrayList<>();
            int k = j - 3;
            while (k >= 0 && prefecture(dictionary, text[k])) {
                items.add(k);
                if (k < 2 || text[k - 1] != '、') {
                    break;
                }
                k -= 2;
            }
            // One item alone must open where a place can (「趙徳宣、寜州」: 宣 ends a name).
            int first = items.isEmpty() ? -1 : items.get(items.size() - 1);
            boolean opens = first >= 0 && (Chars.isBoundary(Chars.at(text, first - 1)) || Chars.isAnyOf(Chars.at(text, first - 1),
                    NameRules.BEFORE_PLACE + NameRules.VERB_BEFORE_PLACE));
            if (items.size() >= 2 || opens) {
                for (int at : items) {
                    hits.add(new Hit(at, at + 1, MentionType.PLACE, null, Character.toString(text[at]) + "州", List.of(), "rule:place-list",
                            Hit.STRUCTURE));
                }
            }
        }
        return hits;
    }

    /**
     * 「楚丘鄄城淄川三縣蝗」: as many two-character names glued before 二縣 … 十縣 as the count says, each a county the
     * packs know by its bare name, are those counties; before 等 and a count (虞鄉等七縣), those the packs know.
     */
    private static List<Hit> countedCounties(int[] text, Dictionary dictionary) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 1; i + 1 < text.length; i++) {
            if (text[i + 1] != '縣') {
                continue;
            }
            int count = "二三四五六七八九十".indexOf(text[i]) + 2;
            if (count < 2) {
                continue;
            }
            List<Dictionary.Entry> counties = new ArrayList<>();
            for (int at = i - 2 * count; at >= 0 && at < i; at += 2) {
                Dictionary.Entry e = dictionary.first(text, at, at + 2, MentionType.PLACE);
                if (e == null || !"bare".equals(e.nameKind())) {
                    break;
                }
                counties.add(e);
            }
            if (counties.size() == count) {
                for (int n = 0; n < count; n++) {
                    int at = i - 2 * count + 2 * n;
                    Dictionary.Entry e = counties.get(n);
                    hits.add(new Hit(at, at + 2, MentionType.PLACE, e.id(), e.canonical(), List.of(), COUNTED_FOUND_BY, Hit.STRUCTURE));
                }
            }
            // 「虞鄉等七縣」: the counties named before 等 and a count, back while each is one the packs know bare.
            for (int at = i - 3; at >= 0 && Chars.at(text, i - 1) == '等'; at -= 2) {
                Dictionary.Entry e = dictionary.first(text, at, at + 2, MentionType.PLACE);
                if (e == null || !"bare".equals(e.nameKind())) {
                    break;
                }
                hits.add(new Hit(at, at + 2, MentionType.PLACE, e.id(), e.canonical(), List.of(), COUNTED_FOUND_BY, Hit.STRUCTURE));
            }
        }
        return hits;
    }

    /**
     * 「直抵鄭、許」, 「封宗室秦、魯、蔡…七王後」: one-character names joined by 、, each the first character of a
     * prefecture the packs know, the run opening where a place can (or three long) and closing on punctuation, a count or 等.
     */
    private static List<Hit> punctuatedPrefectures(int[] text, Dictionary dictionary) {
        List<Hit> hits = new ArrayList<>();
        int i = 1;
        while (i + 2 < text.length) {
            if (text[i] != '、') {
                i++;
                continue;
            }
            boolean opens = !Chars.isHan(Chars.at(text, i - 2)) || Chars.isAnyOf(text[i - 2], NameRules.BEFORE_PLACE + NameRules.VERB_BEFORE_PLACE + "由");
            List<Integer> items = new ArrayList<>(List.of(i - 1));
            int k = i;
            while (k + 1 < text.length && text[k] == '、' && Chars.isHan(text[k + 1]) && closesPair(text, k + 2)
                    || k + 1 < text.length && text[k] == '、' && Chars.at(text, k + 2) == '、') {
                items.add(k + 1);
                k += 2;
            }
            boolean closes = closesPair(text, k);
            int known = 0;
            for (int at : items) {
                known += prefecture(dictionary, text[at]) ? 1 : 0;
            }
            // Three or more need no opening word, and two thirds known vouch for the rest (魏 of 魏州, now 大名府).
            boolean list = items.size() >= 3 ? 3 * known >= 2 * items.size() : opens && items.size() == 2 && known == 2;
            if (list && closes) {
                for (int at : items) {
                    hits.add(new Hit(at, at + 1, MentionType.PLACE, null, Character.toString(text[at]) + "州", List.of(), "rule:place-list",
                            Hit.STRUCTURE));
                }
            }
            i = Math.max(i + 1, k);
        }
        return hits;
    }

    /** The longest item of a list of places this rule reads: 順安軍, 河中府. */
    private static final int LONGEST_ITEM = 3;

    /**
     * 「大名、河中、絳、濮」, 「通安肅、廣信、順安軍」: a list joined by 、 whose every item is a place the packs know — in
     * full, by the bare name they give a prefecture (河中 for 河中府), or by one character (絳) — makes its bare names
     * places too, which alone are too often words (大名, 太平). The first item may follow a verb glued to it (通安肅);
     * the last may run on (濮州…). Only the bare names are new here; the other items are found by their own rules.
     */
    private static List<Hit> listedStems(int[] text, Dictionary dictionary) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length) {
            if (text[i] != '、') {
                i++;
                continue;
            }
            List<int[]> items = new ArrayList<>();
            int[] first = placeEndingAt(text, i, dictionary);
            if (first == null) {
                i = skipList(text, i);
                continue;
            }
            items.add(first);
            int k = i;
            boolean all = true;
            while (k < text.length && text[k] == '、') {
                int next = k + 1;
                while (next < text.length && Chars.isHan(text[next]) && next - k <= LONGEST_ITEM + 1) {
                    next++;
                }
                int[] item = next < text.length && text[next] == '、' ? knownPlace(text, k + 1, next, dictionary) : placeStartingAt(text, k + 1, dictionary);
                if (item == null) {
                    all = false;
                    break;
                }
                items.add(item);
                k = item[1];
            }
            if (all && items.size() >= 2) {
                for (int[] item : items) {
                    Dictionary.Entry e = dictionary.first(text, item[0], item[1], MentionType.PLACE);
                    if (e != null && "bare".equals(e.nameKind())) {
                        hits.add(new Hit(item[0], item[1], MentionType.PLACE, e.id(), e.canonical(), List.of(), "rule:place-list", Hit.STRUCTURE));
                    }
                }
            }
            i = skipList(text, Math.max(i, k));
        }
        return hits;
    }

    /** Past the 、-list that {@code at} is in. */
    private static int skipList(int[] text, int at) {
        int k = at;
        while (k < text.length && (text[k] == '、' || Chars.isHan(text[k]))) {
            k++;
        }
        return k;
    }

    /** The longest known place (full, bare or one prefecture's character) ending at {@code end}, as {start, end}; or null. */
    private static int[] placeEndingAt(int[] text, int end, Dictionary dictionary) {
        for (int length = LONGEST_ITEM; length >= 1; length--) {
            int[] item = knownPlace(text, end - length, end, dictionary);
            if (item != null) {
                return item;
            }
        }
        return null;
    }

    /** The longest known place starting at {@code start}, as {start, end}; or null. */
    private static int[] placeStartingAt(int[] text, int start, Dictionary dictionary) {
        for (int length = LONGEST_ITEM; length >= 1; length--) {
            int[] item = knownPlace(text, start, start + length, dictionary);
            if (item != null) {
                return item;
            }
        }
        return null;
    }

    /** {start, end} when {@code text[start, end)} is a place the packs know, or one prefecture's character; else null. */
    private static int[] knownPlace(int[] text, int start, int end, Dictionary dictionary) {
        if (start < 0 || end > text.length || end <= start) {
            return null;
        }
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k])) {
                return null;
            }
        }
        boolean known = end - start == 1 ? prefecture(dictionary, text[start]) : dictionary.first(text, start, end, MentionType.PLACE) != null;
        return known ? new int[] {start, end} : null;
    }

    /** What may stand after an item of such a list: punctuation, a count (越七王) or 等. */
    private static boolean closes(int after) {
        return !Chars.isHan(after) || Chars.isChineseNumeral(after) || after == '等';
    }

    /** A list may also close on what follows places: 割商、秦之半, 楚、海諸州水, 陳、許間, 鄭、滑境. */
    private static boolean closesPair(int[] text, int k) {
        int after = Chars.at(text, k);
        return closes(after) || Chars.isAnyOf(after, "之間境界") || after == '諸' && Chars.isAnyOf(Chars.at(text, k + 1), "州郡軍");
    }

    /** The longest circuit named by its prefectures' first characters: 熙河蘭湟秦鳳路 has four and two. */
    private static final int MOST_PREFECTURES = 6;

    /**
     * 「熙河蘭湟路」, 「秦鳳路」: a circuit named by the first characters of its prefectures, each a prefecture the
     * packs know with 州, before 路 — one PLACE without 路, as the guidelines write circuits.
     */
    private static List<Hit> circuitsOfPrefectures(int[] text, Dictionary dictionary) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 2; i < text.length; i++) {
            if (text[i] != '路') {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < MOST_PREFECTURES && prefecture(dictionary, text[start - 1])) {
                start--;
            }
            boolean directions = true;
            for (int k = start; k < i; k++) {
                directions &= Chars.isAnyOf(text[k], "東西南北");
            }
            if (i - start >= 2 && !directions) { // 西南路行營: a direction, no circuit
                hits.add(new Hit(start, i, MentionType.PLACE, null, new String(text, start, i - start), List.of(), "rule:circuit",
                        Hit.RULE));
            }
        }
        return hits;
    }

    private static boolean prefecture(Dictionary dictionary, int c) {
        return dictionary.prefecture(c) != null;
    }

    private static Dictionary.Entry abbreviation(Dictionary dictionary, int c) {
        return c < 0 ? null : dictionary.placeAbbreviation(c);
    }
}
