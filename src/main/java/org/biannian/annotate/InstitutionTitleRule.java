package org.biannian.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Titles built the way the Song bureaucracy built them, an institution then a post, so that a title the pack
 * does not list is still one OFFICE, not its generic tail: 戶部郎中, 考功員外郎, 太僕寺丞, 國子主簿,
 * 將作監主簿, 著作佐郎, 觀文殿學士, 龍圖閣直學士, 直史館, 判太常寺, 知城事, 中軍統制. The institutions are
 * the closed lists of the Song's ministries, bureaus, courts and directorates (宋史 職官志三–五), except the
 * halls and pavilions of the academicians, which any two characters before 殿 / 閣 may name.
 */
final class InstitutionTitleRule {

    /** One family of titles: institutions, what may follow them (寺, 監), and their posts, longest first. */
    private record Family(List<String> institutions, List<String> infixes, List<String> posts) {}

    private static final List<Family> FAMILIES = List.of(
            // The six ministries (職官志三).
            new Family(List.of("吏部", "戶部", "户部", "禮部", "兵部", "刑部", "工部"), List.of(""),
                    List.of("員外郎", "尚書", "侍郎", "郎中", "郎官")),
            // The four selections of the Ministry of Personnel (職官志三: 尚書左選, 侍郎右選 …), named by their 郎官:
            // 尚左郎官, 侍右郎官.
            new Family(List.of("尚左", "尚右", "侍左", "侍右"), List.of(""), List.of("郎官", "郎中", "員外郎")),
            // The schools (職官志五: 國子監): 太學正, 太學博士, 武學諭.
            new Family(List.of("太學", "武學", "宗學", "律學"), List.of(""), List.of("博士", "正", "錄", "録", "諭")),
            // Their teachers (職官志五, 職官志七 諸州學): 宗室教授, 諸王宮大小學教授, and 學教授 after a prefecture (建康府學教授).
            new Family(List.of("諸王宮大小學", "諸王宫大小學", "宗室", "宗學", "學"), List.of(""), List.of("教授", "敎授")),
            // Their bureaus (職官志三).
            new Family(List.of("司封", "司勳", "考功", "度支", "金部", "倉部", "祠部", "主客", "膳部", "職方", "駕部", "庫部",
                    "比部", "司門", "都官", "屯田", "虞部", "水部", "左司", "右司"), List.of(""), List.of("員外郎", "郎中", "郎官")),
            // The nine courts (職官志四), with or without 寺.
            new Family(List.of("太常", "宗正", "光祿", "光禄", "衛尉", "衞尉", "太僕", "大理", "鴻臚", "司農", "太府", "大府"),
                    List.of("寺", ""), List.of("少卿", "主簿", "評事", "司直", "博士", "卿", "丞", "直")),
            // The finance commission and its three offices (職官志二: 三司): 三司度支判官, 三司推官.
            new Family(List.of("三司"), List.of("度支", "鹽鐵", "戶部", "户部", ""), List.of("副使", "判官", "推官", "使")),
            // The same offices named without 三司 (權鹽鐵判官, 度支副使).
            new Family(List.of("鹽鐵", "鹽鐡", "度支", "戶部", "户部"), List.of(""), List.of("副使", "判官", "推官")),
            // The directorates (職官志五), with or without 監.
            new Family(List.of("國子", "將作", "少府", "軍器", "都水", "司天"), List.of("監", ""),
                    List.of("主簿", "少監", "博士", "直講", "司業", "祭酒", "丞")),
            // The academies' editors (職官志四: 館職): 集賢校理, 館閣校勘, 史館檢討, 秘閣校理.
            new Family(List.of("集賢", "館閣", "秘閣", "史館", "昭文", "崇文"), List.of("院", "館", ""),
                    List.of("校理", "校勘", "檢討", "修撰", "編修")),
            // The imperial library (職官志四: 秘書省).
            new Family(List.of("秘書"), List.of("省", ""), List.of("校書郎", "秘書郎", "少監", "正字", "郎", "丞", "監")),
            // The offices that compile codes, the clan register and the histories (職官志四: 編修敕令所, 玉牒所,
            // 國史院, 實錄院): 敕令所刪定官, 玉牒所檢討官, 實錄院檢討官.
            // And the Bureau of Military Affairs' editors (職官志二: 樞密院編修官, 24 times in 宋史).
            new Family(List.of("敕令所", "勑令所", "玉牒所", "國史院", "實錄院", "實録院", "國史實錄院", "國史實録院", "日曆所", "會要所",
                    "樞密院", "樞宻院"),
                    List.of(""), List.of("同修撰", "修撰", "檢討官", "編修官", "刪定官", "詳定官", "檢討", "編修")),
            new Family(List.of("著作"), List.of(""), List.of("佐郎", "郎")),
            // The heir's tutors in his hall (職官志二, 卷162: 資善堂): 資善堂翊善, 資善堂贊讀, 資善堂直講 (27 times in 16 juans of 宋史, 卷28–474).
            new Family(List.of("資善堂"), List.of(""), List.of("翊善", "贊讀", "賛讀", "直講", "說書", "説書")),
            // The ushers of the audience gate (職官志六, 卷166: 閤門宣贊舍人, 閤門通事舍人; 閤門舍人 for short, and 閤門宣贊 in
            // 帶行閤門宣贊, the courtesy rank, 宋史卷44).
            new Family(List.of("閤門"), List.of("宣贊", "宣賛", "通事", ""), List.of("舍人", "舎人")),
            new Family(List.of("閤門"), List.of(""), List.of("宣贊", "宣賛")),
            // The heir's household (職官志二, 卷162: 東宮官): 太子右庶子, 太子左諭德, 太子賓客, 太子中舍 (太子中允 104 times in 宋史,
            // 太子賓客 76, 太子右庶子 11); and the heir's three tutors and guardians.
            new Family(List.of("太子"), List.of("左", "右", ""), List.of("贊善大夫", "賛善大夫", "少詹事", "詹事", "庶子", "諭德", "諭徳",
                    "賓客", "賔客", "中允", "中舍", "中舎", "舍人", "舎人", "洗馬", "贊善", "侍讀", "侍講", "少師", "少傅", "少保", "太師",
                    "太傅", "太保")),
            // The censors' deputy in charge of miscellaneous affairs.
            new Family(List.of("侍御史"), List.of(""), List.of("知雜事")),
            // The staff of a regional commission or command (職官志七: 安撫司, 制置司, 轉運司 …; 都督府): 安撫司參議官,
            // 提刑司準備差遣, 都督府參贊軍事, and the field commanders under it (四川宣撫司統制).
            // The region before it is the office-on-place rule's. In the Kanripo text of 宋史,
            // one of these posts follows one of these institutions 144 times (a regular-expression count, not committed).
            new Family(List.of("安撫制置司", "制置安撫司", "經略安撫司", "經畧安撫司", "宣撫處置司", "制置大使司", "安撫大使司", "宣撫使司",
                    "安撫使司", "制置使司", "招討使司", "安撫司", "制置司", "宣撫司", "招撫司", "招討司", "經略司", "經畧司", "轉運司",
                    "提刑司", "提點刑獄司", "提㸃刑獄司", "提舉常平司", "提舉茶鹽司", "提舉茶馬司", "常平司", "茶鹽司", "茶馬司", "發運司",
                    "節制司", "宣諭司", "總領所", "制司", "帥司", "都督行府", "督視行府", "都督府", "元帥府"), List.of(""),
                    List.of("主管機宜文字", "書寫機宜文字", "準備差遣", "凖備差遣", "准備差遣", "準備將領", "凖備將領", "幹辦公事", "參議軍事",
                            "參謀軍事", "參贊軍事", "參賛軍事", "參議官", "計議官", "參謀官", "檢法官", "幹辦官", "主管文字", "屬官",
                            "幹官", "參議", "帳前都統", "副都統制", "都統制", "副統制", "統制", "統領")),
            // Southern Song field armies.
            new Family(List.of("中軍", "前軍", "後軍", "左軍", "右軍", "選鋒軍", "遊奕軍", "游奕軍"), List.of(""),
                    List.of("副統制", "統制", "統領")),
            new Family(List.of("統制", "統領"), List.of(""), List.of("官")),
            // The guards' and armies' commanders (兵志一 禁軍): 龍神衛四廂都指揮使, 捧日天武四廂都指揮使, 拱聖都虞候; the units of
            // 兵志 (卷187–198) that 宋史's lives name before a rank (驍武副指揮使, 散員都虞候, 日騎軍指揮使), and the names the
            // first guards bore until 太平興國 (控鶴 → 天武, 鐵騎 → 日騎, 龍捷 → 龍衛, 虎捷 → 神衛, 卷187), which the early lives
            // keep (改控鶴左廂都指揮使). A regular-expression count over 宋史 (not committed) found 控鶴 … 驍雄 before a rank
            // after 為/補/遷/授/隸/改 twice or more each; 奉國 … 清塞 stand with their ranks in 兵志 itself.
            new Family(List.of("龍神衛", "龍神衞", "捧日天武", "龍衛", "龍衞", "神衛", "神衞", "捧日", "天武", "拱聖", "驍騎", "雲騎", "武騎",
                    "龍猛", "神勇", "虎翼", "侍衛親軍馬軍", "侍衛親軍步軍", "侍衛馬軍", "侍衛步軍", "侍衞馬軍",
                    "侍衞步軍", "殿前", "馬步", "馬歩", "馬軍", "步軍", "控鶴", "鐵騎", "鐡騎", "龍捷", "虎捷", "日騎", "散員", "驍武", "驍雄",
                    "奉國", "護聖", "宣武", "驍猛", "廣鋭", "雄武", "廣勇", "振武", "寧朔", "驍勝", "雄勇", "威武", "清塞",
                    // The palace guards' companies (兵志一, 卷187: 諸班直), before a rank in 宋史 (same count): 内殿直 21 times,
                    // 東西班 12, 御龍直 9, 諸班直 9, 殿前班 8, 殿前左班 6, 散指揮 6, 散都頭 5, 殿前右班 2.
                    "内殿直", "內殿直", "東西班", "御龍直", "諸班直", "殿前班", "殿前左班", "殿前右班", "散指揮", "散都頭"),
                    List.of("四廂", "左廂", "右廂", "廂", "軍", ""),
                    List.of("副都指揮使", "都指揮使", "副指揮使", "指揮使", "都虞候", "都虞侯", "副兵馬使", "兵馬使", "軍使", "副都軍頭",
                            "都軍頭", "軍頭", "副都頭", "都頭")),
            // The commissioners of the palaces and temples (職官志十, 卷170: 宮觀), a councillor's charge on leaving office:
            // 醴泉觀使 (89 times in 宋史), 萬壽觀使, 景靈宮使, 中太一宮使 (the bare 太一宮使 is 3 of 37), 集禧觀使, 會靈觀使,
            // 祐神觀使, 祥源觀使, 昭應宮使.
            new Family(List.of("醴泉觀", "萬壽觀", "萬夀觀", "景靈宮", "景靈宫", "中太一宮", "中太一宫", "中太乙宫", "西太一宮", "西太一宫",
                    "東太一宮", "東太一宫", "集禧觀", "會靈觀", "㑹靈觀", "祐神觀", "佑神觀", "祥源觀", "玉清昭應宮", "玉清昭應宫", "昭應宮",
                    "昭應宫", "龍德宮", "龍德宫"), List.of(""), List.of("副使", "判官", "都監", "使")),
            // The palace commissioners, the military officers' ranks of the early Song (職官志九: 諸司使): 莊宅副使.
            new Family(List.of("皇城", "宮苑", "東染院", "西染院", "左藏庫", "内藏庫", "內藏庫", "東作坊", "西作坊", "莊宅", "六宅", "文思", "内園", "內園",
                    "洛苑", "如京", "崇儀", "西京左藏庫", "西京作坊", "東綾錦", "西綾錦", "儀鸞", "供備庫", "禮賓", "禮賔", "引進", "客省",
                    "東上閤門", "西上閤門", "閤門", "尚食", "六宅"), List.of(""), List.of("副使", "使")));

