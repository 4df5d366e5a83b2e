package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Princes and nobles by title: 越王, 雍王, 彭城郡王, 楚國公, 齊國夫人, 南陽郡夫人, and a ruler's title built
 * on his state (南唐王, 吳越王, with the state nested as POLITY). A fief is one of the ancient states and
 * commanderies the Song enfeoffed with; a one-character fief + 王 is a title only where a title can
 * stand (after a boundary, a verb of enfeoffment 封 / 進封 / 徙封, a kinship word, or another title),
 * since 王 is also a surname (「代王超」 is 代 + 王超).
 */
final class NobleTitleRule {

    /** The one-character fiefs of Song princes and dukes (秦王, 越王, 楚國公, 齊國夫人). */
    static final String FIEFS = "秦晉齊楚燕韓趙魏衛衞鄭陳蔡曹許吳吴越魯周漢梁蜀岐雍兗冀徐豫荊荆揚涼鄧滕薛紀莒邢鄆潞譙沂潁彭鄂虢邠涇商申代益襄壽舒唐宋隋隨密昌嘉英康肅景濟鄆恭榮祁褒"
            // The later Song princes' (宋史卷7, 21, 246: 相王, 寧王, 定王, 濮王, 霍王, 建王, 蕭王, 溫王, 袁王, 信王, 和王, 儀王, 潤王, 莘王).
            + "相寧寜定濮霍建蕭溫温袁信和儀潤莘"
            // And 秀王 (趙子偁, 宋史卷244), 萊王 (卷21), 葛王 (金世宗, 金史卷6).
            + "秀萊葛"
            // 崇王 (宋史卷38), 崇國公主 (卷42).
            + "崇"
            // 端王 (趙佶 before he reigned, 宋史卷19, 23 times), 簡王 (趙似) and 睦王 (趙偲, 卷18, 246).
            + "端簡睦";
    /** What may stand before a one-character fief + 王. */
    private static final String BEFORE_PRINCE = "封為贈弟兄子姪孫叔王公主及與并曰追改徙進立故使尉保傅師令會時今稱以"
            // 嗣濮王 (the heir to the title), and where a prince is visited, served or spoken of: 幸揚王第, 謁康王, 奉濮王祠;
            // commanded, sent or seconded (命肅王樞使金軍, 副康王構使金軍).
            + "嗣幸謁屬奉議命遣詔副";
    /** After 王: a word, not a title (王者, 王師, 王業, 王室). */
    private static final String NOT_AFTER_PRINCE = "者師業室化命道氏府城國土事";
    /** Commandery titles: 彭城郡王, 安定郡公, 南陽郡夫人. */
    private static final String[] COMMANDERY = {"郡太夫人", "郡夫人", "郡王", "郡公", "郡君", "郡主", "郡侯"};
    /** County titles, the lowest of the five ranks and the ladies' (長沙縣男, 清河縣君), conferred only: after 封 / 為. */
    private static final String[] COUNTY = {"縣太君", "縣君", "縣男", "縣子", "縣伯", "縣侯", "縣公", "縣主"};
    /** State titles after a one-character fief: 楚國公, 齊國夫人, 秦國長公主. */
    private static final String[] STATE = {"國大長公主", "國長公主", "國太夫人", "國夫人", "國公主", "國公", "國王"}; // 隋國王: 遼's princes

    private static final String[] NONE = {};
    /** What a king's title is followed by where it stands for the king himself. */
    private static final String KING_ACTS = "遣來来朝入獻上言卒薨奉貢使";
    /** The ranks after a fief, longest first: 蘭陵郡王, 衛國太夫人, 楚國公. */
    private static final String[] FIEF_RANKS = {"大長公主", "長公主", "太夫人", "夫人", "公主", "太君", "王", "公", "君", "侯", "男", "子", "伯", "主"};

    /** What this rule's titles say found them; the selector reads it (a prince's 王 is no man's surname). */
    static final String FOUND_BY = "rule:noble-title";

    private NobleTitleRule() {
    }

