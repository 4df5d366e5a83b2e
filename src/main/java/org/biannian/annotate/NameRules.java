package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2, names in no pack, found by their shape: places by suffix (X州, X寨…), tribes (X族),
 * and persons by surname in typical frames (以X為, 命X, 遣X, X等, X率, X言). Every rule hit is
 * weaker than a dictionary hit of the same length, and rules never fire inside a known name.
 *
 * <p>The guards: the stem must be Han characters only, must not start with a word that makes the
 * suffix generic (諸州, 其城, 數寨, 二州), and must begin after a boundary or a verb of movement or
 * attack, since a place name in annals almost always follows one (攻X寨, 至X城, 於X川).
 */
final class NameRules {

    private static final String[] PLACE_SUFFIXES = {"州", "軍", "寨", "砦", "堡", "城", "鎮", "關", "河", "山", "池", "川", "谷", "嶺", "原", "泉", "殿", "宮", "陵", "江", "湖",
        "苑", "園", "門", "隄", "堤", "樓", "亭", "縣", "閣", "院", "寺", "觀"};
    /**
     * Suffixes of the halls, gardens, gates, dikes and pavilions an emperor visits (幸迎春苑, 登汴隄, 御崇德殿,
     * 御邇英閣, 幸錫慶院): only after such a verb. Not 廟: the rites before a temple run into its name (饗太廟).
     */
    private static final String VISITED_SUFFIXES = "殿宮陵苑園門隄堤樓亭池閣院寺觀";
    /**
     * The suffixes above that name a place only after a verb of visiting (閣 and 院 also end offices' halls: 龍圖閣學士;
     * 寺 and 觀 the courts, 大理寺, and seeing, 觀水戲): 幸開元寺, 幸雲臺觀.
     */
    private static final String ONLY_VISITED = "苑園門隄堤樓亭閣院寺觀";
    /** First characters of a hall's name that elsewhere make a word generic: 九成宮, 大慶殿, 上清宮, 三清殿. */
    private static final String HALL_FIRSTS = "一二三四五六七八九十百千萬大上";
    /** First characters after which a suffix word is generic, not a name. */
    static final String NOT_A_STEM = "及吾我汝死先雖非書罪得步營陸征伐討戍左右諸其數本此該各每兩二三四五六七八九十百千萬一全大小舊新故孤空他何是彼邊內外近遠上下前後中為之於以與自入出至築守攻圍城州軍寨堡關河山池川谷皆等已不所路曰遣率背提嘗遂乃又亦仍既而時使避充";
    /**
     * The last character of a stem: as {@link #NOT_A_STEM}, but 遠 ends many a fort's name (寧遠寨, 柔遠寨, 懷遠城); and
     * never 人 (金人軍), 犯 (水犯城) or 宮 (宮城 is the palace's wall).
     */
    private static final String NOT_LAST_OF_STEM = NOT_A_STEM.replace("遠", "") + "人犯宮宫過從"; // 道過縣, 羗從山下

    /**
     * Verbs that take a place as object: a two-character stem never starts with one (「陷涪州」 is 陷 +
     * 涪州), and after one a one-character stem is a place (「建房州」, 「配商州」).
     */
    static final String VERB_BEFORE_PLACE = "擣奪授除封拜詔升遣陷復于罷縱並責命令請賜移改置徙還取克拔隸割權建配蠲斬殺劫知判攻至入出屯守圍寇掠犯抵趨赴歸徙過渡築破襲據奔走遁駐詣幸御監言領加擢侵戰";

    /** The verbs above that are not also one-character prefecture names (建州, 歸州, 復州 are). */
    static final String VERB_NOT_PREFECTURE = VERB_BEFORE_PLACE.replaceAll("[建歸復]", "");

    /** Words after which a place name typically starts (verbs of movement, attack, holding; prepositions). */
    static final String BEFORE_PLACE = "故名號攻至於自入出屯守圍陷寇掠犯抵趨赴還歸徙過渡城築取克破襲據保奔走遁駐次詣知圖壁次及御幸判監殺為以";
    /** What may follow a place name: punctuation, or a word that takes a place before it (X州兵, X寨南). */
    private static final String AFTER_PLACE = "蕃之以而兵界境南北東西路人民及與將都團刺觀防節守降城寨堡下內外中上為崩";
    /** Verbs and prepositions before a hall, palace or tomb: 御崇德殿, 於承明殿, 幸景靈宮, 謁永熙陵. */
    private static final String PALACE_BEFORE = "御於于幸詣謁葬登以朝饗享宴作建"; // also 大宴含光殿, 作保和殿, 建玉清和陽宮
    /**
     * Suffixes that also end an institution's name (樞密院, 集賢院, 天章閣): such a name is a place only where the
     * emperor goes to it (幸法福院, 御邇英閣), not after 以 / 於 (以樞密院…, 於集賢院).
     */
    private static final String INSTITUTION_SUFFIXES = "閣院";
    private static final String EMPEROR_VISITS = "御幸詣謁朝饗享";
    /** Verbs before a city gate: its attack, defence and closing, and the going out or in by it (攻宣澤門, 出宜秋門, 守通津門). */
    private static final String GATE_BEFORE = "攻守出入開閉焚犯薄斬";
    /** Never in a gate's two-character name: the sides and the words for a side gate or the main one (東偏門, 殿正門). */
    private static final String NOT_IN_GATE = "東西南北偏正";

    /**
     * 「金人攻宣澤門，」, 「震所部兵叛，攻嘉會門，」: a city gate by two characters after a verb of attack, defence or passage,
     * where the editor closes the clause after it. Unpunctuated, over 宋史 such runs were as often a verb and a word (救閉門,
     * 治塞門), so there the gate is left to the packs.
     */
    private static boolean gate(int[] text, int end) {
        if (end < 3 || !Chars.isAnyOf(text[end - 3], GATE_BEFORE) || !Chars.isBoundary(Chars.at(text, end + 1))) {
            return false;
        }
        for (int k = end - 2; k < end; k++) {
            if (Chars.isAnyOf(text[k], NOT_IN_GATE) || Chars.isAnyOf(text[k], GATE_BEFORE) || Chars.isAnyOf(text[k], VERB_BEFORE_PLACE)) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a clause (獨睡泥族首領…, 時折平族蕃部…): before a tribe's name, never part of it. */
    private static final String CLAUSE_OPENERS = "獨時而乃遂又亦皆惟唯並復則既且";

    private static final String[] GROUP_STOP = {"諸", "部", "種", "九", "其", "大", "本", "宗", "同", "親", "滅", "舉", "合", "全", "蕃", "羌", "戎", "我", "他", "一", "二", "三", "數", "各", "別", "小", "家", "士", "貴", "巨"};

    /**
     * The Jurchen clans (and the Khitan 移剌, 石抹) as the Qianlong transcriptions of the 四庫 text of 金史 write them
     * (Kanseki Repository KR2a0035), each 30 times or more there: 富察 225 (蒲察), 伊喇 253 (移剌), 圖克坦 354 (徒單),
     * 布薩 233 (僕散), 烏凌阿 62 (烏林答), 烏雅 57 (烏延), 赫舍哩 217 (紇石烈), 瓜爾佳 36 (夾谷), 烏庫哩 200 (烏古論),
     * 納喇 31 (納合), 尼瑪哈 42, 舒穆嚕 68 (石抹), 烏克遜 39. Surnames, and clans the clan rule reads.
     */
    private static final String[] QIANLONG_CLANS = {"富察", "伊喇", "圖克坦", "布薩", "烏凌阿", "烏雅", "赫舍哩", "瓜爾佳", "烏庫哩",
        "納喇", "尼瑪哈", "舒穆嚕", "烏克遜", "溫都"}; // 溫都 as the folded text writes 温都 (and 完顏 its 完顔)

    private static String[] withQianlongClans(String[] names) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(names), java.util.Arrays.stream(QIANLONG_CLANS)).toArray(String[]::new);
    }

