package org.biannian.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biannian.authority.RoleWord;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.Era;

/**
 * Stage 1: dictionary hits, with the guards that keep short ambiguous names from firing everywhere.
 * Names of kind {@code given} (a given name alone) and single-character place abbreviations are
 * not matched here: {@link AliasStage} and {@link PlaceListRule} find them where context allows.
 */
final class DictionaryStage {

    /** Verbs and adverbs that follow 上 when it means the emperor (「上曰」, 「上怒」), not "submit" or "above". */
    private static final String RULER_ACTS = "曰謂因初戒怒悅喜嘉覽命遣詔問召以聞親顧意欲然不乃遂即許賜笑甚益慰憂歎幸御還臨";
    /** Characters that make 帝 part of a word (帝王, 帝號, 稱帝, 黃帝) rather than a reference to the emperor. */
    private static final String BEFORE_NOT_RULER = "稱武文黃炎五三為皇先后天上赤白青";
    private static final String AFTER_NOT_RULER = "王號位業室者都京系制后姬胄子女德道統";
    /** Words after a state name (金人, 周師) and before it (歸周, 降金) that make a guarded name a state. */
    private static final String STATE_AFTER = "人兵師主國將帝朝廷使臣境界地軍祖宗遣"; // 遣: 金遣完顏仲仁來賀
    private static final String STATE_BEFORE = "歸降附入犯侵寇朝事伐於與";
    /** Season words that are also single-character state names (夏). */
    private static final String SEASONS = "春夏秋冬";

    private DictionaryStage() {
    }

    /** {@code periodEras}: the era names a prefecture's stem is read as rather than the place ({@link #erasBetween}). */
    static List<Hit> hits(int[] text, Dictionary dictionary, Set<String> periodEras) {
        List<Hit> hits = new ArrayList<>();
        List<Hit> bareInLists = new ArrayList<>();
        dictionary.scan(text, (start, end, entries) -> {
            if ("bare".equals(entries.get(0).nameKind()) && allBare(entries) && !titleAllowed(text, start, end, entries.get(0))) {
                // Perhaps the next place of a list (寇桂陽江華, 寇桂陽、江華): decided once every other hit is in.
                bareInLists.add(toHit(start, end, MentionType.PLACE, entries));
                return;
            }
            if (entries.size() == 1) {
                Dictionary.Entry e = entries.get(0);
                if (e.type() != MentionType.WORK && !"given".equals(e.nameKind())
                        && (end - start > 1 || singleAllowed(text, start, e)) && titleAllowed(text, start, end, e)
                        && (e.type() != MentionType.ROLE || roleAllowed(text, start, end, e.role()))) {
                    hits.add(toHit(start, end, e.type(), entries));
                }
                return;
            }
            Map<MentionType, List<Dictionary.Entry>> byType = new LinkedHashMap<>();
            for (Dictionary.Entry entry : entries) {
                if (entry.type() == MentionType.WORK || "given".equals(entry.nameKind())) {
                    continue;
                }
                if (end - start == 1 && !singleAllowed(text, start, entry) || !titleAllowed(text, start, end, entry)) {
                    continue;
                }
                if (entry.type() == MentionType.ROLE && !roleAllowed(text, start, end, entry.role())) {
                    continue;
                }
                byType.computeIfAbsent(entry.type(), t -> new ArrayList<>()).add(entry);
            }
            for (Map.Entry<MentionType, List<Dictionary.Entry>> group : byType.entrySet()) {
                hits.add(toHit(start, end, group.getKey(), group.getValue()));
            }
        });
        addListedBareNames(text, hits, bareInLists, dictionary, periodEras);
        return hits;
    }

    /** How near a county's point must lie to a prefecture's to be read as one of its counties (about 110 km). */
    private static final double COUNTY_REACH_DEGREES = 1.0;

    /**
     * Whether the bare county right after a prefecture (吉州新淦, 袁州新喻, 潞州上黨人) is one of that prefecture's, by the
     * gazetteer's points: then it is a place whatever its first character (新 and 上 open no list otherwise).
     */
    private static boolean countyOf(int[] text, Hit county, Hit prefecture, Dictionary dictionary) {
        if (prefecture == null || era(text, county.end()) || longerName(text, county.end())) {
            return false;
        }
        Dictionary.Entry seat = dictionary.first(text, prefecture.start(), prefecture.end(), MentionType.PLACE);
        if (seat == null || seat.record() == null || seat.record().coordinates() == null) {
            return false;
        }
        for (Dictionary.Entry e : dictionary.lookup(text, county.start(), county.end())) {
            org.biannian.authority.Coordinates c = e.record() == null ? null : e.record().coordinates();
            if ("bare".equals(e.nameKind()) && c != null
                    && Math.abs(c.latitude() - seat.record().coordinates().latitude()) <= COUNTY_REACH_DEGREES
                    && Math.abs(c.longitude() - seat.record().coordinates().longitude()) <= COUNTY_REACH_DEGREES) {
                return true;
            }
        }
        return false;
    }

