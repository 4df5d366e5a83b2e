package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Known prefectures written without their suffix, where the frame says a place is meant: 「陜帥」 (the
 * governor of 陜州), 「次韶州。韶，廣之北門」 (韶州 named again by its first character), 「命護永興屯兵」
 * (永興軍 after a verb of holding), 「高平之戰」 (the battle of 高平). The stem must be a pack place with
 * its suffix (陜州, 永興軍, 高平縣), so the rule finds only places the packs know, never new ones.
 */
final class ShortPlaceRule {

    /** Suffixes a stem is tried with, in order. */
    private static final String SUFFIXES = "州府軍縣";
    /** What may follow a two-character stem after a verb: the troops or the walls of the place, or a boundary. */
    private static final String AFTER_STEM = "屯兵城界之";
    /** Verbs of guarding and leading that the place rules do not list: 護 (命護永興屯兵), 戍, 鎮. */
    private static final String HOLDING = "護䕶戍鎮";
    /** Verbs after which a two-character stem is a place. */
    private static final java.util.BitSet BEFORE_STEM = new java.util.BitSet();

    static {
        // 歸 / 復 are left out of the verbs before a one-character prefecture (歸州, 復州); a two-character stem after
        // them is the goal or the recovered place (引歸鳳翔, 復河中). 棄: the place abandoned (杜充棄建康); 留 / 帥:
        // where one stays or which one governs (家留順昌, 帥合肥).
        // 往, 治, 都: the goal, the seat one governs, the capital one makes (往蕪湖, 攝治婺源, 都陳留); 保 only after a
        // retreat ({@link #RETREATS}: 退保丹陽; 保無虞, 保咸平 are words).
        (NameRules.VERB_NOT_PREFECTURE + HOLDING + "至次于歸復棄留帥征決往治都").codePoints().forEach(BEFORE_STEM::set);
    }
    private static final String NOT_SECOND = SUFFIXES + NameRules.NOT_A_STEM;
    /** The verbs after which a bare county name is a place even with text running on: movement, rule, attack. */
    private static final String MOVE_RULE_OR_ATTACK = "知判徙移屯戍守圍攻破寇陷犯掠襲取克拔據至抵趨赴次還入出奔走駐過渡幸帥救歸征決往";
    /** Before 保, a retreat: the place then held (退保丹陽, 走保劒門, 還保). */
    private static final String RETREATS = "退走還奔";
    /** After a bare county name running on: a suffix or a number makes it part of something longer, 中 / 初 / 間 an era's time. */
    private static final String NOT_AFTER_BARE = SUFFIXES + "監城寨砦堡鎮關川山橋渠驛鋪舖中初間末年一二三四五六七八九十";
    /** What 帥 the verb leads: 帥師, 帥兵, 帥衆, 帥其屬, 帥所部. */
    static final String LED = "師兵衆眾其所諸騎";
    /** Prefecture names that are also common words before 帥: 易帥 (to change commanders), 府帥 (the prefect). */
    private static final String NOT_GOVERNED = "易府";
    /** Verbs of attack, defence and relief whose object may be a prefecture by one character. */
    private static final String OBJECT_VERBS = "攻救守歸圍陷寇犯取據";
    /** Verbs whose goal or object, closing the clause, may be a prefecture by one character: 至相, 入洛, 都汴, 保蜀. */
    private static final String GOAL_VERBS = "至入攻都駐泝絶絕緣保護䕶防尹趨赴抵幸還奔守救圍取據寇犯陷克拔復略襲于於";
    /** Verbs of going to, holding or governing a region or capital named by one character: 入蜀, 帥蜀, 尹京, 于汴. */
    private static final String REGION_VERBS = "至入都駐緣保護䕶防尹趨赴抵幸還守于於在自帥鎮治徙如";
    /** After such a region, besides a boundary: 之 (保蜀之方), and the return or coming from it (自蜀歸, 自京來). */
    private static final String AFTER_REGION = "之歸還來来";
    /** Prefectures by one character that are more often words after such verbs (至長, 入西, 於是, 至和). */
    private static final String NOT_A_GOAL = "地西南東北高長文安平和通明光永寧信義忠順恩武康復";
    /**
     * The verbs of going, taking and holding before which a prefecture the packs know by one character is a goal where the
     * editor closes the clause after it, named in full in the text or not (金人陷越，, 先至岳，, 守眉，).
     */
    private static final String GOAL_CLOSING = "入陷守戍拔趨赴抵還幸"; // not 至, also "most" (至廣, 至貴), nor 克 (弗克濟)
    /** The marks that close a clause: not 、, which runs a list of given names on (守讓、守贄、守澄). */
    private static final String CLAUSE_ENDS = "，。；：";
    /**
     * Prefectures by one character that are words after those verbs besides {@link #NOT_A_GOAL}: 守令 and 守相 (the
     * governors), 入相 (to become chief minister), 入衞 (to come to guard the court), 入保, 還鄉, 還鎮 (back to one's post).
     */
    private static final String NOT_A_CLOSING_GOAL = "令相衞衛保鄉郷鎮";
    /** Verbs of holding and taking, whose object goes on with 之 (保蜀之方, 取燕之謀; not 於德之, a man). */
    private static final String HELD = "保護䕶防取守救";
    /** How far back the prefecture must be named in full for the object of such a verb. */
    private static final int OBJECT_WINDOW = 200;
    /** How far back a prefecture counts as just named, for its one-character form. */
    private static final int RECENT = 30;