    /** {@code hits}: the hits so far (polities are read for 南唐王); returns new OFFICE hits. */
    static List<Hit> hits(int[] text, List<Hit> hits) {
        List<Hit> titles = new ArrayList<>();
        for (int i = 1; i < text.length; i++) {
            int c = text[i];
            if (c != '郡' && c != '國' && c != '王' && c != '縣') {
                continue;
            }
            for (String suffix : c == '縣' ? COUNTY : NONE) {
                if (Chars.matchesAt(text, i, suffix) && i >= 3 && stem(text, i - 2, i) && Chars.isAnyOf(text[i - 3], "封為爲進")) {
                    titles.add(title(text, i - 2, i + suffix.length()));
                    break;
                }
            }
            for (String suffix : c == '郡' ? COMMANDERY : NONE) {
                int end = i + suffix.length();
                if (Chars.matchesAt(text, i, suffix) && i >= 2 && stem(text, i - 2, i) && !Chars.isAnyOf(text[i - 2], "封為贈進改徙追加")
                        && !Chars.isAnyOf(text[i - 1], "州縣")) { // 州郡公: the prefectures' and commanderies' officials
                    titles.add(title(text, i - 2, end));
                    break;
                }
                // 封汲郡公: a one-character commandery right after the verb of enfeoffment.
                if (Chars.matchesAt(text, i, suffix) && i >= 2 && Chars.isHan(text[i - 1]) && Chars.isAnyOf(text[i - 2], "封為爲贈")
                        && !Chars.isAnyOf(text[i - 1], "州縣本其")) {
                    titles.add(title(text, i - 1, end));
                    break;
                }
            }
            for (String suffix : c == '國' ? STATE : NONE) {
                if (Chars.matchesAt(text, i, suffix) && Chars.isAnyOf(text[i - 1], FIEFS) && !suffix.equals("國公")) {
                    titles.add(title(text, i - 1, i + suffix.length()));
                    break;
                }
            }
            if (text[i] == '王' && enfeoffed(text, i - 1)) {
                titles.add(title(text, i - 1, i + 1));
                continue;
            }
            // 嗣秀王師彌: after the heir's 嗣, 王師 is the title and a name, not the royal army.
            if (text[i] == '王' && Chars.isAnyOf(text[i - 1], FIEFS)
                    && (!Chars.isAnyOf(Chars.at(text, i + 1), NOT_AFTER_PRINCE) || Chars.at(text, i - 2) == '嗣')) {
                int before = Chars.at(text, i - 2);
                // Also after 賜 and where a day's entry opens on the prince (丙辰昌王顥…, 已巳莘王俣為司空).
                boolean afterDay = Chars.isDayAt(text, i - 3);
                // And, unpunctuated, right after another prince and his one-character name (申王佖端王佶並為司空).
                boolean afterPrince = Chars.at(text, i - 3) == '王' && Chars.isAnyOf(Chars.at(text, i - 4), FIEFS) && Chars.isHan(before);
                if (Chars.isBoundary(before) || Chars.isAnyOf(before, BEFORE_PRINCE + "賜") || afterDay || afterPrince) {
                    titles.add(title(text, before == '嗣' ? i - 2 : i - 1, i + 1)); // 嗣濮王: the heir's title, whole
                }
            }
        }
        princesAgain(text, titles);
        princesListed(text, titles);
        for (Hit h : hits) {
            // 南唐王, and a foreign king by his state: 占城國王, 三佛齊國王.
            // A king who acts (吳越國王遣使来朝) stands for the man, a ROLE; named (占城國王波美税), his title.
            boolean state = Chars.at(text, h.end()) == '國' && Chars.at(text, h.end() + 1) == '王';
            int king = state ? h.end() + 2 : h.end() + 1;
            boolean kingOfState = state || text[h.end() - 1] == '國'; // 高麗國 + 王
            if (h.type() == MentionType.POLITY && h.length() >= 2 && Chars.at(text, king - 1) == '王'
                    && !Chars.isAnyOf(Chars.at(text, king), NOT_AFTER_PRINCE) && !(kingOfState && Chars.isAnyOf(Chars.at(text, king), KING_ACTS))) {
                titles.add(title(text, h.start(), king));
            }
        }
        return titles;
    }

    /** No fief: numerals, the words for princes in general (諸王, 親王, 郡王) and a clause's particles (封其王). */
    private static final String NOT_A_FIEF = "一二三四五六七八九十百千萬諸親郡嗣之其以為爲府時拜王國";
    /** How far back from 為 the verb of enfeoffment may stand (追封韓世忠為蘄王). */
    private static final int ENFEOFFED_REACH = 8;