    /**
     * A county named bare right after another place (寇桂陽江華, 寇桂陽、江華) is the next place of the list
     * the verb governs; the chain is followed left to right. One right before a post (章丘主簿, 河陽判官)
     * is the place the post is of.
     */
    private static void addListedBareNames(int[] text, List<Hit> hits, List<Hit> bare, Dictionary dictionary, Set<String> periodEras) {
        if (bare.isEmpty()) {
            return;
        }
        java.util.BitSet placeEnds = new java.util.BitSet(text.length + 1);
        java.util.BitSet postStarts = new java.util.BitSet(text.length + 1);
        Map<Integer, Hit> prefectureAt = new java.util.HashMap<>();
        for (Hit h : hits) {
            if (h.type() == MentionType.PLACE && h.length() >= 2) {
                if (Chars.isAnyOf(text[h.end() - 1], "州軍府")) {
                    prefectureAt.put(h.end(), h);
                }
                placeEnds.set(h.end());
            } else if (h.type() == MentionType.OFFICE && LOCAL_POSTS.contains(h.canonical())) {
                postStarts.set(h.start());
            }
        }
        bare.sort(java.util.Comparator.comparingInt(Hit::start));
        for (Hit h : bare) {
            int before = Chars.at(text, h.start() - 1) == '、' ? h.start() - 1 : h.start();
            // 夏州故城 is the old city of 夏州, not the county 故城: a generic first character ends the list.
            // 衢州江山縣尉: a listed name may go on into its post (縣尉), but not into an era (閬州乾德初).
            // The generic first characters (河, 山, 大) end a list, not a county's name before its own post (河陽判官).
            boolean listed = placeEnds.get(before) && !era(text, h.end()) && !Chars.isAnyOf(text[h.start()], NameRules.NOT_A_STEM)
                    || countyOf(text, h, prefectureAt.get(h.start()), dictionary);
            if (listed || (postStarts.get(h.end()) || countyPost(text, h.end())) && !longerName(text, h.end())) {
                hits.add(h);
                placeEnds.set(h.end());
                continue;
            }
            Dictionary.Entry prefecture = prefectureByStem(text, h, dictionary, periodEras);
            if (prefecture != null) {
                hits.add(new Hit(h.start(), h.end(), MentionType.PLACE, prefecture.id(), prefecture.canonical(), List.of(),
                        STEM_FOUND_BY, Hit.DICTIONARY));
                placeEnds.set(h.end());
            } else if (troopsMoved(text, h.start()) && !longerName(text, h.end()) && !era(text, h.end())) {
                // The county itself where no prefecture is named by the same stem (駐師合肥; 駐軍建康 is 建康府).
                hits.add(h);
                placeEnds.set(h.end());
            }
        }
    }

    /**
     * 鎮安軍, 桂陽監: the bare county's name begins another unit's, which the suffix rules find. (A fort or the
     * county itself, 三川砦, 新昌縣, is built on the bare name by {@link SuffixedPlaceRule}.)
     */
    private static boolean longerName(int[] text, int end) {
        return Chars.isAnyOf(Chars.at(text, end), "州府軍監路郡");
    }

    /** 乾德初, 乾德二年, 乾德元年: the bare name is an era (楚丘淄川三縣 is not). */
    private static boolean era(int[] text, int end) {
        int next = Chars.at(text, end);
        if (Chars.isAnyOf(next, "初中末")) {
            return true;
        }
        int k = end;
        while (k < text.length && (text[k] == '元' || Chars.isChineseNumeral(text[k]))) {
            k++;
        }
        return k > end && Chars.at(text, k) == '年';
    }

    private static boolean allBare(List<Dictionary.Entry> entries) {
        for (Dictionary.Entry e : entries) {
            if (!"bare".equals(e.nameKind())) {
                return false;
            }
        }
        return true;
    }

    private static Hit toHit(int start, int end, MentionType type, List<Dictionary.Entry> entries) {
        if (entries.size() == 1) {
            Dictionary.Entry e = entries.get(0);
            return new Hit(start, end, type, e.id(), e.canonical(), List.of(), "dictionary", Hit.DICTIONARY);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Dictionary.Entry e : entries) {
            candidates.add(new Candidate(e.id(), e.canonical(), 1.0 / entries.size()));
        }
        return new Hit(start, end, type, null, entries.get(0).canonical(), candidates, "dictionary", Hit.DICTIONARY);
    }