    private ShortPlaceRule() {
    }

    /**
     * {@code known}: the hits so far; a prefecture found in the text itself (陜州 by the suffix rule, where the
     * gazetteer writes 陝州) counts like a pack's for its one-character form.
     */
    static List<Hit> hits(int[] text, Dictionary dictionary, List<Hit> known) {
        java.util.Map<Integer, Hit> named = new java.util.HashMap<>();
        for (Hit h : known) {
            if (h.type() == MentionType.PLACE && h.length() == 2 && text[h.end() - 1] == '州') {
                named.putIfAbsent(text[h.start()], h);
            }
        }
        // Where a title the packs know starts, and what a known place covers: for a circuit by one character before 路.
        java.util.BitSet officeStarts = new java.util.BitSet(text.length + 1);
        java.util.BitSet placed = new java.util.BitSet(text.length + 1);
        java.util.BitSet covered = new java.util.BitSet(text.length + 1);
        java.util.BitSet inTitle = new java.util.BitSet(text.length + 1);
        // What a hit covers other than a state by one character (唐 of 唐鄧等州 is the prefecture, not the dynasty).
        java.util.BitSet claimed = new java.util.BitSet(text.length + 1);
        // Where a known place ends, by its start: a pair before another region and their shared command (邠寧環慶路都部署).
        java.util.Map<Integer, Integer> placeEnds = new java.util.HashMap<>();
        java.util.BitSet placeStarts = new java.util.BitSet(text.length + 1);
        for (Hit h : known) {
            if (h.type() == MentionType.OFFICE) {
                officeStarts.set(h.start());
                inTitle.set(h.start(), h.end());
            } else if (h.type() == MentionType.PLACE) {
                placed.set(h.start(), h.end());
                placeEnds.merge(h.start(), h.end(), Math::max);
                placeStarts.set(h.start());
            }
            covered.set(h.start(), h.end());
            if (!(h.type() == MentionType.POLITY && h.length() == 1)) {
                claimed.set(h.start(), h.end());
            }
        }
        List<Hit> hits = new ArrayList<>();
        // Where 「X州」 was last written, by X, kept as the loop passes it: the one-character rules ask it often.
        java.util.Map<Integer, Integer> lastNamed = new java.util.HashMap<>();
        for (int i = 0; i < text.length; i++) {
            if (i >= 2 && text[i - 1] == '州') {
                lastNamed.put(text[i - 2], i - 2);
            }
            // Cheap tests first, on what follows: this runs at every character; the classes of the characters around
            // it by one table read each.
            int next = Chars.at(text, i + 1);
            int before = i > 0 ? CLASSES.of(text[i - 1]) : 0;
            // 「䕫路都統王勝」, 「䕫路安撫」: a circuit named by its prefecture's one character, 路 and its officer's title.
            // Only after punctuation or a verb of appointment (涇原路, 鄜延路 are two-character circuits, and a 四庫 line
            // may end inside one; 西路 is half of 東西路).
            if (next == '路' && officeStarts.get(i + 2) && !placed.get(i) && Chars.isHan(text[i]) && !Chars.isAnyOf(text[i], "東西南北府州軍")
                    && (i == 0 || Chars.isAnyOf(text[i - 1], "，。；：、「") || Chars.isAnyOf(text[i - 1], BEFORE_CIRCUIT_TITLE))) {
                Dictionary.Entry circuit = dictionary.prefecture(text[i]);
                if (circuit != null) {
                    hits.add(new Hit(i, i + 1, MentionType.PLACE, circuit.id(), circuit.canonical(), List.of(), "rule:short-place", Hit.RULE));
                    continue;
                }
            }
            // Not inside a title the packs know (經畧安撫、: 畧 is the title's, not a raid, and 安撫 no pair).
            if ((before & PAIR_BEFORE) != 0 && Chars.isHan(text[i]) && Chars.isHan(next) && !inTitle.get(i)
                    && (!Chars.isAnyOf(text[i - 1], "及、") || i >= 2 && placed.get(i - 2))) {
                pair(text, i, dictionary, hits);
            } else if (i + 3 < text.length && (officeStarts.get(i + 2) && PAIRED_COMMANDS.get(text[i + 2])
                    || text[i + 2] == '等' && Chars.isAnyOf(text[i + 3], "州軍") || placeStarts.get(i + 2) && commandAfterRegions(text, i + 2, placeEnds, officeStarts))
                    && !claimed.get(i) && !claimed.get(i + 1) && Chars.isHan(text[i]) && Chars.isHan(next) && (i == 0 || !Chars.isHan(text[i - 1])
                    || text[i + 2] == '等' && text[i + 3] == '州' // 分送唐鄧等州: prefectures a count heads (等軍 may be units, 耀武等軍)
                    || (before & PAIR_BEFORE) != 0 || BEFORE_STEM.get(text[i - 1]) || Chars.isDayAt(text, i - 2)
                    || Chars.isAnyOf(text[i - 1], BEFORE_CIRCUIT_TITLE))) {
                // 兼并代部署, 分送唐鄧等州: the command they share or the prefectures they head frame the pair instead of a
                // raid before it. Not 間 (揚楚間): over 宋史 it framed more eras (宣和間, 熙寧間) and words (江湖間) than pairs.
                pairFramedAfter(text, i, dictionary, named, placeEnds, hits);
            }
            boolean singleFrame = next == '帥' || next == '之' || Chars.isBoundary(next) || (before & OBJECT_VERB) != 0
                    || (CLASSES.of(next) & AFTER_REGION_CLASS) != 0; // 自蜀歸
            int second = Chars.at(text, i + 2);
            boolean stemFrame = i + 2 <= text.length && (Chars.isBoundary(second) || (CLASSES.of(second) & AFTER_STEM_CLASS) != 0
                    || second == '人' && i > 0 && text[i - 1] == '為' || second == '民' || (before & MOVE_RULE_OR_ATTACK_CLASS) != 0
                    || i > 0 && text[i - 1] == '保'); // 退保丹陽徳請: held after a retreat, the text running on
            boolean riverFrame = (CLASSES.of(text[i]) & RIVER) != 0;
            if (!singleFrame && !stemFrame && !riverFrame || !Chars.isHan(text[i])) {
                continue;
            }
            if (singleFrame) {
                single(text, i, dictionary, named, lastNamed, hits);
            }
            if (riverFrame) {
                river(text, i, dictionary, hits);
            }
            if (stemFrame) {
                stem(text, i, dictionary, hits);
            }
        }
        pairsAgain(text, dictionary, hits);
        regionsAlone(text, dictionary, covered, hits);
        bianAlone(text, dictionary, covered, hits);
        return hits;
    }