    /** Han surnames, including compound ones and the Tangut and Khitan clan names. */
    static final String[] SURNAMES = withQianlongClans(new String[] {
        "嵬名", "野利", "沒藏", "衛慕", "耶律", "蕭", "肖", "慕容", "司馬", "歐陽", "拓跋", "赫連", "完顏", "尉遲", "令狐", "上官", "皇甫", "諸葛", "宇文", "長孫", "夏侯", "獨孤",
        "李", "王", "張", "劉", "陳", "楊", "趙", "黃", "周", "吳", "徐", "孫", "胡", "朱", "高", "林", "何", "郭", "馬", "羅",
        "梁", "宋", "鄭", "謝", "韓", "唐", "馮", "于", "董", "蕭", "程", "曹", "袁", "鄧", "許", "傅", "沈", "曾", "彭", "呂",
        "蘇", "盧", "蔣", "蔡", "賈", "丁", "魏", "薛", "葉", "閻", "余", "潘", "杜", "戴", "夏", "鍾", "汪", "田", "任", "姜",
        "范", "方", "石", "姚", "譚", "廖", "鄒", "熊", "金", "陸", "郝", "孔", "白", "崔", "康", "毛", "丘", "秦", "江", "史",
        "顧", "侯", "邵", "孟", "龍", "萬", "段", "雷", "錢", "湯", "尹", "黎", "易", "常", "武", "喬", "賀", "賴", "龔", "文",
        "种", "折", "寇", "竇", "柴", "符", "郭", "狄", "种", "晏", "滕", "龐", "韋", "裴", "溫", "聶", "柳", "向", "慕", "翟",
        // Surnames as the 四庫 editions write them (髙 for 高, 吴/呉 for 吳, 曺 for 曹, 邱 for 丘): the text the rules read
        // is folded, but a pack's canonical (髙彦暉), whose surname the alias stage measures, is written as the source has it.
        "髙", "吴", "呉", "曺", "邱", "衞", "艾", "樊", "苗", "辛", "牛", "焦", "祝", "鮑", "解", "党", "米",
        // More of the 百家姓 that Song officials bore (畢士安, 路允迪, 耿延禧, 包拯, 章惇, 宗澤, 晁補之); words that
        // are mostly verbs, nouns or states in this prose (封, 宣, 施, 寧, 商, 單, 強, 盛, 管, 時, 和, 平, 成, 晉, 燕, 游) stay out.
        "畢", "路", "耿", "陶", "葛", "魯", "齊", "嚴", "邢", "霍", "虞", "殷", "岑", "倪", "晁", "宗", "章", "蒲", "舒",
        "席", "冉", "臧", "鞏", "祖", "莊", "戚", "尤", "滑", "卓", "翁", "包", "富", "顏", "樂", "褚", "卞", "伍", "湛", "祁",
        "閔", "阮", "駱", "繆", "裘", "郁", "嵇", "荀", "芮", "儲", "欒", "詹", "藺", "勞", "姬", "濮", "闞", "桓", "凌", "洪",
        "梅", "婁", "刁", "柯", "甄", "麴", "扈", "酈", "項", "穆", "俞", "桑", "靳",
        // The chiefs of the southern tribes the 本紀 name (儂智高 52 times in 宋史, 歐希範); 蒙 stays out, a verb (蒙恩).
        "儂", "歐",
        // Compound surnames that are no word of this prose (鮮于侁 18 times in 宋史, 万俟卨 40, 呼延贊 / 呼延通 14); 聞人 (聞人聲),
        // 東方, 公孫 and 司空 mostly are, and 鍾離 is also a county.
        "鮮于", "万俟", "呼延",
    });

    private NameRules() {
    }

    static List<Hit> hits(int[] text) {
        List<Hit> hits = new ArrayList<>();
        places(text, hits);
        groups(text, hits);
        persons(text, hits);
        clanNames(text, hits);
        empresses(text, hits);
        return hits;
    }

    /**
     * The characters of empresses' posthumous names (宋史 后妃傳 and 本紀: 溫成, 章獻明肅, 慈聖光獻, 宣仁聖烈), each a
     * word of the 諡法: only a run of them before 皇后 is a woman's name.
     */
    private static final java.util.BitSet POSTHUMOUS = Chars.setOf("孝惠明章淑德懿元穆懷獻肅慈聖光仁烈宣欽憲昭恭安靖成溫莊順貞敬和靜端簡顯");
    private static final String EMPRESS_FOUND_BY = "rule:empress-name";
    /**
     * Words before an empress named so: her burial, her temple, her rites, a list, a new name (葬溫成皇后, 權攢安恭皇后,
     * 祔章懷皇后, 改諡莊穆皇后).
     */
    private static final String BEFORE_EMPRESS = "葬攢祔及與謁享饗于於以立祭崩諡謚";
    /** Before a title conferred (冊為宣和皇后, 諡曰…): NobleTitleRule's OFFICE, not the woman. */
    private static final String CONFERS = "為曰爲";