    /**
     * Whether {@code at} is the fief of a prince's title conferred: right after 封 (進封昇王, 追封永王) or after 為 in a
     * clause of enfeoffment (追封劉光世為鄜王). The verb says it is a title, so the fief need not be one the list knows:
     * the later Song's fiefs were many (昇, 永, 昭, 蘄, 鄜, 循).
     */
    private static boolean enfeoffed(int[] text, int at) {
        if (!Chars.isHan(text[at]) || Chars.isAnyOf(text[at], NOT_A_FIEF) || Chars.isAnyOf(Chars.at(text, at + 2), NOT_AFTER_PRINCE)) {
            return false;
        }
        int before = Chars.at(text, at - 1);
        if (before == '封') {
            return true;
        }
        if (before != '為' && before != '爲') {
            return false;
        }
        for (int k = at - 2; k >= Math.max(0, at - 1 - ENFEOFFED_REACH) && !Chars.isBoundary(text[k]); k--) {
            if (text[k] == '封') {
                return true;
            }
        }
        return false;
    }

    /**
     * A prince's title a frame found is his title wherever the document writes it again: in a list (申王佖、端王佶)
     * and before his mansion (幸申王府, 幸莘王、簡王府), where 王府 alone would be a word.
     */
    private static void princesAgain(int[] text, List<Hit> titles) {
        java.util.BitSet fiefs = new java.util.BitSet();
        java.util.BitSet found = new java.util.BitSet(text.length);
        for (Hit t : titles) {
            if (t.length() == 2 && text[t.end() - 1] == '王') {
                fiefs.set(text[t.start()]);
                found.set(t.start());
            }
        }
        for (int i = 1; i + 1 < text.length && !fiefs.isEmpty(); i++) {
            if (text[i + 1] == '王' && fiefs.get(text[i]) && !found.get(i) && Chars.at(text, i - 1) != '嗣'
                    && (Chars.isBoundary(text[i - 1]) || Chars.isAnyOf(text[i - 1], BEFORE_PRINCE + "、"))
                    && !Chars.isAnyOf(Chars.at(text, i + 2), MANSION_WORDS)) {
                titles.add(title(text, i, i + 2));
            }
        }
    }

    /**
     * Princes made together, each by name then title, once the first title is found: 「進元佐為楚王，元祐陳王，封元休韓王，
     * 元儁冀王」. A fief and 王 closing its clause after a name of two or three that opens one, within the sentence of a
     * prince's title.
     */
    private static void princesListed(int[] text, List<Hit> titles) {
        int lastPrinceEnd = -1;
        int nextTitle = 0;
        List<Hit> princes = titles.stream().filter(t -> text[t.end() - 1] == '王').sorted(Hit.BY_POSITION).toList();
        if (princes.isEmpty()) {
            return;
        }
        for (int i = 3; i + 2 < text.length; i++) {
            while (nextTitle < princes.size() && princes.get(nextTitle).end() <= i) {
                lastPrinceEnd = Math.max(lastPrinceEnd, princes.get(nextTitle++).end());
            }
            if (text[i] == '。') {
                lastPrinceEnd = -1;
            }
            if (lastPrinceEnd < 0 || text[i + 1] != '王' || !Chars.isAnyOf(text[i], FIEFS) || !Chars.isAnyOf(text[i + 2], "，。、；")
                    || i - lastPrinceEnd > LISTED_PRINCE_WINDOW) {
                continue;
            }
            for (int name = 2; name <= 3; name++) {
                int before = Chars.at(text, i - name - 1);
                boolean named = true;
                for (int k = i - name; k < i && named; k++) {
                    named = Chars.isHan(text[k]) && k >= lastPrinceEnd;
                }
                if (named && (Chars.isBoundary(before) || Chars.isAnyOf(before, "封進徙"))) {
                    titles.add(title(text, i, i + 2));
                    lastPrinceEnd = i + 2; // the list goes on from this one
                    break;
                }
            }
        }
    }

    /** How far after the last prince's title the next one of a list may stand. */
    private static final int LISTED_PRINCE_WINDOW = 12;

    /** After a prince's title found again: a word of 王 (王者, 王師), not his mansion (府), which stays his. */
    private static final String MANSION_WORDS = NOT_AFTER_PRINCE.replace("府", "");

    /** The titles conferred on the emperor's family, longest first (尊皇后為皇太后, 立邢氏為皇后, 冊為宣和皇后). */
    private static final String[] CONFERRED = {"太皇太后", "皇太后", "皇太子", "皇太妃", "皇后", "太后", "皇帝", "太子"};