    /** After 汴 alone, the river's banks, flow and boats: 汴堤, 汴且溢 (else it is the city its key names, 開封). */
    private static final String RIVER_AFTER_BIAN = "堤隄岸流溢決淤漲船舟渠且";
    /** After 汴, what makes a name of two the golds take whole: 汴城, 汴口 (its mouth), 汴洛 (the two capitals' region). */
    private static final String NAME_AFTER_BIAN = "城口洛";

    /**
     * 汴 alone (581 times in 宋史, 汴河 89 and 汴京 68 of them): the capital or its canal wherever it stands as a word
     * (駐兵汴城下, 中徙汴, 修汴, 汴為四戰之地, 汴且溢, 護汴堤); the canal before its banks, mouth or flow. Not where a name the packs
     * know opens on it (汴京, 汴河) or a rule found one, nor before 城, 口 or 洛 (a name of two), nor after a surname (張汴, a man; 于汴 is "at 汴").
     */
    private static void bianAlone(int[] text, Dictionary dictionary, java.util.BitSet covered, List<Hit> hits) {
        for (int i = 0; i < text.length; i++) {
            if (text[i] != '汴' || covered.get(i) || !dictionary.lookup(text, i, Math.min(text.length, i + 2)).isEmpty()
                    || Chars.isAnyOf(Chars.at(text, i + 1), NAME_AFTER_BIAN)
                    || i > 0 && NameRules.surnameLength(text, i - 1) == 1 && !Chars.isAnyOf(text[i - 1], "于於")) {
                continue;
            }
            boolean canal = Chars.isAnyOf(Chars.at(text, i + 1), RIVER_AFTER_BIAN);
            Dictionary.Entry place = canal ? riverOf(dictionary, text[i]) : dictionary.placeAbbreviation(text[i]);
            int at = i;
            if (place != null && hits.stream().noneMatch(h -> h.start() <= at && at < h.end())) {
                hits.add(new Hit(i, i + 1, MentionType.PLACE, place.id(), place.canonical(), List.of(), "rule:short-place", Hit.RULE));
            }
        }
    }