    /** Before a hall where something is done: the rites (祀, 饗, 享, 宗祀), 於 / 于, and the court's coming (御, 詣, 就, 開). */
    private static final String AT_HALL = "祀饗享祠于於扵御詣就赴開建宴餞";
    /**
     * Verbs of movement, attack, rule and defence (扞武昌), and prepositions of place: a county named without 縣 (江華, 富川) is a
     * place only after one (寇桂陽, 克富川, 知大名), since many county names are also words (太平, 永興).
     */
    private static final String BEFORE_BARE_PLACE = "至屯攻入知判寇克戍次下拔趨徙圍陷守救襲出趣抵赴還如幸過渡奔走遁據於于自犯侵略掠取復城築發鎮駐陣經扞捍";

    /** 「駐師合肥」, 「屯兵丹陽」, 「移師當塗」: a verb of stationing or moving and the troops, then where. */
    private static boolean troopsMoved(int[] text, int start) {
        return Chars.isAnyOf(Chars.at(text, start - 1), "師兵軍") && Chars.isAnyOf(Chars.at(text, start - 2), "駐屯移進還留");
    }
    /** A county's one-character post closing its clause (即墨令；, 興平令。): the magistrate, sheriff, or assistant. */
    static boolean countyPost(int[] text, int at) {
        return Chars.isAnyOf(Chars.at(text, at), "令尉丞") && (at + 1 == text.length || Chars.isBoundary(text[at + 1]));
    }

    /** How {@link #prefectureByStem} marks what it finds. */
    static final String STEM_FOUND_BY = "dictionary+stem";
    /** After a stem, what makes it the start of a building's or a tomb's name (永定陵, 萬安宮), not the prefecture. */
    private static final String BUILDING_AFTER_STEM = "陵宮殿寺院觀門橋閣樓堂亭";
    /** A negation first makes a stem a phrase (無為左丞), as does 平 after a verb of campaign (討平南雄). */
    private static final String CAMPAIGN_BEFORE_PING = "討征蕩削擊勦剿";

    /** The era names of which some era falls between the two years (AD), for {@link #prefectureByStem}. */
    static Set<String> erasBetween(ChineseCalendar calendar, int firstYear, int lastYear) {
        Set<String> names = new java.util.HashSet<>();
        for (String name : calendar.eraNames()) {
            for (Era era : calendar.erasNamed(name, null)) {
                if (era.firstLunarYear() <= lastYear && era.lastLunarYear() >= firstYear) {
                    names.add(name);
                }
            }
        }
        return Set.copyOf(names);
    }

    /**
     * The prefecture a bare name is the stem of, where it stands for the prefecture anywhere: 真定藁城人, 大名賈昌朝又薦,
     * 順昌圍解 (a county's bare name needs a verb before it, since many are words: 太平, 永興). Not the name of an era of the
     * period (太平, 大安, 慶元: the era is meant far more often), nor a building's (永定陵), nor a given name after a surname
     * (受趙懷德降). Measured on 26 juans of 宋史 by hand: 199 stems, 25 wrong before these guards.
     */
    private static Dictionary.Entry prefectureByStem(int[] text, Hit bare, Dictionary dictionary, Set<String> periodEras) {
        int start = bare.start();
        int end = bare.end();
        if (end - start < 2 || era(text, end) || longerName(text, end) || Chars.isAnyOf(Chars.at(text, end), BUILDING_AFTER_STEM)
                || text[start] == '無' || text[start] == '平' && Chars.isAnyOf(Chars.at(text, start - 1), CAMPAIGN_BEFORE_PING)
                || NameRules.surnameLength(text, start - 1) == 1) {
            return null;
        }
        Dictionary.Entry prefecture = dictionary.prefectureOfStem(text, start, end);
        return prefecture == null || periodEras.contains(new String(text, start, end - start)) ? null : prefecture;
    }

    /** Posts held in a county or prefecture, which a bare county name before them is the place of (章丘主簿). */
    private static final java.util.Set<String> LOCAL_POSTS = java.util.Set.of("令", "縣令", "主簿", "尉", "縣尉", "丞", "縣丞",
            "判官", "推官", "監軍", "都監", "兵馬都監", "監押", "巡檢", "鈐轄", "都鈐轄", "節度使", "觀察使", "防禦使", "團練使",
            "刺史", "通判", "宣撫使", "安撫使", "都部署", "部署", "總管", "都總管", "留守", "知府", "知州");