    /** The posts of academicians in a hall or pavilion: 觀文殿學士, 龍圖閣直學士, 天章閣待制. */
    private static final List<String> ACADEMICIANS = List.of("大學士", "直學士", "學士", "待制");
    /** Charges in an institution after 直: 直史館, 直集賢院, 直秘閣. */
    private static final List<String> CHARGES = List.of("集賢院", "昭文館", "弘文館", "舍人院", "學士院", "史館", "秘閣");
    /** The affairs one is charged with, after 知 / 判 / 同判: 知城事, 判寺事, 知州事. */
    private static final String AFFAIRS = "寺監院府州縣城寨砦館"; // not 軍: 「不知軍事」 is ignorance of war

    private static final CodePointTable<List<Family>> BY_FIRST;
    /** The first characters of the institutions, the cheap test at every character. */
    private static final java.util.BitSet FIRSTS = new java.util.BitSet();
    /**
     * By first character, the second characters of the institutions it opens, the next cheap test (most of 太, 三, 國
     * open no institution here); absent where an institution is that one character (學).
     */
    private static final CodePointTable<java.util.BitSet> SECONDS;

    static {
        // Each family by the first characters of its institutions, holding only the institutions that start with it (in
        // their order): the rule asks at every such character, and the commissions' family alone has forty.
        Map<Integer, List<Family>> byFirst = new HashMap<>();
        for (Family f : FAMILIES) {
            Map<Integer, List<String>> institutions = new java.util.LinkedHashMap<>();
            for (String i : f.institutions()) {
                institutions.computeIfAbsent(i.codePointAt(0), k -> new ArrayList<>()).add(i);
                FIRSTS.set(i.codePointAt(0));
            }
            institutions.forEach((first, starting) -> byFirst.computeIfAbsent(first, k -> new ArrayList<>())
                    .add(new Family(List.copyOf(starting), f.infixes(), f.posts())));
        }
        BY_FIRST = new CodePointTable<>(byFirst);
        Map<Integer, java.util.BitSet> seconds = new HashMap<>();
        java.util.Set<Integer> single = new java.util.HashSet<>();
        for (Family f : FAMILIES) {
            for (String i : f.institutions()) {
                int[] cps = i.codePoints().toArray();
                if (cps.length == 1) {
                    single.add(cps[0]);
                } else {
                    seconds.computeIfAbsent(cps[0], k -> new java.util.BitSet()).set(cps[1]);
                }
            }
        }
        single.forEach(seconds::remove);
        SECONDS = new CodePointTable<>(seconds);
    }