    /** After a region's one character, a longer name or a title it opens: 蜀州, 蜀郡, 蜀國, 蜀王, 蜀漢, 蜀主, 蜀后, 蜀錦. */
    private static final String NOT_AFTER_REGION_NAME = "州郡國王漢主后錦";
    /** Before it, the state it once was (後蜀, 孟蜀, 前蜀) or its conquest (平蜀, 伐蜀, 討蜀, 征蜀: the state, 後蜀). */
    private static final String NOT_BEFORE_REGION_NAME = "後孟前王平伐討征";

    /**
     * 全蜀, 蜀日益壊, 蜀人, 危蜀: a region the packs name by one character (蜀 for 四川; kind 區域) is the region wherever
     * it stands as a word, not only as the goal of a going: the character names nothing else. Not inside a name found
     * already (巴蜀, 蜀州), nor in a longer name or title it opens, nor as the state before 乾德 (後蜀, 平蜀).
     */
    private static void regionsAlone(int[] text, Dictionary dictionary, java.util.BitSet covered, List<Hit> hits) {
        java.util.BitSet done = null; // what this rule found already, made at the first region's character: most texts have none
        for (int i = 0; i < text.length; i++) {
            Dictionary.Entry region = dictionary.placeAbbreviation(text[i]);
            if (region == null || region.record() == null || !REGION_KIND.equals(region.record().subtype())) {
                continue;
            }
            if (done == null) {
                done = new java.util.BitSet(text.length);
                for (Hit h : hits) {
                    done.set(h.start(), h.end());
                }
            }
            if (done.get(i) || covered.get(i)
                    || Chars.isAnyOf(Chars.at(text, i + 1), NOT_AFTER_REGION_NAME) || Chars.isAnyOf(Chars.at(text, i - 1), NOT_BEFORE_REGION_NAME)) {
                continue;
            }
            // 秦蜀, 荆蜀, 隴蜀, 卬蜀二州: after another place's one character the two are one name, a pair of regions or
            // of prefectures, not the region alone.
            int before = Chars.at(text, i - 1);
            if (before >= 0 && (Chars.isAnyOf(before, PAIRED_WITH_REGION) || dictionary.prefecture(before) != null
                    || dictionary.placeAbbreviation(before) != null)) {
                continue;
            }
            hits.add(new Hit(i, i + 1, MentionType.PLACE, region.id(), region.canonical(), List.of(), "rule:short-place", Hit.RULE));
        }
    }

    /** Regions written with 蜀 as one name in 宋史 (荆蜀, 秦蜀, 隴蜀, 陝蜀, 巴蜀, 川蜀, 淮蜀, 襄蜀), which no prefecture test catches. */
    private static final String PAIRED_WITH_REGION = "荆荊秦隴陝陕巴川閩廣淮襄";
    /** The kind of a region's record (四川), as places.tsv writes it. */
    private static final String REGION_KIND = "區域";

    /**
     * A pair of prefectures a raid framed (宼宜融州) is the same pair wherever the text writes it again, in any frame
     * (除宜融州夏税, 詔宜融州民): a name found once with confidence is a name through the document.
     */
    private static void pairsAgain(int[] text, Dictionary dictionary, List<Hit> hits) {
        java.util.Set<Long> pairs = new java.util.HashSet<>();
        // The pairs' first and second characters, the cheap test at every character (a set of boxed keys is not).
        java.util.BitSet firsts = new java.util.BitSet();
        java.util.BitSet seconds = new java.util.BitSet();
        java.util.BitSet found = new java.util.BitSet(text.length);
        for (Hit h : hits) {
            if (h.foundBy().equals(PAIR_FOUND_BY)) {
                pairs.add((long) text[h.start()] << 32 | text[h.start() + 1]);
                firsts.set(text[h.start()]);
                seconds.set(text[h.start() + 1]);
                found.set(h.start());
            }
        }
        if (pairs.isEmpty()) {
            return;
        }
        for (int i = 0; i + 1 < text.length; i++) {
            if (firsts.get(text[i]) && seconds.get(text[i + 1]) && !found.get(i) && pairs.contains((long) text[i] << 32 | text[i + 1])) {
                pair(text, i, dictionary, hits);
            }
        }
    }

    /** The verbs of recovery, meeting and way before two prefectures, whose pair only punctuation closes (以復鄯廓，, 㑹鎮定。). */
    private static final String RECOVERED_OR_MET = "復會㑹由";
    /**
     * Before two prefectures written as one word: the verbs of a raid, an attack or a recovery, of meeting there or going
     * by (㑹鎮定, 由唐鄧), and 及 or 、 after a place of a list. Not 至, 保, 於 and the other goals: 保富貴, 於青鹽 are words;
     * nor 守 (郭守文順州).
     */
    private static final String PAIR_BEFORE_CHARACTERS = "犯略掠侵寇攻陷襲出湊趨及、救援" + RECOVERED_OR_MET;