    /** Posts whose name is also the verb "to teach". */
    private static final Set<String> TEACHING_POSTS = Set.of("教授");
    /** What follows the verb: whom or where one teaches (鄉里, 諸生, 弟子, 於家), or 為 (教授為業). */
    private static final String TAUGHT = "鄉郷里生弟諸於于學者為其數";

    /** Words before a posthumous title that name it as one: 謚曰神武, 諡號神武, 號曰. */
    private static final String TITLE_FRAMES = "謚諡號曰尊";
    /** Words after one: 神武皇帝, 神武帝, 神武王. */
    private static final String TITLE_ENDS = "皇帝王";

    /**
     * A short posthumous title (神武) is also an everyday phrase (「神武不殺」 in 李繼遷's own memorial): it
     * names its holder only where the context says it is a title — 謚曰神武, 神武皇帝. Long conferred titles
     * (應運法天…皇帝) are names wherever they stand.
     */
    private static boolean titleAllowed(int[] text, int start, int end, Dictionary.Entry entry) {
        if (entry.type() == MentionType.OFFICE && Chars.at(text, end) == '省') {
            return false; // 入内内侍省, 尚書省: the department, not its officer
        }
        // 教授 is also "to teach" (以教授為業, 教授鄉里, 教授諸生): a post only where no such frame surrounds it.
        if (entry.type() == MentionType.OFFICE && TEACHING_POSTS.contains(entry.canonical())
                && (Chars.at(text, start - 1) == '以' || Chars.isAnyOf(Chars.at(text, end), TAUGHT))) {
            return false;
        }
        // 醴泉觀使, 景靈宮使: the commissioner's title, which the golds tag whole with nothing nested.
        if (entry.type() == MentionType.PLACE && Chars.isAnyOf(text[end - 1], "宮觀") && Chars.isAnyOf(Chars.at(text, end), "使副")) {
            return false;
        }
        // 明堂, 資善堂: a hall is a place where a rite or a meeting is held in it (祀明堂, 於資善堂, 開資善堂); 明堂禮, 明堂赦 and
        // 資善堂翊善 are the rite's and the post's, which the golds leave untagged.
        if (entry.type() == MentionType.PLACE && entry.record() != null && "堂".equals(entry.record().subtype())
                && !Chars.isAnyOf(Chars.at(text, start - 1), AT_HALL)) {
            return false;
        }
        if (entry.type() == MentionType.POLITY && text[end - 1] == '元' && Chars.at(text, end) == '帥') {
            return false; // 大元帥: the supreme command, no state 大元
        }
        if ("bare".equals(entry.nameKind())) {
            return Chars.isAnyOf(Chars.at(text, start - 1), BEFORE_BARE_PLACE) && !longerName(text, end) && !era(text, end);
        }
        if (!"posthumous".equals(entry.nameKind()) || end - start > 4) {
            return true;
        }
        // Or right after its dynasty (後魏道武末): 宋史 writes 道武 six times, never for him (道武昌, by way of 武昌; 諸道武盛軍).
        return Chars.isAnyOf(Chars.at(text, start - 1), TITLE_FRAMES) || Chars.isAnyOf(Chars.at(text, end), TITLE_ENDS)
                || Chars.isIn(Chars.at(text, start - 1), FormerRulerRule.DYNASTIES);
    }

    private static boolean singleAllowed(int[] text, int start, Dictionary.Entry entry) {
        int c = text[start];
        int next = Chars.at(text, start + 1);
        return switch (entry.type()) {
            // 宋, 遼, 唐…: a state name unless it opens a date (夏四月) or a season pair (夏秋).
            case POLITY -> (!"guarded".equals(entry.nameKind())
                    || Chars.isAnyOf(next, STATE_AFTER) || Chars.isAnyOf(Chars.at(text, start - 1), STATE_BEFORE))
                    && !(SEASONS.indexOf(c) >= 0 && (Chars.isChineseNumeral(next) || "正閏月".indexOf(next) >= 0
                    || SEASONS.indexOf(next) >= 0 || SEASONS.indexOf(Chars.at(text, start - 1)) >= 0));
            case GROUP -> true;
            case ROLE -> true;
            default -> false;
        };
    }

    private static boolean roleAllowed(int[] text, int start, int end, RoleWord role) {
        int before = Chars.at(text, start - 1);
        int after = Chars.at(text, end);
        return switch (role.guard()) {
            case "framed" -> (Chars.isBoundary(before) || before == '」') && Chars.isAnyOf(after, RULER_ACTS);
            case "standalone" -> !Chars.isAnyOf(before, BEFORE_NOT_RULER) && !Chars.isAnyOf(after, AFTER_NOT_RULER)
                    && !Chars.isBoundary(after);
            default -> true;
        };
    }
}