    private InstitutionTitleRule() {
    }

    /** {@code known}: the hits so far, whose places show where a name stands between verb and title. */
    static List<Hit> hits(int[] text, List<Hit> known) {
        List<Hit> hits = new ArrayList<>(commissions(text));
        java.util.BitSet placeStarts = new java.util.BitSet(text.length + 1);
        java.util.BitSet personStarts = new java.util.BitSet(text.length + 1);
        int[] placeEnds = new int[text.length + 1];
        for (Hit h : known) {
            if (h.type() == MentionType.PLACE) {
                placeStarts.set(h.start());
                placeEnds[h.start()] = Math.max(placeEnds[h.start()], h.end());
            }
        }
        known.stream().filter(h -> h.type() == MentionType.PER).forEach(h -> personStarts.set(h.start()));
        hits.addAll(appointments(text, placeStarts, personStarts));
        for (int i = 0; i < text.length; i++) {
            int end = familyTitleEnd(text, i);
            if (end < 0) {
                end = academicianEnd(text, i);
            }
            if (end < 0 && text[i] == '直') {
                end = endOf(text, i + 1, CHARGES);
                end = end < 0 ? academicianEnd(text, i + 1) : end; // 直龍圖閣 is written without a post
            }
            if (end < 0 && (text[i] == '知' || text[i] == '判') && Chars.isAnyOf(Chars.at(text, i + 1), AFFAIRS)
                    && Chars.at(text, i + 2) == '事') {
                end = i + 3;
            }
            if (end < 0 && text[i] == '知') {
                end = chargeEnd(text, i + 1);
            }
            if (end < 0 && (text[i] == '提' && Chars.at(text, i + 1) == '舉' || text[i] == '主' && Chars.at(text, i + 1) == '管')) {
                end = templeChargeEnd(text, i + 2);
                if (end > 0) {
                    // The temple itself is a place inside the charge (提舉[洞霄宮], 提舉[臨安府][洞霄宮]), as the guidelines nest it.
                    int temple = placeEnds[i + 2] > i + 2 && placeEnds[i + 2] <= end - 3 ? placeEnds[i + 2] : i + 2;
                    hits.add(new Hit(temple, end, MentionType.PLACE, null, OfficeCompoundRule.slice(text, temple, end), List.of(),
                            "rule:temple-charge", Hit.STRUCTURE));
                }
            }
            if (end < 0 && text[i] == '提' && Chars.isAnyOf(Chars.at(text, i + 1), "點㸃舉")) {
                int charge = circuitChargeEnd(text, i + 2, placeEnds[i + 2], text[i + 1] == '舉' ? PROVISIONS : JUSTICE);
                if (charge > 0) {
                    hits.add(new Hit(i, charge, MentionType.OFFICE, null, OfficeCompoundRule.slice(text, i, charge), List.of(),
                            CIRCUIT_CHARGE, Hit.STRUCTURE));
                    i = charge - 1;
                    continue;
                }
            }
            int start = i;
            if (end < 0 && text[i] == '判') {
                end = judgedInstitutionEnd(text, i + 1);
            }
            if (end > i) {
                // 同判定州: the associate charge is one title. Not 權 (權判吏部銓, 權知樞密院事): the golds keep the acting
                // word outside the title it qualifies, as the other rules do (權[知開封府]).
                if (Chars.isAnyOf(text[i], "知判") && Chars.at(text, i - 1) == '同') {
                    start = i - 1;
                } else if (i >= 2 && Chars.isAnyOf(text[i - 2], "内內") && text[i - 1] == '外' && FIRSTS.get(text[i])) {
                    start = i - 2; // 内外馬步軍副都軍頭: the command of the guards in and outside the capital, one title
                }
                hits.add(new Hit(start, end, MentionType.OFFICE, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                        "rule:institution-title", Hit.STRUCTURE));
                i = end - 1;
            }
        }
        return hits;
    }