    /**
     * Two prefectures written as one word, each by its one character (犯德棣，, 出邢洺，, 湊淄齊，, 及祁趙，) where a raid
     * frames them and the clause closes right after, or sharing one 州 (出夏綏州路; not 州縣, the word) where a raid
     * frames them: one PLACE, as the guidelines tag them; both must be prefectures the packs know by that character.
     */
    private static void pair(int[] text, int at, Dictionary dictionary, List<Hit> hits) {
        int end = Chars.at(text, at + 2) == '州' ? at + 3 : at + 2;
        // Shared, the 州 closes the pair (出夏綏州路); written without it, the clause must close.
        // A direction, 新 or a verb (鎮, 開, 復, 歸, 平, 臨, 寧) before a prefecture opens a longer name or a clause (西安州,
        // 新復州, 徙鎮鄆州, 以復洮州), as 河 does (河南州).
        // After a raid, also the land of the pair or between them (掠唐鄧境, 出定瀛間); after a recovery, a meeting or a road
        // only the editor's mark closes it (以復鄯廓，), and not a list's (復延康、述古殿直學士 restores titles): unpunctuated,
        // 復 and 會 run on into words (復熙豐之制, 會同靈之).
        int after = Chars.at(text, end);
        boolean recovered = Chars.isAnyOf(Chars.at(text, at - 1), RECOVERED_OR_MET);
        boolean closes = Chars.isBoundary(after) && !(after == '、' && recovered)
                || Chars.isAnyOf(after, "境間") && !Chars.isAnyOf(Chars.at(text, at - 1), "及、") && !recovered;
        if (text[at] == text[at + 1] || end == at + 2 && !closes
                || end == at + 3 && Chars.at(text, end) == '縣' || Chars.isAnyOf(text[at], NOT_FIRST_OF_PAIR)) {
            return;
        }
        addPair(text, at, end, dictionary, hits);
    }

    /**
     * A pair's first character that opens a longer name or a clause instead (西安州, 新復州, 徙鎮鄆州, 河南州, 復令㑹州觀察使,
     * 詔復建姚州, 復保定州, 復同上).
     */
    private static final String NOT_FIRST_OF_PAIR = "東西南北新鎮鎭開復歸平臨寧河令建保同";

    /** The pair {@code [at, end)} as one PLACE, where the packs know both characters as prefectures. */
    private static void addPair(int[] text, int at, int end, Dictionary dictionary, List<Hit> hits) {
        Dictionary.Entry first = dictionary.prefecture(text[at]);
        Dictionary.Entry second = first == null ? null : dictionary.prefecture(text[at + 1]);
        if (second != null) {
            hits.add(new Hit(at, end, MentionType.PLACE, null, first.canonical() + "、" + second.canonical(), List.of(), PAIR_FOUND_BY,
                    Hit.STRUCTURE));
        }
    }

    private static final String PAIR_FOUND_BY = "rule:prefecture-pair";

    /** First characters of the commands two prefectures share (并代部署, 鄜延鈐轄, 涇原經略, 環慶都部署). */
    private static final java.util.BitSet PAIRED_COMMANDS = Chars.setOf("部鈐經都安總副");

    /**
     * Two prefectures by one character each, framed by a command they share (并代部署), one of them named in full in the
     * document, or heading a count of prefectures (唐鄧等州).
     */
    private static void pairFramedAfter(int[] text, int at, Dictionary dictionary, java.util.Map<Integer, Hit> named,
                                        java.util.Map<Integer, Integer> placeEnds, List<Hit> hits) {
        // Before a command, one of the two must be named in full in the document (知并州 … 并代部署): 安撫鈐轄, 龍衛都指揮使
        // are words. Before 等州 the prefectures they head are frame enough, and so is another region they share a
        // command with (邠寧環慶路都部署, 鎮定髙陽關三路都部署).
        boolean heading = text[at + 2] == '等' || placeEnds.containsKey(at + 2);
        if (!heading && !named.containsKey(text[at]) && !named.containsKey(text[at + 1]) || text[at] == text[at + 1]
                || Chars.isAnyOf(text[at], NOT_FIRST_OF_PAIR) || text[at] == '府' || Chars.isAnyOf(text[at + 1], "東西南北左右")
                || !dictionary.lookup(text, at, at + 2).isEmpty()) {
            return; // 利西, 瀘南: a region's direction; 左翼: a wing; 府令: the prefect's order; 安撫: a word the packs hold
        }
        addPair(text, at, at + 2, dictionary, hits);
    }