    /**
     * Titles conferred on the emperor's family after 為 / 曰, with the honorific words before them (尊…為宣和皇后,
     * 上…為孝慈淵聖皇帝, 立…為皇后): the title given, an OFFICE, where the same words elsewhere stand for the
     * person (皇太后崩: a ROLE).
     */
    static List<Hit> conferred(int[] text) {
        List<Hit> titles = new ArrayList<>();
        for (int i = 0; i + 2 < text.length; i++) {
            // 「母曰惠慈敦愛皇后」: a woman's name given after 母曰 / 妻曰 is her posthumous name, no title conferred.
            if (text[i] != '為' && text[i] != '曰' || text[i] == '曰' && Chars.isAnyOf(Chars.at(text, i - 1), "母妻")) {
                continue;
            }
            for (int honorific = 0; honorific <= 4; honorific++) {
                int at = i + 1 + honorific;
                String title = null;
                for (String t : CONFERRED) {
                    if (Chars.matchesAt(text, at, t)) {
                        title = t;
                        break;
                    }
                }
                if (title != null && stem(text, i + 1, at)) {
                    int end = at + title.length();
                    titles.add(new Hit(i + 1, end, MentionType.OFFICE, null, OfficeCompoundRule.slice(text, i + 1, end), List.of(),
                            "rule:conferred-title", Hit.STRUCTURE));
                    break;
                }
                // The honorific is a name's words, never a clause's (為之立皇后).
                if (at < text.length && (!Chars.isHan(text[at]) || Chars.isAnyOf(text[at], "之其所以於而與及立冊册尊上下者也"))) {
                    break;
                }
            }
        }
        return titles;
    }

    /**
     * The fief inside each noble title among {@code hits}, as a PLACE to nest in it (the guidelines tag 西平 in
     * 西平王, 蘭陵郡 in 蘭陵郡王, 衛國 in 衛國太夫人): the commandery with its 郡, the state with its 國, a
     * prince's fief as written. A state already found as a POLITY (南唐王, 夏國王) is left to that POLITY.
     */
    static List<Hit> fiefs(int[] text, List<Hit> hits) {
        List<Hit> fiefs = new ArrayList<>();
        // Where each POLITY starts, its longest end: a fief at a title's start inside one is that state.
        java.util.Map<Integer, Integer> polityEnds = new java.util.HashMap<>();
        for (Hit h : hits) {
            if (h.type() == MentionType.POLITY) {
                polityEnds.merge(h.start(), h.end(), Math::max);
            }
        }
        for (Hit h : hits) {
            if (h.type() != MentionType.OFFICE || h.length() < 2 || h.length() > 7) {
                continue;
            }
            int start = text[h.start()] == '嗣' && h.length() == 3 ? h.start() + 1 : h.start(); // 嗣濮王 ⊃ 濮
            int end = fiefEnd(text, start, h.end());
            if (end > start && stem(text, start, end) && polityEnds.getOrDefault(start, -1) < end) {
                fiefs.add(new Hit(start, end, MentionType.PLACE, null, OfficeCompoundRule.slice(text, start, end),
                        List.of(), "rule:fief", Hit.STRUCTURE));
            }
        }
        return fiefs;
    }

    /** Where the fief of the title {@code [start, end)} ends, or {@code start} when it is no noble title. */
    private static int fiefEnd(int[] text, int start, int end) {
        for (String rank : FIEF_RANKS) {
            int at = end - rank.length();
            if (at - start >= 2 && Chars.matchesAt(text, at, rank)) {
                int fief = at - start;
                boolean commandery = (text[at - 1] == '郡' || text[at - 1] == '縣') && (fief == 3 || fief == 2); // 蘭陵郡王, 汲郡公, 長沙縣男
                boolean state = text[at - 1] == '國' && fief == 2 && Chars.isAnyOf(text[start], FIEFS);
                if (commandery || state) {
                    return at;
                }
                break;
            }
        }
        boolean prince = text[end - 1] == '王' && (end - start == 2 || end - start == 3);
        return prince && !Chars.isAnyOf(text[end - 2], "郡國嗣親天大") ? end - 1 : start;
    }

    private static Hit title(int[] text, int start, int end) {
        return new Hit(start, end, MentionType.OFFICE, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                FOUND_BY, Hit.STRUCTURE);
    }

    private static boolean stem(int[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isChineseNumeral(text[k]) || Chars.isAnyOf(text[k], "諸其本此該各每")) {
                return false;
            }
        }
        return true;
    }

}