    /** What an intendant's charge naming its circuit says found it: no place before it is its own. */
    static final String CIRCUIT_CHARGE = "rule:circuit-charge";
    /** What a circuit's judicial intendant is charged with after 提點 and the circuit: 提點浙西刑獄 (提點 … 刑獄 118 times in 宋史). */
    private static final List<String> JUSTICE = List.of("刑獄公事", "刑獄");
    /** What a circuit's intendant is charged with after 提舉 and the circuit: 提舉江西常平茶鹽 (提舉 … 常平 80 times in 宋史). */
    private static final List<String> PROVISIONS = List.of("常平茶鹽公事", "常平茶鹽", "常平等事", "常平公事", "常平", "茶鹽公事", "茶鹽",
            "茶馬", "市舶");

    /**
     * End of an intendant's charge with its circuit inside (提點浙西刑獄, 提舉江西常平茶鹽, 提點本路刑獄): the circuit the
     * place rules found at {@code from}, ending at {@code placeEnd}, or 本路, perhaps with 路, then one of {@code charges};
     * -1 if none.
     */
    private static int circuitChargeEnd(int[] text, int from, int placeEnd, List<String> charges) {
        int circuitEnd = placeEnd > from ? placeEnd
                : Chars.isAnyOf(Chars.at(text, from), "本夲") && Chars.at(text, from + 1) == '路' ? from + 2 : -1;
        if (circuitEnd < 0) {
            return -1;
        }
        if (Chars.at(text, circuitEnd) == '路') {
            circuitEnd++;
        }
        for (String charge : charges) {
            if (Chars.matchesAt(text, circuitEnd, charge)) {
                return circuitEnd + charge.length();
            }
        }
        return -1;
    }