    /**
     * Whether a known place starts at {@code at} and, after it and maybe 路 or a count of circuits (三路), a command two
     * prefectures share begins: the regions of one command written in a row (邠寧環慶路都部署, 鎮定髙陽關三路都部署).
     */
    private static boolean commandAfterRegions(int[] text, int at, java.util.Map<Integer, Integer> placeEnds, java.util.BitSet officeStarts) {
        Integer end = placeEnds.get(at);
        if (end == null) {
            return false;
        }
        int k = end;
        if (Chars.isChineseNumeral(Chars.at(text, k)) && Chars.at(text, k + 1) == '路') {
            k += 2;
        } else if (Chars.at(text, k) == '路') {
            k++;
        }
        return officeStarts.get(k) && PAIRED_COMMANDS.get(Chars.at(text, k)) || k == end && placeEnds.containsKey(end)
                && commandAfterRegions(text, end, placeEnds, officeStarts);
    }

    /** Verbs of appointment or reward before a circuit's officer named by one character (為夔路轉運使, 賞䕫路總管). */
    private static final String BEFORE_CIRCUIT_TITLE = "為爲徙擢差命賞除授遷改充以權兼";

    /** Rivers the packs name by one character: 河 (黃河), 江 (長江), 淮 (淮河), and 汴 (汴河; the packs' 汴 alone is 開封). */
    private static final String RIVERS = "河江淮汴";

    /** The classes the loop asks of the characters around each one, as bits of {@link #CLASSES}. */
    private static final int PAIR_BEFORE = 1;
    private static final int OBJECT_VERB = 2;
    private static final int AFTER_STEM_CLASS = 4;
    private static final int MOVE_RULE_OR_ATTACK_CLASS = 8;
    private static final int RIVER = 16;
    private static final int AFTER_REGION_CLASS = 32;
    private static final int GOAL_VERB = 64;
    private static final int REGION_VERB = 128;
    private static final Chars.Classes CLASSES = new Chars.Classes(PAIR_BEFORE_CHARACTERS, OBJECT_VERBS, AFTER_STEM, MOVE_RULE_OR_ATTACK,
            RIVERS, AFTER_REGION, GOAL_VERBS, REGION_VERBS);
    /**
     * What frames a river named by one character: 渡河, 臨江, 泝江, 河決, 河上, 觀魚于河。 Not 沿 / 緣: 沿江, 沿河 mostly
     * open the names of offices and bureaus (沿江制置使, 沿江榷貨務, 沿河都巡檢).
     */
    // Also a crossing or entering (入河, 越江, 踰淮, 度河, 出淮, 到江) and a defence (捍江, 防江, 據江, 阻淮): a region or
    // prefecture the river's character opens (入河北, 出江陵) is a name the packs know, which no rule's guess cuts into.
    private static final String BEFORE_RIVER = "渡濟臨絕絶過濱泝溯入越踰逾度出到捍防據阻";
    // And its banks (江濵, 淮壖, 淮澨).
    private static final String AFTER_RIVER = "決溢徙塞上水濱濵壖澨"; // 河水溢: the river's water; 河塞: its breach closed
    /** Before a flooding river, the prefecture or county it floods in, or its report (澶州河溢, 原武縣河決, 滑州言河平). */
    private static final String FLOODED_BEFORE_RIVER = "州府軍縣言";
    private static final String FLOODS = "決溢徙塞水平";
    /** Words before a flooding river that open its clause, not a river's name (以河決大名, 會河決韓村). */
    private static final String CLAUSE_BEFORE_RIVER = "以會㑹時是而及因既初又復今至";
    private static final String NOT_AFTER_RIVER = "制置安撫宣都帥橋面"; // 防捍江面: the river front, a defence line
    /** What ends a record's time or weather right before a flood: 是月, 是嵗, 秋, 淫雨. */
    private static final String TIME_BEFORE_FLOOD = "月嵗歲年朔秋夏冬春雨";
    /** Prepositions of place before a river closing its clause: 于河, 於淮. */
    private static final String AT = "于於";

    /** 河, 江, 淮 alone as the river where a crossing or a flood frames them (渡河, 河決內黃): the pack's 黃河, 長江, 淮河. */
    private static void river(int[] text, int at, Dictionary dictionary, List<Hit> hits) {
        int before = Chars.at(text, at - 1);
        int after = Chars.at(text, at + 1);
        boolean framed = Chars.isAnyOf(before, BEFORE_RIVER) || Chars.isAnyOf(before, AT) && Chars.isBoundary(after)
                || Chars.isAnyOf(after, AFTER_RIVER) && (!Chars.isHan(before) || Chars.isAnyOf(before, CLAUSE_BEFORE_RIVER))
                || Chars.isAnyOf(after, FLOODS) && Chars.isAnyOf(before, FLOODED_BEFORE_RIVER)
                || (after == '決' || after == '溢') && Chars.isBoundary(before) // 「河決陽武，汴決榖熟」: a clause opening on the breach
                // Unpunctuated, the record opens on it after its day or its month (丁酉河決, 是月河決, 淫雨河決).
                || (after == '決' || after == '溢') && (Chars.isDayAt(text, at - 2) || Chars.isAnyOf(before, TIME_BEFORE_FLOOD));
        // 沿江制置 (an office of the region along the river), 河橋 (a bridge, a place of its own).
        // 江水陸: the river and land forces of a command (沿江水陸制置使), no river named.
        if (!framed || Chars.isAnyOf(after, NOT_AFTER_RIVER) || after == '水' && Chars.at(text, at + 2) == '陸') {
            return;
        }
        // 越河陽: a name the packs know opens on the river's character (河陽, a county by its bare name), even where no
        // stage took it here.
        if (!dictionary.lookup(text, at, at + 2).isEmpty()) {
            return;
        }
        // The river the packs name by the character and 河 (汴河, whose character alone is the capital's key), else the
        // one-character key's place, by table (河 → 黃河, 江 → 長江).
        Dictionary.Entry river = riverOf(dictionary, text[at]);
        Dictionary.Entry known = river != null ? river : dictionary.placeAbbreviation(text[at]);
        if (known != null) {
            hits.add(new Hit(at, at + 1, MentionType.PLACE, known.id(), known.canonical(), List.of(), "rule:river", Hit.RULE));
        }
    }