    /**
     * An empress by her posthumous name and 皇后 or 皇太后, two to four characters of {@link #POSTHUMOUS} (葬溫成皇后,
     * 慈聖光獻皇后崩, 莊懿皇太后): PER with the whole as the name, as the guidelines tag 懿德皇后; and the name she is given
     * instead after 曰 (莊懷皇后曰章懷). Structure, not a guess: it may take in the title the packs know (皇太后).
     */
    private static void empresses(int[] text, List<Hit> hits) {
        for (int at = 2; at + 1 < text.length; at++) {
            if (text[at] != '皇') {
                continue;
            }
            // 皇后 or 皇太后 (莊懿皇太后: an empress dowager by her name).
            int end = text[at + 1] == '后' ? at + 2 : Chars.matchesAt(text, at + 1, "太后") ? at + 3 : -1;
            if (end < 0) {
                continue;
            }
            // 「莊懷皇后曰章懷」: the name the empress is given instead, as the guidelines tag a posthumous name.
            int renamed = Chars.at(text, end) == '曰' ? posthumousRunEnd(text, end + 1) : -1;
            if (renamed > 0 && Chars.isBoundary(Chars.at(text, renamed))) {
                hits.add(new Hit(end + 1, renamed, MentionType.PER, null, OfficeCompoundRule.slice(text, end + 1, renamed), List.of(),
                        EMPRESS_FOUND_BY, Hit.STRUCTURE));
            }
            if (!POSTHUMOUS.get(text[at - 1]) || !POSTHUMOUS.get(text[at - 2])) {
                continue;
            }
            int start = at - 2;
            while (start > 0 && at - start < 4 && POSTHUMOUS.get(text[start - 1])) {
                start--;
            }
            // 奉安成肅皇后神御: 奉安 is the verb (to enshrine), not the name's first word.
            boolean enshrined = Chars.at(text, start - 1) == '奉' && text[start] == '安' && at - start > 2;
            if (enshrined) {
                start++;
            }
            // The name is all there is before the title: punctuation or a word that takes her before it, never more of
            // a longer honorific (壽成惠慈皇太后: a living dowager's four words and more).
            int before = Chars.at(text, start - 1);
            if (!enshrined && !Chars.isBoundary(before) && !Chars.isAnyOf(before, BEFORE_EMPRESS) || Chars.isAnyOf(before, CONFERS)) {
                continue;
            }
            hits.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                    EMPRESS_FOUND_BY, Hit.STRUCTURE));
        }
    }

    /** The end of two to four characters of {@link #POSTHUMOUS} from {@code start}, or -1. */
    private static int posthumousRunEnd(int[] text, int start) {
        int end = start;
        while (end < text.length && end - start < 4 && POSTHUMOUS.get(text[end])) {
            end++;
        }
        return end - start >= 2 ? end : -1;
    }

    /**
     * Compound surnames that are nothing but surnames (耶律, 完顏, 嵬名, 拓跋…): wherever one stands after a
     * boundary or a word that takes a person, a name of one or two more characters follows. 野利, 衛慕 and
     * 沒藏 are also tribes, 司馬 and 上官 also words, so they are left to the other frames.
     */
    private static final String[] CLAN_SURNAMES = withQianlongClans(new String[] {"耶律", "完顏", "嵬名", "拓跋", "赫連", "慕容", "尉遲", "諸葛", "歐陽", "皇甫", "令狐", "宇文",
        // The Jurchen clans of 金史's 百家姓 (卷55 百官志序 lists the 白號/黑號 clans): 紇石烈志寧, 蒲察徒穆.
        "紇石烈", "蒲察", "徒單", "烏古論", "夾谷", "僕散", "裴滿", "唐括", "術虎", "烏林答", "溫迪罕", "烏延", "抹撚", "納合"});
    /** Given names after a clan's, transcribed, run to three characters (烏雅呼爾哈, 完顔希卜蘇). */
    private static final int LONGEST_TRANSCRIBED_GIVEN = 3;
    private static final int[][] CLAN_CODE_POINTS = java.util.Arrays.stream(CLAN_SURNAMES).map(w -> w.codePoints().toArray())
            .toArray(int[][]::new);

    private static final String NOT_LAST_OF_CLAN_NAME = TitledNameRule.AFTER_NAME + "族氏";
    /** After a clan's man also the verbs of his troops: 分 (耶律色珍分左右翼), 擁, 追, 屯, 守, 拒, 戰. */
    private static final String AFTER_CLAN_NAME = TitledNameRule.AFTER_NAME + "、曰分擁追屯守拒戰";

    private static final java.util.BitSet CLAN_FIRST = new java.util.BitSet();

    static {
        for (int[] clan : CLAN_CODE_POINTS) {
            CLAN_FIRST.set(clan[0]);
        }
    }

    private static void clanNames(int[] text, List<Hit> hits) {
        for (int start = 0; start + 3 < text.length; start++) {
            int surname = clanLength(text, start);
            if (surname == 0) {
                continue;
            }
            for (int given = LONGEST_TRANSCRIBED_GIVEN; given >= 1; given--) {
                int end = start + surname + given;
                if (end > text.length || !allHan(text, start + surname, end) || Chars.isAnyOf(text[start + surname], TitledNameRule.AFTER_NAME)
                        || given >= 2 && Chars.isAnyOf(text[end - 1], NOT_LAST_OF_CLAN_NAME)
                        || given == 3 && Chars.isAnyOf(text[start + surname + 1], TitledNameRule.AFTER_NAME)
                        // 圖克坦氏聞之: a woman by her clan, then a verb; 赫舍哩布薩: two clans listed.
                        || given >= 2 && (text[start + surname] == '氏' || clanLength(text, start + surname) > 0)) {
                    continue;
                }
                int after = Chars.at(text, end);
                // Three transcribed characters only before punctuation (烏雅呼爾哈，): before a verb, a Chinese given
                // name of two runs into it (圖克坦克寧嘗曰, 赫舍哩執中陳言).
                // A transcription all of whose characters only transcribe (喀齊喀, 珠德勒) is a name before a verb too.
                boolean transcribed = given == 3 && allTranscribing(text, start + surname, end);
                if (Chars.isBoundary(after) || (given < 3 || transcribed) && Chars.isAnyOf(after, AFTER_CLAN_NAME)) {
                    hits.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end),
                            List.of(), "rule:clan-surname", Hit.RULE));
                    break;
                }
            }
        }
    }

    /**
     * Characters the Qianlong transcriptions of Jurchen and Khitan names are made of and Chinese given names hardly use
     * (喀齊喀, 珠德勒, 呼爾哈, 阿布哈): a run of three of them after a clan is a transcribed name, not a Chinese name and a verb.
     */
    private static final java.util.BitSet TRANSCRIBING = Chars.setOf("喀齊珠勒呼爾哈嚕哩穆額埒巴鼐琿噶薩斡罕布阿蘇扎納濟錫馨瑪訥棟摩綽楚徹勤們德徳特");

    private static boolean allTranscribing(int[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!TRANSCRIBING.get(text[k])) {
                return false;
            }
        }
        return true;
    }

    /** The length of the clan name (耶律, 圖克坦) that starts at {@code at}, or 0. */
    private static int clanLength(int[] text, int at) {
        if (!CLAN_FIRST.get(Chars.at(text, at))) {
            return 0;
        }
        for (int[] clan : CLAN_CODE_POINTS) {
            if (startsWith(text, at, clan)) {
                return clan.length;
            }
        }
        return 0;
    }

    private static boolean startsWith(int[] text, int at, int[] word) {
        for (int k = 0; k < word.length; k++) {
            if (Chars.at(text, at + k) != word[k]) {
                return false;
            }
        }
        return true;
    }

    private static void places(int[] text, List<Hit> hits) {
        int lastVisitedEnd = -1;
        for (int end = 1; end < text.length; end++) {
            int suffix = text[end];
            if (suffix == '府' && governedPrefecture(text, end)) {
                hits.add(suffixedPlace(text, end - 2, end + 1));
                continue;
            }
            if (!SUFFIX_SET.get(suffix)) {
                continue;
            }
            int hall = longHallStem(text, end, lastVisitedEnd);
            if (hall > 0) {
                hits.add(suffixedPlace(text, end - hall, end + 1));
                lastVisitedEnd = end + 1;
                continue;
            }
            if (suffix == '軍' && designation(text, end)) {
                hits.add(suffixedPlace(text, end - 2, end + 1));
                continue;
            }
            if (shortLandscape(text, end)) {
                hits.add(suffixedPlace(text, end - 1, end + 1));
                continue;
            }
            // Try a two-character stem first, then one: 「攻清遠軍」 → 清遠軍, 「攻靈州」 → 靈州. A one-character
            // stem only for 州 (棄城, 引軍 are verb and object); a stem never holds a numeral or a suffix.
            // Prefectures (X州, X軍) stand anywhere a noun can; the other suffixes are also plain words
            // (金城湯池, 山中), so those need a following word that takes a place.
            int after = Chars.at(text, end + 1);
            // Forts (寨, 砦, 堡) too: the words name nothing but a stronghold, so X寨 is one wherever it stands.
            boolean prefecture = suffix == '州' || suffix == '軍' || suffix == '寨' || suffix == '砦' || suffix == '堡';
            // Halls, palaces and tombs after 御 / 於 / 幸 / 葬 (御崇德殿, 葬…於永定陵) are names whatever follows:
            // the 本紀 run them on without punctuation.
            // And the next of a list the visit names (幸太一宮、天清寺).
            // Also a hall of a palace or temple just named (景靈宮英德殿), or one more after 及 (太一宮及會靈觀): the court's
            // buildings in a row. Not 寺 or 院, which also end the courts' and bureaus' names (太府寺, 禮賓院).
            boolean visited = Chars.isAnyOf(suffix, VISITED_SUFFIXES) && end >= 3
                    && (Chars.isAnyOf(text[end - 3], Chars.isAnyOf(suffix, INSTITUTION_SUFFIXES) ? EMPEROR_VISITS : PALACE_BEFORE)
                    || text[end - 3] == '、' && lastVisitedEnd == end - 3
                    || suffix == '殿' && Chars.isAnyOf(text[end - 3], "宮觀寺") // 慈孝寺崇眞殿
                    || suffix == '門' && gate(text, end)
                    || Chars.isAnyOf(suffix, "宮觀殿") && text[end - 3] == '及' && Chars.isAnyOf(Chars.at(text, end - 4), "宮觀")
                    && !Chars.isAnyOf(text[end - 2], HALLS) && !Chars.isAnyOf(text[end - 1], HALLS));
            // After 於 / 于 / 次 a two-character stem and a landscape suffix are a place whatever follows (戰于龍馬嶺敗績,
            // 敗於好水川福): the preposition fixes where the name starts.
            boolean located = end >= 3 && Chars.isAnyOf(text[end - 3], "於于次") && !Chars.isAnyOf(suffix, "城殿宮陵");
            if (!prefecture && !visited && !located && !(Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_PLACE))
                    || Chars.isAnyOf(suffix, ONLY_VISITED) && !visited
                    || suffix == '城' && Chars.isAnyOf(after, PARTS_OF_TOWN)) {
                continue;
            }
            // 州縣, 州軍, 州郡, 州府 and 軍事, 軍校 are words (以愛州縣也, 罷災傷州軍貢物, 言西北軍事, 檄遣軍校), so an
            // unknown stem before them is no prefecture or district.
            // 珙進軍, 引軍, 回軍: a verb that moves an army, no district's last character; 抗官軍: the government's army.
            if (suffix == '州' && Chars.isAnyOf(after, "縣軍郡府") || suffix == '軍' && Chars.isAnyOf(after, "事校士馬民")
                    || suffix == '軍' && Chars.isAnyOf(text[end - 1], "進引回還移駐屯領率班官")) {
                continue;
            }
            // 還葬慶陵之側，陵曰順陵, 謁昭陵: a tomb of one character after its burial, its naming or a visit.
            if (suffix == '陵' && end >= 2 && Chars.isAnyOf(text[end - 2], "葬曰謁") && Chars.isHan(text[end - 1])
                    && !Chars.isAnyOf(text[end - 1], NOT_A_STEM) && !Chars.isChineseNumeral(text[end - 1])
                    && !Chars.isAnyOf(text[end - 1], "諸山園陪")) { // 謁諸陵, 謁八陵, 山陵, 園陵, 陪陵: the tombs, no name
                hits.add(suffixedPlace(text, end - 1, end + 1));
                continue;
            }
            if (landscapeAfterGoing(text, end)) {
                hits.add(suffixedPlace(text, end - 2, end + 1));
                continue;
            }
            // 砦柵, 寨柵: a fort's palisade, the common word (焚列屯砦柵), no name before it; nor before another fort word
            // (修堡砦), unless the fort is named again (寇杏子堡堡有).
            boolean fort = Chars.isAnyOf(suffix, FORTS);
            if (fort && (Chars.isAnyOf(after, "柵栅") || Chars.isAnyOf(after, FORTS) && after != suffix)) {
                continue;
            }
            for (int stem = fort ? 3 : 2; stem >= 1; stem--) {
                int start = end - stem;
                if (stem == 3) {
                    if (longFortStem(text, start, end)) {
                        hits.add(suffixedPlace(text, start, end + 1));
                        break;
                    }
                    continue;
                }
                // 作醴泉觀: the verb opens a hall's name; 醴泉 is no place of its own before it.
                if (stem == 2 && Chars.isAnyOf(Chars.at(text, start), PALACE_BEFORE) && Chars.isAnyOf(after, HALLS)) {
                    continue;
                }
                // One character before 縣 only right after a verb of movement or rule (至項縣), as before 州 anywhere.
                boolean county = suffix == '縣' && stem == 1 && Chars.isAnyOf(Chars.at(text, start - 1), "至赴徙知判移次入還");
                // 屬縣, 郡縣, 赤縣, 畿縣: the words for counties of a kind, no county's name.
                boolean kindOfCounty = suffix == '縣' && Chars.isAnyOf(text[end - 1], "屬郡赤畿望緊上中下諸邑外");
                if (start < 0 || stem == 1 && suffix != '州' && !county || kindOfCounty || !allHan(text, start, end)
                        || Chars.isAnyOf(text[start], NOT_A_STEM) && !(visited && stem == 2 && Chars.isAnyOf(text[start], HALL_FIRSTS)) // 御大慶殿
                        || Chars.isAnyOf(text[end - 1], NOT_LAST_OF_STEM) && !(visited && text[end - 1] == '一' && text[start] == '太')
                        && !(fort && stem == 2 && Chars.isAnyOf(text[end - 1], FORT_STEM_ENDS))
                        && !(suffix == '鎮' && text[end - 1] == '城') // 呂城鎮: a market town named after a town
                        || stem == 2 && Chars.isAnyOf(text[start], VERB_BEFORE_PLACE)
                        || stem == 1 && Chars.isAnyOf(text[start], VERB_NOT_PREFECTURE)) {
                    continue;
                }
                int before = Chars.at(text, start - 1);
                // 「復安州華州兗州」: prefectures listed without punctuation, each after the last one's suffix.
                // 「鳳翔府之石壁砦」: a fort of the place just named, after 之.
                // 「主渭州治平砦」: and one after the prefecture it belongs to.
                // And one raided (敵復畧土塠砦): 略 elsewhere is a book's (東都事畧作宋城人), so only before a fort.
                boolean fortOf = (before == '之' || Chars.isAnyOf(before, "州軍府略畧")) && stem == 2 && fort
                        && !Chars.isAnyOf(text[start], "縣鎮鎭"); // 州縣鎭砦: the counties, towns and forts
                if (visited && stem == 2) {
                    lastVisitedEnd = end + 1;
                }
                // 廢慶成軍, 河決棗彊縣: a prefecture or county abolished, or where the river breached.
                boolean unitAbolishedOrFlooded = Chars.isAnyOf(before, "廢決") && Chars.isAnyOf(suffix, "州軍縣監");
                if (Chars.isBoundary(before) || Chars.isAnyOf(before, BEFORE_PLACE) || Chars.isAnyOf(before, VERB_BEFORE_PLACE) || visited && stem == 2
                        || unitAbolishedOrFlooded
                        || suffix == '州' && before == '州' && Chars.at(text, start - 3) != '諸' || fortOf) {
                    hits.add(suffixedPlace(text, start, end + 1));
                    break;
                }
            }
        }
    }

    /** A place the suffix rules read, {@code [start, end)}. */
    private static Hit suffixedPlace(int[] text, int start, int end) {
        return new Hit(start, end, MentionType.PLACE, null, OfficeCompoundRule.slice(text, start, end), List.of(), "rule:place-suffix", Hit.RULE);
    }

    /** The suffixes of forts: the words name nothing but a stronghold. */
    private static final String FORTS = "寨砦堡";
    /** The landscape a fort is named after ends its stem (狼山砦, 白草川寨, 木瓜谷堡), though it ends no prefecture's. */
    private static final String FORT_STEM_ENDS = "山川谷河";

    /**
     * The last of a three-character fort's stem: the landscape it is named after (王子山砦, 廣吳嶺堡, 平虜橋砦). Other
     * three-character runs before 砦 were mostly a verb and a two-character name over 宋史 (移治紫資砦, 耕陽武砦).
     */
    private static final String LONG_FORT_STEM_ENDS = "山嶺川谷河橋渦岔門";

    /**
     * 「擣王子山砦」, 「破石額山砦」: a fort's name of three characters before its suffix, after a verb of taking,
     * building or going (or where a clause opens); the first is no verb or word the stems never open with, so the verb
     * is not read into the name (攻破米脂砦 is 米脂).
     */
    private static boolean longFortStem(int[] text, int start, int end) {
        int before = Chars.at(text, start - 1);
        if (start < 1 || !allHan(text, start, end) || !(Chars.isBoundary(before) || Chars.isAnyOf(before, BEFORE_PLACE)
                || Chars.isAnyOf(before, VERB_BEFORE_PLACE))) {
            return false;
        }
        if (Chars.isAnyOf(text[start], NOT_A_STEM) || Chars.isAnyOf(text[start], VERB_BEFORE_PLACE) || Chars.isAnyOf(text[start], BEFORE_PLACE)) {
            return false;
        }
        // 金人破砦: a clause, not a name; 江水砦: a fort of the water, no name.
        for (int k = start; k < end; k++) {
            if (Chars.isAnyOf(text[k], "州軍縣府寨砦堡城之其諸等人") || Chars.isAnyOf(text[k], VERB_BEFORE_PLACE) || Chars.isChineseNumeral(text[k])) {
                return false;
            }
        }
        return Chars.isAnyOf(text[end - 1], LONG_FORT_STEM_ENDS);
    }

    /**
     * After 城, a part of the town or its defence (城下, 城中, 城南, 城守): 城 is the town's walls, not a name's suffix, and
     * the guidelines tag the place before it (太原城下 ⊃ 太原); the stem guessed there was a clause's words (駐兵汴城下,
     * 閉門城守, 伏兵城東).
     */
    private static final String PARTS_OF_TOWN = "下中內内外上門東西南北守隍郭壁池";

    /** Mountains, rivers and valleys: 天都山, 拒馬河, 好水川, 六盤嶺. */
    private static final String LANDSCAPE = "山河川嶺谷";
    /** Where such a name starts: after a preposition of place or a verb of going there (踰天都山, 濟拒馬河, 禱白鹿山). */
    private static final String BEFORE_LANDSCAPE = "於于扵次至自由踰逾濟渡駐屯禱如奪趨抵戰";
    /** Never inside such a name: the particles and words that run a clause on (至其山, 於是河). */
    private static final String NOT_IN_LANDSCAPE = "之以而為與及其所者也是此彼諸皆各於于扵在";

    /** The governors' titles named after a military designation (保大軍節度使, 寧國軍承宣使). */
    static final List<String> GOVERNORS = List.of("節度", "留後", "承宣", "觀察", "防禦", "團練");
    /**
     * Never in a designation: the words for "this", "the same", "each" (本軍節度使 is the man's own command), a list's 等
     * and 管 (次管軍: commanding troops).
     */
    private static final String NOT_IN_DESIGNATION = "本夲其該諸此同各每之以為及與等管某";
    /** Nor does one open on a verb of appointment (拜感德軍節度使 read from 感: 拜 is the appointment). */
    private static final String NOT_FIRST_OF_DESIGNATION = "拜加授除遷改擢";

    /**
     * 「以保大軍節度使」, 「為寧武保康軍節度使」: two characters and 軍 before a governor's title are the military designation
     * the title is named after, whatever the characters (大 and 平 end no prefecture's stem but do designations': 保大,
     * 大平), as the title's frame fixes the name.
     */
    private static boolean designation(int[] text, int end) {
        int start = end - 2;
        if (start < 0 || GOVERNORS.stream().noneMatch(t -> Chars.matchesAt(text, end + 1, t)) || Chars.isAnyOf(text[start], NOT_FIRST_OF_DESIGNATION)) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isBoundary(text[k]) || Chars.isChineseNumeral(text[k]) || Chars.isAnyOf(text[k], NOT_IN_DESIGNATION)
                    || Chars.isAnyOf(text[k], "州軍府縣路")) {
                return false;
            }
        }
        return true;
    }

    /** Where a mountain or river by one character and its suffix starts: a preposition of place or a verb of going. */
    private static final String BEFORE_SHORT_LANDSCAPE = BEFORE_LANDSCAPE + "自入出屯";
    /**
     * Never the stem of such a name: the waters and mountains themselves, and the works done on a river (便於治河, 開河以疏,
     * 濬河) or a likeness (如丘山).
     */
    private static final String NOT_A_SHORT_LANDSCAPE = "沿江淮河山湖海水開治濬浚導塞修脩築丘";
    /** What closes such a name besides the editor's marks: the army's advance or retreat from it, or its flooding (自瀼河進, 沙河溢). */
    private static final String AFTER_SHORT_LANDSCAPE = "進而以溢";

    /**
     * 「戰於蠻河，」, 「追至莽山，」, 「國自南山進」: one character and 山 or 河 after a preposition or a verb of going, closed
     * by the editor's mark or the advance. Unpunctuated nothing closes it (於是河決, 至沿河), so there it is left.
     */
    private static boolean shortLandscape(int[] text, int end) {
        int stem = end - 1;
        if (stem < 1 || text[end] != '山' && text[end] != '河' || !Chars.isAnyOf(text[stem - 1], BEFORE_SHORT_LANDSCAPE)) {
            return false;
        }
        int after = Chars.at(text, end + 1);
        return Chars.isHan(text[stem]) && !Chars.isAnyOf(text[stem], NOT_IN_LANDSCAPE) && !Chars.isAnyOf(text[stem], NOT_A_STEM)
                && !Chars.isAnyOf(text[stem], NOT_A_SHORT_LANDSCAPE) && !Chars.isAnyOf(text[stem], BEFORE_SHORT_LANDSCAPE) // 渡濟河: to cross
                && (Chars.isAnyOf(after, "，。；：") || Chars.isAnyOf(after, AFTER_SHORT_LANDSCAPE));
    }

    /**
     * 「踰天都山」, 「濟拒馬河」, 「至小水河」, 「如大房山」: two characters and a landscape suffix after a preposition or a
     * verb of going, which fixes where the name starts: the stem may then open with a word the stems otherwise never
     * do (大, 小, 拒), as names of mountains and rivers often do.
     */
    private static boolean landscapeAfterGoing(int[] text, int end) {
        int start = end - 2;
        if (start < 1 || !Chars.isAnyOf(text[end], LANDSCAPE) || !Chars.isAnyOf(text[start - 1], BEFORE_LANDSCAPE)) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isAnyOf(text[k], NOT_IN_LANDSCAPE) || Chars.isAnyOf(text[k], LANDSCAPE)
                    && k == start) {
                return false;
            }
        }
        return true;
    }

    /** Suffixes of the buildings a court visits, builds or loses to fire: palaces, temples, monasteries, halls. */
    private static final String HALLS = "宮觀寺殿院廟";
    /** Verbs before a hall whose name runs longer than two characters: the verb fixes where the name starts. */
    private static final String LONG_HALL_BEFORE = "御幸詣謁朝饗享作建修";
    /**
     * Before a long hall's name also: prayer and thanks there (禱雨於玉清昭應宮, 恭謝玉清昭應宮) and the place
     * where something is done (於資善堂); not for two characters, which the place rules read.
     */
    private static final String LONG_HALL_AT = "禱謝於于"; // not 祠: 祠汾隂遷夲寺丞 is a sacrifice, then a promotion
    /** First characters of no long hall's name: the stems' (but 大, 上, 中: 大相國寺, 上清太平宮, 中太一宮) and the verbs'. */
    private static final String NOT_FIRST_OF_LONG_HALL = NOT_A_STEM.replace("大", "").replace("上", "").replace("中", "")
            + LONG_HALL_BEFORE;
    /** What befalls a building named at a clause's start: 祥源觀火, 玉清昭應宮災. */
    private static final String HALL_EVENTS = "火災灾";

    /**
     * The length of a hall's name before its suffix at {@code end}, or 0: three or four characters after a verb of
     * visiting, building or prayer or after 於 (幸玉清昭應宮, 詣大相國寺; two are read with the other places) or next in a
     * list after one ({@code lastVisitedEnd}: where the last hall ended), two to four opening a clause
     * when fire or disaster follows (祥源觀火). The name holds no suffix of its own (幸金明池觀水戲: a pool, then 觀
     * "to watch"), no function word, and no office follows it (玉清昭應宮使).
     */
    private static int longHallStem(int[] text, int end, int lastVisitedEnd) {
        if (!Chars.isAnyOf(text[end], HALLS) || Chars.isAnyOf(Chars.at(text, end + 1), "使副判都提")) {
            return 0;
        }
        for (int stem = 4; stem >= 2; stem--) {
            int start = end - stem;
            if (start < 1 || !allHan(text, start, end)) {
                continue;
            }
            int before = text[start - 1];
            // And the next of a list of them (禱雨於玉清昭應宮、開寶寺).
            // 於 only before three: 於相國天清寺, 於汾隂遷夲寺 run a place or a verb into four in unpunctuated text.
            boolean visited = stem > 2 && (Chars.isAnyOf(before, LONG_HALL_BEFORE) || Chars.isAnyOf(before, LONG_HALL_AT)
                    && (stem == 3 || !Chars.isAnyOf(before, "於于")) || before == '、' && lastVisitedEnd == start - 1);
            boolean befallen = Chars.isBoundary(before) && Chars.isAnyOf(Chars.at(text, end + 1), HALL_EVENTS);
            if (!visited && !befallen) {
                continue;
            }
            // Nor a verb of going (疾作遽出至殿門) or a day (幸戊寅還宮: the day, then the return).
            boolean plain = !Chars.isDayAt(text, start);
            for (int k = start; k < end && plain; k++) {
                plain = !SUFFIX_SET.get(text[k]) && !Chars.isAnyOf(text[k], "之於于以與而及為其所者也又皆並至還出入歸赴遽");
            }
            // 朝謁天慶觀: a verb opening the stem is the visit's, and the name is shorter.
            if (plain && !Chars.isAnyOf(text[start], NOT_FIRST_OF_LONG_HALL)) {
                return stem;
            }
        }
        return 0;
    }

    /** Last characters of a stem before 府 that make a command's or a prince's seat (都督府, 元帥府, 王府), not a prefecture. */
    private static final String NOT_PREFECTURE_STEM_END = "督帥撫王公司宗正軍省院臺寺監";
    /** Last characters of a governed prefecture's stem that never end one: a seat's, a stem's (山 and 河 may: 燕山府). */
    private static final String NOT_LAST_OF_GOVERNED = NOT_PREFECTURE_STEM_END + NOT_A_STEM.replace("山", "").replace("河", "") + "人";

    /**
     * 「知燕山府」, 「判燕山府」: two characters and 府 right after 知 or 判 are the prefecture one governs, though 府 is
     * too often an office's seat (幕府, 開府) to be a place's suffix anywhere else.
     */
    private static boolean governedPrefecture(int[] text, int end) {
        int start = end - 2;
        return start >= 1 && Chars.isAnyOf(text[start - 1], "知判") && allHan(text, start, end)
                && !Chars.isAnyOf(text[start], NOT_A_STEM + VERB_BEFORE_PLACE + "委任")
                && !Chars.isAnyOf(text[end - 1], NOT_LAST_OF_GOVERNED);
    }

    private static void groups(int[] text, List<Hit> hits) {
        for (int end = 2; end < text.length; end++) {
            if (text[end] != '族') {
                continue;
            }
            for (int stem = 3; stem >= 2; stem--) {
                int start = end - stem;
                if (start < 0 || !allHan(text, start, end) || startsWithAny(text, start, GROUP_STOP)
                        || Chars.isAnyOf(text[start], CLAUSE_OPENERS) || hasCount(text, start, end)) {
                    continue;
                }
                int before = Chars.at(text, start - 1);
                if (Chars.isBoundary(before) || Chars.isAnyOf(before, BEFORE_PLACE + CLAUSE_OPENERS + "及與率諭招降附叛誘擊敗討")) {
                    hits.add(new Hit(start, end + 1, MentionType.GROUP, null, OfficeCompoundRule.slice(text, start, end + 1),
                            List.of(), "rule:tribe", Hit.RULE));
                    break;
                }
            }
        }
    }

    /** Verbs that follow a man named first in a day's entry: 以 (…為), 為, 加, 薨, 卒, 罷, 言, 知, 兼, 出, 來, 請, 遷, 戰. */
    private static final String AFTER_DAY_NAME = "以為加薨卒罷言知兼出來請遷戰";


    /** Not in a given name after a day set off by a comma: the words of a state's men and envoys, and the closing verbs. */
    private static final String NOT_IN_DAY_NAME = "人遣使" + AFTER_DAY_NAME;

    private static boolean anyOf(int[] text, int from, int to, String chars) {
        for (int k = from; k < to; k++) {
            if (Chars.isAnyOf(text[k], chars)) {
                return true;
            }
        }
        return false;
    }

    /** The given name of a full name of one or two characters after a surname of {@code surname} (李秉常 → 秉常), or null. */
    static String givenNameAfter(int[] fullName, int surname) {
        int rest = fullName.length - surname;
        return surname > 0 && rest >= 1 && rest <= 2 ? new String(fullName, surname, rest) : null;
    }

    /** Whether a prince's title opens at {@code at} (陳王佖, 康王構): a fief and 王, not a surname and a given name. */
    static boolean princeTitleAt(int[] text, int at) {
        return Chars.at(text, at + 1) == '王' && Chars.isAnyOf(Chars.at(text, at), NobleTitleRule.FIEFS);
    }

    /**
     * What an envoy sent (遣X) goes on to do: 告, 使, 詣, 赴, 如, 來 as before, and 報 (遣盧益報聘), 以 (遣楊璞以誓書…來),
     * 持 / 齎 / 賫 (bearing a letter), 奉, 諭, 押, 犒, 祭, 致.
     */
    private static final String ENVOY_ERRANDS = "告使詣赴如來来報以持齎賫奉諭押犒祭致";
    /** What a man sent or ordered goes to do in war: 討, 擊, 攻, 禦, 救, 捕, 屯, 戍, 援, 督. */
    private static final String SENT_TO_FIGHT = "討擊攻禦救捕屯戍援督";
    /** A second character that makes 遣 + surname a body of men, not a man: 遣王師以討之, 遣諸將. */
    private static final String NOT_AN_ENVOY = "師兵人使臣官吏將騎卒衆眾軍";

    /** Persons in frames where the name's both ends are fixed by the frame. */
    private static void persons(int[] text, List<Hit> hits) {
        for (int i = 0; i < text.length; i++) {
            int c = text[i];
            boolean opener = c == '以' || c == '命' || c == '遣' || c == '詔';
            boolean boundary = Chars.isBoundary(c);
            // 本紀 entries open on the day: 「乙未張昪以太子太師致仕」, 「壬申歐陽脩知亳州」.
            boolean afterDay = i >= 1 && Chars.isDayAt(text, i - 1);
            // Punctuated, the day is set off by a comma: 「丁未，秦熺卒」, 「丙午，衛涇罷」.
            boolean afterDayComma = c == '，' && Chars.isDayAt(text, i - 2);
            if (!opener && !boundary && !afterDay) {
                continue;
            }
            int start = i + 1;
            int surname = surnameLength(text, start);
            if (surname == 0) {
                continue;
            }
            // 「金主亮率…」: a state's ruler (金主) and his name, not a man surnamed 金.
            if (Chars.at(text, start + surname) == '主') {
                continue;
            }
            // 「以陳王佖為太師」, 「以魏王愷為…」: a prince's title and his given name, not a man surnamed 陳.
            if (surname == 1 && princeTitleAt(text, start)) {
                continue;
            }
            boolean found = false;
            for (int given = 2; given >= 1; given--) {
                int end = start + surname + given;
                if (end > text.length || !allHan(text, start, end) || text[end - 1] == '等'
                        || afterDay && (Chars.isDayAt(text, end - 2) || Chars.isDayAt(text, end - 1))) {
                    continue; // 「甲辰雷丙辰以地震」: thunder, then the next day
                }
                int after = Chars.at(text, end);
                // 「乙亥金遣使來」 unpunctuated as with the comma: a state's envoys, no name.
                boolean closes = afterDay ? Chars.isAnyOf(after, AFTER_DAY_NAME) && !anyOf(text, start + surname, end, NOT_IN_DAY_NAME)
                        : c == '以' ? after == '為'
                                || Chars.isAnyOf(after, "知判") && opensRecord(text, i) && (given == 2 || governs(text, end + 1))
                        // 遣趙不艱賀金主生辰: an envoy sent to congratulate; 命韓昱代之: a man commanded to take another's place.
                        // 金人遣呉孝民來議和: the envoy before 來 (遼遣耶律寛來賀 is 耶律寛, not 耶律寛來).
                        : opener ? Chars.isAnyOf(after, "為率將領知往帥等兼") || after == '，' || c == '遣' && (Chars.isAnyOf(after, ENVOY_ERRANDS) && !(given == 1 && Chars.isAnyOf(text[end - 1], NOT_AN_ENVOY))
                                || after == '賀' && !Chars.isAnyOf(text[end - 1], "來来使往入")) // 遼遣耶律寛來賀: 來 is the verb
                                || c == '命' && after == '代'
                                // 遣韋成甫討之, 命某救某州: a man sent or ordered to fight, hold or relieve; not 遣王師討 (troops).
                                || (c == '遣' || c == '命' || c == '詔') && Chars.isAnyOf(after, SENT_TO_FIGHT)
                                && !anyOf(text, start + surname, end, NOT_AN_ENVOY)
                        : Chars.isAnyOf(after, "等率") || (after == '反' || after == '叛' && given == 2) && Chars.isAnyOf(c, "，。；")
                                // 。王則反貝州, 。儂智髙叛嶺南; not 。金人叛盟, ，常有叛心 (a people, a verb: one character after the surname)
                                // 。范寧之至自金國: an envoy back from a court.
                                || after == '至' && Chars.at(text, end + 1) == '自' && Chars.isAnyOf(c, "，。；、")
                                || after == '言' && (Chars.isBoundary(Chars.at(text, end + 1))
                                || Chars.isAnyOf(Chars.at(text, end + 1), "曰於其"));
                // 「庚申，夏人來賀」, 「乙亥，金遣使來」: a state's men or envoys, no name.
                closes |= afterDayComma && Chars.isAnyOf(after, AFTER_DAY_NAME) && !anyOf(text, start + surname, end, NOT_IN_DAY_NAME);
                // 「許汝等州」 lists prefectures, not a person named 許汝.
                boolean placeList = after == '等' && Chars.isAnyOf(Chars.at(text, end + 1), "州軍縣路");
                if (closes && !placeList) {
                    hits.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end),
                            List.of(), "rule:person-frame", Hit.RULE));
                    found = true;
                    break;
                }
            }
            // Not a foreign court's envoys (金遣蒲察莎魯窩等來): their transcribed names are no surname and given name.
            if ((c == '遣' || c == '命') && !found
                    && !Chars.isAnyOf(Chars.at(text, i - 1), "金遼夏丹國主")) {
                gluedPair(text, start, surname, hits);
            }
        }
    }

    /**
     * Whether {@code at} opens a clause or a day's record (，以…, 丙申以…): there 以 X 知 Y appoints a man X (丙申，以陳誠之知
     * 樞密院). A one-character given name needs what he governs named after 知 ({@link #governs}): 以毛自知首論用兵 is
     * 毛自知, who first spoke for war, not 毛自.
     */
    private static boolean opensRecord(int[] text, int at) {
        return at == 0 || Chars.isBoundary(text[at - 1]) || Chars.isDayAt(text, at - 2);
    }

    /** Whether a prefecture or a bureau is named from {@code at}: 州, 府, 軍 or 院 as its second or third character. */
    private static boolean governs(int[] text, int at) {
        return Chars.isAnyOf(Chars.at(text, at + 1), "州府軍院") || Chars.isAnyOf(Chars.at(text, at + 2), "州府軍院");
    }

    /**
     * 「方遣孟宗政扈再興以百騎邀之」: unpunctuated, two men sent together run on, each a surname and one or two
     * characters; the second closes on the envoy's errand or the commander's verb, and where he ends fixes both.
     */
    private static void gluedPair(int[] text, int start, int surname, List<Hit> hits) {
        for (int first = 2; first >= 1; first--) {
            int mid = start + surname + first;
            int second = surnameLength(text, mid);
            if (second == 0 || mid > text.length || !allHan(text, start, mid) || princeTitleAt(text, mid)) {
                continue;
            }
            // Both given names of one length (曹彬潘美, 孟宗政扈再興): a Jurchen's transcribed name (蒲察莎魯窩) splits unevenly.
            int end = mid + second + first;
            if (end <= text.length && allHan(text, mid, end) && Chars.isAnyOf(Chars.at(text, end), PAIR_CLOSERS)
                    && !anyOf(text, start + surname, end, NOT_IN_PAIR)) {
                hits.add(new Hit(start, mid, MentionType.PER, null, OfficeCompoundRule.slice(text, start, mid), List.of(),
                        "rule:person-frame", Hit.RULE));
                hits.add(new Hit(mid, end, MentionType.PER, null, OfficeCompoundRule.slice(text, mid, end), List.of(),
                        "rule:person-frame", Hit.RULE));
                return;
            }
        }
    }

    /** What closes the second of two men sent together: 以 (以百騎), 等, 率, 將, 領, 帥, 分, 往, 救, 援, 討, 擊. */
    private static final String PAIR_CLOSERS = "以等率將領帥分往救援討擊";
    /** Never inside two names run together: the words of troops, envoys and verbs that such a frame also holds. */
    private static final String NOT_IN_PAIR = "兵師軍使人臣將卒騎之其以為等率領";

    /** Surnames as code points, longest first so 慕容 wins over a one-character reading. */
    private static final int[][] SURNAME_CODE_POINTS = java.util.Arrays.stream(SURNAMES)
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(s -> s.codePoints().toArray()).toArray(int[][]::new);
    private static final java.util.BitSet SURNAME_STARTS = new java.util.BitSet();
    private static final java.util.BitSet SINGLE_SURNAMES = new java.util.BitSet();
    /** The compound surnames (慕容, 完顏) by their first character, longest first: asked at every surname's start. */
    private static final CodePointTable<int[][]> COMPOUND_SURNAMES_BY_FIRST = new CodePointTable<>(java.util.Arrays.stream(SURNAMES)
            .filter(s -> s.codePointCount(0, s.length()) > 1).sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(s -> s.codePoints().toArray())
            .collect(java.util.stream.Collectors.groupingBy(cps -> cps[0], java.util.stream.Collectors.collectingAndThen(
                    java.util.stream.Collectors.toList(), list -> list.toArray(int[][]::new)))));
    private static final java.util.BitSet COMPOUND_STARTS = new java.util.BitSet();

    private static final java.util.BitSet SUFFIX_SET = new java.util.BitSet();

    static {
        for (int[] s : SURNAME_CODE_POINTS) {
            if (s.length > 1) {
                COMPOUND_STARTS.set(s[0]);
            }
            SURNAME_STARTS.set(s[0]);
            if (s.length == 1) {
                SINGLE_SURNAMES.set(s[0]);
            }
        }
        for (String s : PLACE_SUFFIXES) {
            SUFFIX_SET.set(s.codePointAt(0));
        }
    }

    static int surnameLength(int[] text, int at) {
        int first = Chars.at(text, at);
        if (first < 0 || !SURNAME_STARTS.get(first)) {
            return 0;
        }
        // Compound surnames first (慕容 before 慕), then the one-character ones by a set: this runs at every name.
        if (COMPOUND_STARTS.get(first)) {
            for (int[] cps : COMPOUND_SURNAMES_BY_FIRST.get(first)) {
                boolean match = true;
                for (int k = 1; k < cps.length && match; k++) {
                    match = Chars.at(text, at + k) == cps[k];
                }
                if (match) {
                    return cps.length;
                }
            }
        }
        return SINGLE_SURNAMES.get(first) ? 1 : 0;
    }

    /** 五十餘族, 兩族, 東諸族: a count or a collective of tribes, not a tribe's name. */
    private static boolean hasCount(int[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Chars.isChineseNumeral(text[k]) || text[k] == '餘' || text[k] == '諸') {
                return true;
            }
        }
        return false;
    }

    private static boolean allHan(int[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAny(int[] text, int at, String[] words) {
        for (String w : words) {
            if (text[at] == w.codePointAt(0)) {
                return true;
            }
        }
        return false;
    }
}