    /** The longest name of a temple or palace charged to a sinecure holder (提舉江州太平觀): this many characters. */
    private static final int LONGEST_TEMPLE = 8;

    /**
     * End of the temple or palace whose name starts at {@code from}, after 提舉 / 主管: the sinecure of 宮觀 (提舉醴泉觀,
     * 提舉臨安府洞霄宮, 主管台州崇道觀), one title with its place. At least two characters before 宮 / 觀, none of them
     * punctuation; 提舉宮觀, the class, is no charge of one temple. -1 if none.
     */
    private static int templeChargeEnd(int[] text, int from) {
        for (int k = from; k < Math.min(text.length, from + LONGEST_TEMPLE); k++) {
            if (!Chars.isHan(text[k])) {
                return -1;
            }
            if ((text[k] == '宮' || text[k] == '觀') && k >= from + 2) {
                return k + 1;
            }
            if (k == from && (text[k] == '宮' || text[k] == '觀')) {
                return -1;
            }
        }
        return -1;
    }

    private static int familyTitleEnd(int[] text, int at) {
        return familyTitleEnd(text, at, 2);
    }

    /**
     * An institution, its infix and a post from {@code at}; two institutions of one family may share the post
     * (龍神衛捧日天武都指揮使: the guards' two commands, one title), up to {@code chain} more. The title's end, or -1.
     */
    private static int familyTitleEnd(int[] text, int at, int chain) {
        List<Family> families = at < text.length && FIRSTS.get(text[at]) ? BY_FIRST.get(text[at]) : null;
        if (families == null) {
            return -1;
        }
        java.util.BitSet seconds = SECONDS.get(text[at]);
        if (seconds != null && !Chars.isIn(Chars.at(text, at + 1), seconds)) {
            return -1;
        }
        for (Family f : families) {
            for (String institution : f.institutions()) {
                if (!Chars.matchesAt(text, at, institution)) {
                    continue;
                }
                for (String infix : f.infixes()) {
                    int from = at + institution.length();
                    if (Chars.matchesAt(text, from, infix)) {
                        int end = endOf(text, from + infix.length(), f.posts());
                        if (end > 0) {
                            return end;
                        }
                    }
                }
                int next = chain > 0 ? familyTitleEnd(text, at + institution.length(), chain - 1) : -1;
                if (next > 0) {
                    return next;
                }
            }
        }
        return -1;
    }