    /** The kind of a river's record (汴河, 淮河), as places.tsv writes it. */
    private static final String RIVER_KIND = "河";

    /** The river the packs name by {@code c} and 河 (汴 → 汴河), or null. */
    private static Dictionary.Entry riverOf(Dictionary dictionary, int c) {
        return dictionary.lookup(new String(Character.toChars(c)) + RIVER_KIND).stream()
                .filter(e -> e.type() == MentionType.PLACE && e.record() != null && RIVER_KIND.equals(e.record().subtype()))
                .findFirst().orElse(null);
    }

    /** One character standing for its prefecture: before 帥, or alone right after the prefecture was named. */
    private static void single(int[] text, int at, Dictionary dictionary, java.util.Map<Integer, Hit> named,
            java.util.Map<Integer, Integer> lastNamed, List<Hit> hits) {
        int after = Chars.at(text, at + 1);
        int before = Chars.at(text, at - 1);
        int beforeClasses = CLASSES.of(before);
        // 帥 is also the verb "to lead" (杜重威帥師, 守文帥師): then the character before it ends a name.
        boolean governor = after == '帥' && !Chars.isAnyOf(Chars.at(text, at + 2), LED) && !Chars.isAnyOf(text[at], NOT_GOVERNED)
                && !(Chars.isHan(before) && place(dictionary, text, at - 1, at + 1) != null);
        // After it, the prefecture's governor (陜帥) or a clause going on about it (韶，廣之北門).
        boolean alone = (Chars.isBoundary(after) || after == '之' || after == '帥')
                && (Chars.isBoundary(before) || before == '州' && Chars.at(text, at - 2) == text[at]);
        int last = (beforeClasses & OBJECT_VERB) != 0 || alone ? lastNamed(lastNamed, text, at) : Integer.MIN_VALUE;
        // 「金攻渭」, 「自将救環」: the object of an attack or a relief, a prefecture named in full not long before.
        boolean object = (beforeClasses & OBJECT_VERB) != 0 && last < at - 1 && last >= at - OBJECT_WINDOW;
        // 「康王至相，」, 「合兵攻蔡，」, 「保蜀之方」: the goal of a movement or an attack closing its clause.
        // Only a prefecture the text names in full somewhere (相州 in a man's from 相州): 至貴, 于府 are words.
        boolean goal = (beforeClasses & GOAL_VERB) != 0 && (Chars.isBoundary(after) || after == '之' && Chars.isAnyOf(before, HELD))
                && (named.containsKey(text[at]) || Chars.isAnyOf(after, CLAUSE_ENDS) && Chars.isAnyOf(before, GOAL_CLOSING)
                && !Chars.isAnyOf(text[at], NOT_A_CLOSING_GOAL))
                && !Chars.isAnyOf(text[at], NOT_A_GOAL) && !polity(dictionary, text[at]);
        // 入蜀, 帥蜀, 尹京, 將駐于汴, 自蜀歸: a region or capital the packs name by one character (蜀 for 四川, 京 and 汴 for
        // 開封), the goal of a going or a charge. A state's name as well (蜀) only so, not after an attack (討蜀: the state).
        // The pack's own one-character name wins over a prefecture's first character (蜀 is 四川 there, not 蜀州).
        Dictionary.Entry region = dictionary.placeAbbreviation(text[at]);
        if (region != null && ((beforeClasses & REGION_VERB) != 0 && (Chars.isBoundary(after) || (CLASSES.of(after) & AFTER_REGION_CLASS) != 0)
                || after == '帥' && governor)) {
            hits.add(new Hit(at, at + 1, MentionType.PLACE, region.id(), region.canonical(), List.of(), "rule:short-place", Hit.RULE));
            return;
        }
        if (!governor && !alone && !object && !goal || Chars.isAnyOf(text[at], NameRules.NOT_A_STEM)) {
            return;
        }
        if (alone && !governor && !object && !goal && !(last < at - 1 && last >= at - RECENT)) {
            return;
        }
        Dictionary.Entry known = dictionary.prefecture(text[at]);
        Hit inText = named.get(text[at]);
        if (known != null) {
            hits.add(new Hit(at, at + 1, MentionType.PLACE, known.id(), known.canonical(), List.of(), "rule:short-place", Hit.RULE));
        } else if (inText != null) {
            hits.add(new Hit(at, at + 1, MentionType.PLACE, inText.id(), inText.canonical(), List.of(), "rule:short-place", Hit.RULE));
        }
    }