    /** Words that cannot stand inside a commission's name: the clause goes on. */
    private static final String NOT_IN_COMMISSION = "之其而以與及為於使者所";

    /**
     * Commissions named for their errand, 「韓琦為山陵使」, 「楊吉為旌節官告使」, 「李穆為江南國信使」: after 為 / 充 / 兼,
     * two to six characters ending in 使 and the clause — an ad-hoc title the packs cannot list.
     */
    private static List<Hit> commissions(int[] text) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i + 3 < text.length; i++) {
            if (text[i] != '為' && text[i] != '充' && text[i] != '兼') {
                continue;
            }
            for (int end = i + 3; end <= i + 7 && end < text.length; end++) {
                int last = text[end - 1];
                if (!Chars.isHan(last) || Chars.isAnyOf(last, NOT_IN_COMMISSION) && last != '使') {
                    break;
                }
                if (last == '使' && end - i - 1 >= 3 && (Chars.isBoundary(Chars.at(text, end)) || Chars.isAnyOf(Chars.at(text, end), "為副"))) {
                    hits.add(new Hit(i + 1, end, MentionType.OFFICE, null, OfficeCompoundRule.slice(text, i + 1, end), List.of(),
                            "rule:commission", Hit.STRUCTURE));
                    break;
                }
                if (last == '使') {
                    break;
                }
            }
        }
        return hits;
    }

    /** Verbs of appointment and promotion, after which a career's next title stands: 遷莊宅副使, 補承信郎. */
    private static final String PROMOTING = "遷改拜授除擢補轉";
    private static final java.util.BitSet PROMOTING_SET = Chars.setOf(PROMOTING);
    /** The last words of Song titles, longest first: what a title after such a verb must end with. */
    private static final List<String> TITLE_HEADS = List.of("節度使", "觀察使", "團練使", "防禦使", "指揮使", "都虞候", "員外郎", "直學士",
            "副使", "大夫", "將軍", "侍郎", "郎中", "學士", "待制", "修撰", "校理", "校勘", "檢討", "舍人", "判官", "推官", "參軍", "主簿",
            "刺史", "鈐轄", "都監", "巡檢", "廵檢", "部署", "總管", "統制", "承旨", "使", "郎", "丞", "卿", "令", "尉");
    /** What may follow such a title: the clause's end or the next charge (兼侍御史, 知開封縣, 充開封府判官). */
    private static final String AFTER_TITLE = "、兼知判充權領";

    /**
     * A career's next title after a verb of promotion (遷考功員外郎，, 累遷莊宅副使。, 補承信郎、): the characters from
     * the verb to the clause's end or the next charge, ending with a title's last word — a title the packs may not
     * list, whole, not its tail.
     */
    private static List<Hit> appointments(int[] text, java.util.BitSet placeStarts, java.util.BitSet personStarts) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i + 3 < text.length; i++) {
            // Not before another verb (擢拜, 改置), a pronoun (授汝刺史) nor a man named between verb and title (授美潭州防禦使,
            // 拜繼遷鄜州節度使, 授繼瑗亳州防禦使).
            // Nor a count of grades before a list (官三轉、觀文殿大學士): the title starts at a character of its own.
            if (!Chars.isIn(text[i], PROMOTING_SET) || !Chars.isHan(text[i + 1]) || Chars.isAnyOf(text[i + 1], PROMOTING + "置為以汝爾卿其之官郡州行")
                    || personStarts.get(i + 1) || placeStarts.get(i + 2) || placeStarts.get(i + 3)
                    // 擢泌虞部員外郎: a title of its own right after one or two characters, which name the man promoted.
                    || familyTitleEnd(text, i + 2) > 0 || familyTitleEnd(text, i + 3) > 0) {
                continue;
            }
            for (int end = i + 3; end <= i + 9 && end <= text.length; end++) {
                int last = text[end - 1];
                // The clause goes on, or a new one begins: 遷駕部轉祠部郎中, 改鄧州加直學士.
                if (!Chars.isHan(last) || Chars.isAnyOf(last, NOT_IN_COMMISSION + "其至於" + PROMOTING + "加進") && last != '使') {
                    break;
                }
                int after = Chars.at(text, end);
                if ((Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_TITLE)) && endsWithHead(text, i + 1, end)) {
                    hits.add(new Hit(i + 1, end, MentionType.OFFICE, null, OfficeCompoundRule.slice(text, i + 1, end), List.of(),
                            "rule:promotion", Hit.STRUCTURE));
                    break;
                }
            }
        }
        return hits;
    }

    private static boolean endsWithHead(int[] text, int start, int end) {
        for (String head : TITLE_HEADS) {
            int at = end - head.length();
            if (at >= start && Chars.matchesAt(text, at, head)) {
                return end - start >= 2;
            }
        }
        return false;
    }

    /** What ends an institution's name in 知X事: 知閤門事, 知審官院事, 知客省事. */
    private static final String INSTITUTION_ENDS = "門院省司局館";

    /** After 知: an institution of one to three characters ending as institutions do, then 事 (知閤門事). */
    private static int chargeEnd(int[] text, int at) {
        for (int length = 2; length <= 4; length++) {
            int last = at + length - 1;
            if (Chars.at(text, last + 1) == '事' && Chars.isAnyOf(Chars.at(text, last), INSTITUTION_ENDS)) {
                for (int k = at; k <= last; k++) {
                    if (!Chars.isHan(text[k]) || Chars.isAnyOf(text[k], "其之此諸")) {
                        return -1;
                    }
                }
                return last + 2;
            }
        }
        return -1;
    }

    /** Two characters, 殿 / 閣 / 閤, then an academician's post; or, after 直, the pavilion alone. */
    private static int academicianEnd(int[] text, int at) {
        int hall = at + 2;
        int h = Chars.at(text, hall);
        if (h != '殿' && h != '閣' && h != '閤' || !Chars.isHan(text[at]) || !Chars.isHan(Chars.at(text, at + 1))
                || Chars.isAnyOf(text[at], "諸其本此該各每為以於")) {
            return -1;
        }
        int end = endOf(text, hall + 1, ACADEMICIANS);
        if (end < 0 && at > 0 && text[at - 1] == '直' && text[hall] != '殿') {
            return hall + 1;
        }
        return end;
    }

    /** What ends the name of an office one is charged with after 判: 判吏部流內銓, 判尚書省, 判審刑院. */
    private static final String JUDGED_ENDS = "銓省院";

    /** Seats one is charged with after 判 by their names (counts in 宋史): 三司 96, 四方館 18, 史館 7, 宗正(寺) 11, 留司 22. */
    private static final List<String> JUDGED_SEATS = List.of("尚書吏部", "尚書刑部", "尚書兵部", "尚書禮部", "尚書户部", "尚書戶部",
            "尚書工部", "三司", "四方館", "史館", "昭文館", "弘文館", "宗正寺", "宗正", "大宗正司", "西京留司", "南京留司", "北京留司",
            "留守司", "留司");
    /** What goes on from such a seat to an office inside it: its departments (鹽鐵, 度支, 戶部, 都勾院, 開拆司), 御史臺, 史館. */
    private static final String SEATS_GO_ON = "鹽鐡度戶户戸都勾開磨御三史"; // and 判弘文館史館事: two seats at once
    /** The ministries' first characters before 部 (判吏部 103 times in 宋史, 判刑部 22, 判禮部 3), and 祠部, 駕部, 比部, 水部. */
    private static final String MINISTRIES = "吏刑户戶戸禮兵工祠駕比水";

    /** After 判: a court or directorate by name (判太常寺, 判國子監), or another office's seat (判吏部流內銓). */
    private static int judgedInstitutionEnd(int[] text, int at) {
        for (int end = at + 2; end <= at + 5 && end <= text.length; end++) {
            if (!Chars.isHan(text[end - 1]) || Chars.isAnyOf(text[end - 1], "之其而以與及為於")) {
                break;
            }
            if (Chars.isAnyOf(text[end - 1], JUDGED_ENDS)) {
                return end < text.length && text[end] == '事' ? end + 1 : end;
            }
        }
        // 判三司 (96 times in 宋史), 判吏部, 判刑部, 判四方館事 (18), 判史館, 判宗正寺, 判西京留司: the golds take the seat
        // with 判 as one title, and 事 after it.
        int seat = endOf(text, at, JUDGED_SEATS);
        if (seat < 0 && Chars.isAnyOf(Chars.at(text, at), MINISTRIES) && Chars.at(text, at + 1) == '部') {
            seat = at + 2;
        }
        // Not a seat the name goes on from (判三司鹽鐵勾院, 判三司度支憑由, 判西京留司御史臺, 判留司三司事).
        if (seat > 0 && !Chars.isAnyOf(Chars.at(text, seat), SEATS_GO_ON)) {
            return Chars.at(text, seat) == '事' ? seat + 1 : seat;
        }
        List<Family> families = at < text.length && FIRSTS.get(text[at]) ? BY_FIRST.get(text[at]) : null;
        if (families == null) {
            return -1;
        }
        for (Family f : families) {
            for (String institution : f.institutions()) {
                int end = at + institution.length();
                if (Chars.matchesAt(text, at, institution) && Chars.isAnyOf(Chars.at(text, end), "寺監")) {
                    return end + 1;
                }
            }
        }
        return -1;
    }

    private static int endOf(int[] text, int at, List<String> words) {
        for (String w : words) {
            if (Chars.matchesAt(text, at, w)) {
                return at + w.codePointCount(0, w.length());
            }
        }
        return -1;
    }

}