    /** A two-character stem of a known place after a verb of movement or holding (護永興屯兵) or before 之戰 / 之役. */
    private static void stem(int[] text, int at, Dictionary dictionary, List<Hit> hits) {
        int after = Chars.at(text, at + 2);
        int before = Chars.at(text, at - 1);
        boolean framedAfter = Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_STEM);
        boolean battle = (Chars.isBoundary(before) || Chars.isAnyOf(before, "官使")) && after == '之'
                && Chars.isAnyOf(Chars.at(text, at + 3), "戰役");
        boolean retreat = before == '保' && Chars.isAnyOf(Chars.at(text, at - 2), RETREATS);
        boolean afterVerb = before >= 0 && BEFORE_STEM.get(before) && !(before == '往' && text[at] == '招') || retreat; // 往招安: to pacify
        // A man's native place where his family moved (遂為錢塘人, 家為X人), as a biography's opening names it.
        boolean nativePlace = before == '為' && after == '人';
        // A county's people opening a day's record or a clause (丙寅，咸陽民段義得玉印): the county the packs know bare.
        // Not 流民, the refugees (河北流民: 北流 is also a county).
        boolean people = after == '民' && text[at + 1] != '流' && (Chars.isBoundary(before) || Chars.isDayAt(text, at - 2));
        if (!battle && !afterVerb && !nativePlace && !people || !Chars.isHan(text[at + 1]) || Chars.isAnyOf(text[at], NameRules.NOT_A_STEM)
                || Chars.isAnyOf(text[at + 1], NOT_SECOND)) {
            return;
        }
        boolean runningOn = (Chars.isAnyOf(before, MOVE_RULE_OR_ATTACK) || retreat) && !Chars.isAnyOf(after, NOT_AFTER_BARE);
        if (!battle && !framedAfter && !runningOn && !nativePlace && !people) {
            return; // the cheap test before any look-up: this runs after every verb
        }
        Dictionary.Entry bare = place(dictionary, text, at, at + 2);
        if (bare != null && !"bare".equals(bare.nameKind())) {
            return; // a name of its own without suffix: the dictionary finds it.
        }
        if (battle || framedAfter || nativePlace || people) {
            for (int s = 0; s < SUFFIXES.length(); s++) {
                Dictionary.Entry known = place(dictionary, new int[] {text[at], text[at + 1], SUFFIXES.charAt(s)}, 0, 3);
                if (known != null) {
                    hits.add(new Hit(at, at + 2, MentionType.PLACE, known.id(), known.canonical(), List.of(), "rule:short-place", Hit.RULE));
                    return;
                }
            }
        }
        // A county the gazetteer also lists bare (高平 for 高平縣): held back alone, a place in this frame; after a
        // verb of movement, rule or attack also with text running on (知河陽還朝, 破金明鈐轄), unless what follows
        // makes it an era's time (淳化中) or a longer name (河陽縣, 河陽三城: left to the suffix rules).
        if (bare != null) {
            hits.add(new Hit(at, at + 2, MentionType.PLACE, bare.id(), bare.canonical(), List.of(), "rule:short-place", Hit.RULE));
        }
    }

    /**
     * Where 「X州」 was last written before {@code at}, X being the character at {@code at}, within {@link #OBJECT_WINDOW};
     * or MIN_VALUE. {@code lastNamed} holds every X the loop has passed up to {@code at}.
     */
    private static int lastNamed(java.util.Map<Integer, Integer> lastNamed, int[] text, int at) {
        Integer k = lastNamed.get(text[at]);
        return k != null && k <= at - 2 && k >= at - OBJECT_WINDOW - 1 ? k : Integer.MIN_VALUE;
    }

    private static boolean polity(Dictionary dictionary, int c) {
        return dictionary.first(new int[] {c}, 0, 1, MentionType.POLITY) != null;
    }

    private static Dictionary.Entry place(Dictionary dictionary, int[] text, int start, int end) {
        if (start < 0 || end > text.length) {
            return null;
        }
        return dictionary.first(text, start, end, MentionType.PLACE);
    }
}
