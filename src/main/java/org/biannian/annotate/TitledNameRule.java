package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Persons named after their title, the commonest frame of the annals: 「團練使曹光實」, 「觀察使杜彥圭副之」,
 * 「刺史趙彥辛以城降」. A surname right after an OFFICE hit opens a name of one or two more characters;
 * the name ends where a boundary or a verb that follows names (為, 副, 以, 坐, 罷…) begins, a
 * two-character given name preferred.
 */
final class TitledNameRule {

    /** Characters that commonly follow a person's name in annals: verbs of appointment, action, death. */
    static final String KINSMAN_FOUND_BY = "rule:kinsman";
    static final String AFTER_NAME = "為副以坐罷等率來言卒薨死知兼充與及之討破敗擊攻請上奏遣將領同並并亦復又自入出還請獻貶責改引棄遁叛詣皆弑殺赴措斬謀所而于於第";

    /** Closers that are also common given-name characters: 守 (石守信), 報, 依, 遣, 曰, 叛, 既, 加, 進, 行 (文彦博行尚書左僕射). */
    static final String SOFT_AFTER_NAME = "守報依遣曰叛既加進行使降圍寇冦宼陷作";

    private static final String ANY_AFTER_NAME = AFTER_NAME + SOFT_AFTER_NAME;
    /**
     * More verbs that close a one-character given name right after its holder's title: 團練使梁廻監護之, 都統蕭琦降于,
     * 宗正郭玘祀周陵廟, 右拾遺劉稹薦其才, 指揮使王琪被旨 (HeldOutGoldTest's pool: 15 more right, none wrong). Not a
     * two-character one: over all of 宋史 they were mostly a verb taken into the name (內侍何訴謫監,
     * 副使張壽各降, 殿前承旨劉吉馳往).
     */
    private static final String AFTER_TITLED_NAME = "降乞隸往祀招監提戍戰諫諌薦被持據捕按犯議欲";
    /**
     * Verbs of war that close a two-character given name after its holder's title: 統制崔德眀襲敗金兵, 廵檢傅永吉追至采石.
     * Not 屯 (軍主史不駐屯: 駐屯 is one verb) or 犯 (通判寇楊就犯: 寇 the bandit); never after an adverb (錢俶特追封).
     */
    private static final String AFTER_TITLED_FULL_NAME = "襲追擁拒戍";
    /** Verbs before 戍 (a garrison reduced, moved, kept): 轉運使柳灝减戍卒 is no 柳灝减. */
    private static final String BEFORE_GARRISON = "減减增留分撤罷遣發調移屯";
    private static final String ADVERBS = "特並竝皆亦又復仍各遂乃即尋";
    /**
     * Verbs that close a name of surname and two characters after a title, though a one-character given name may hold
     * them (王至): 沔州都統劉昌祖至皂郊, 鄂州統制劉世榮會兵, 楚州鈐轄梁昭祖焚金人糧舟, 監察御史沈繼祖録淹囚, 中書舍人范仲藝力争.
     */
    private static final String AFTER_FULL_NAME = "至會焚録錄力";
    /** A title's man of one given character closed only by a verb no name of the packs ends on ({@link #unnamedVerbAt}). */
    static final String BEFORE_VERB_FOUND_BY = "rule:person-before-verb";
    /** Verbs of taking an office away, before the man's title: 奪祕書正字胡珵官 (his 官 closes the name). */
    private static final String TAKEN = "奪削追落";

    /** Whether a verb of {@link #TAKEN} opens the title chain ending at {@code titleStart}'s title, within a few characters. */
    private static boolean takenBefore(int[] text, int titleStart) {
        for (int k = titleStart - 1; k >= 0 && k >= titleStart - 8 && !Chars.isBoundary(text[k]); k--) {
            if (Chars.isAnyOf(text[k], TAKEN)) {
                return true;
            }
        }
        return false;
    }
    /** Adverbs and verbs that run a clause on after a man: never the last of a two-character given name after a title. */
    private static final String NOT_LAST_OF_TWO = "未不嘗共俱並竝無後追退馳走奔送附謂衝降歿沒没"; // not 已: 克己, 約己 are written 克已; 降, 歿: 蕭琦降于, 張順歿於
    /** Adverbs before such a verb, never a name's last character: 太尉劉錡甫至 ("had just arrived"). */
    private static final String ADVERBS_BEFORE_GOING = ADVERBS + "甫始方纔才已";
    /** Verbs of promotion, which after 以 and a word make no name before the office (以勞加侍御史, 以功遷…). */
    private static final String PROMOTIONS = SOFT_AFTER_NAME + "遷授拜除擢補轉";
    private static final String AFTER_NAME_IN_LIST = AFTER_NAME + "、";
    /** First characters of the verbs of a joint or pursuing attack (夾擊, 合擊, 追擊, 邀擊, 掩擊), never a name's last. */
    private static final String JOINT_ATTACK = "夾合追邀掩";

    /** Whether a verb of joint attack starts at {@code at} (王進夾擊: the name is 王進, not 王進夾). */
    private static boolean attackVerbAt(int[] text, int at) {
        return Chars.isAnyOf(Chars.at(text, at), JOINT_ATTACK) && Chars.isAnyOf(Chars.at(text, at + 1), "擊攻討");
    }

    private TitledNameRule() {
    }

    /**
     * Words for a man that are not offices but, like a title, stand right before his name: 「南唐降將周成」,
     * 「湖南叛將汪端」, 「其里人王密」, 「部將張凝」. The name must open with a surname.
     */
    private static final String[] PERSON_NOUNS = {"降將", "叛將", "部將", "大將", "裨將", "偏將", "驍將", "舊將", "故將", "其將", "里人", "門人", "宦者", "其臣", "其使",
        "州將", "府將", "守臣", "兵官", "愛將", "牙將", "壯士", "首領", "郡人", "州人", "邑人", "郡卒", "里胥", "太學生", "劇賊", "羣盜", "群盜", "賊", "盜", "叛卒", "進士", "處士", "布衣", "軍士", "小校", "都頭", "民",
        // Generals named by their side or errand: 擊金將韓常, 遣將閻充, 守將李某.
        "金將", "敵將", "賊將", "守將", "遣將", "主將",
        // A chief of the southern tribes (宜州蠻歐希範叛, 安化蠻蒙光漸等犯), a sorcerer, a petty officer (軍校呂翰殺).
        "蠻", "蠻酋", "蠻賊", "妖人", "軍校",
        // A commander over him, another general, a tribal general, their chief (主帥李復圭以…, 他將王寧, 蕃將瞎藥, 降其酋舒光貴).
        "主帥", "他將", "蕃將", "其酋"};
    /** What a bandit does after his name: raids, burns, takes, invades, plunders, holds (賊靳賽寇光山縣, 軍賊孫琦焚隨州). */
    private static final String BANDITS_DO = "寇宼焚陷犯掠剽劫據";
    /** What the tribes do right after their name, not a man's surname: 寇 (寇邊), 犯, 叛, 入, 內, 來, 擾, 掠, 攻, 降. */
    private static final String TRIBES_DO = "寇犯叛入內内來擾掠攻降";
    /** The last characters of those words, the cheap test at every character. */
    private static final java.util.BitSet PERSON_NOUN_ENDS = new java.util.BitSet();

    static {
        for (String noun : PERSON_NOUNS) {
            PERSON_NOUN_ENDS.set(noun.codePointBefore(noun.length()));
        }
    }
    private static final int[][] PERSON_NOUN_CODE_POINTS = java.util.Arrays.stream(PERSON_NOUNS).map(w -> w.codePoints().toArray())
            .toArray(int[][]::new);

    /** Words after a state's 主 that are what the ruler does or has, not his name: 金主殂, 夏主遣使, 遼主親征, 遼主生辰. */
    private static final String RULER_ACTS = "殂崩薨卒死立即位入出遣使令命詔聞怒喜懼自親欲乃以將既又復亦已嘗遂不在之與及為曰謂生";

    /**
     * A ruler by his given name after his state's title (金主亮, 金主璟, 夏主秉常): the title is the ROLE the packs know,
     * the one or two characters after it, before what he does, the man.
     */
    private static void rulersByName(int[] text, List<Hit> hits, List<Hit> names) {
        for (Hit h : hits) {
            // 金主亮 (a role word the packs know), or a state and 主 (北漢主劉鈞卒): the ruler's name after it.
            boolean role = h.type() == MentionType.ROLE && h.length() >= 2 && text[h.end() - 1] == '主';
            boolean stateRuler = h.type() == MentionType.POLITY && Chars.at(text, h.end()) == '主';
            // 占城國王波美税遣使, 三佛齊國主釋利鳥耶遣使: a foreign king sending envoys, his name however transcribed.
            if (h.type() == MentionType.POLITY && Chars.at(text, h.end()) == '國' && Chars.isAnyOf(Chars.at(text, h.end() + 1), "王主")) {
                kingSendingEnvoys(text, h.end() + 2, names);
            }
            if (!role && !stateRuler) {
                continue;
            }
            int at = role ? h.end() : h.end() + 1;
            // Three characters only as a surname and a given name of two (北漢主劉繼元).
            for (int given = NameRules.surnameLength(text, at) == 1 ? 3 : 2; given >= 1; given--) {
                int end = at + given;
                if (end >= text.length || !allNameCharacters(text, at, end) || Chars.isAnyOf(text[at], RULER_ACTS)
                        || given >= 2 && Chars.isAnyOf(text[at + 1], RULER_ACTS)) {
                    continue;
                }
                // What follows is what he does (率, 遣, 殂, 徙, 犯, 以) or the clause's end.
                if (Chars.isBoundary(text[end]) || Chars.isAnyOf(text[end], AFTER_NAME + "殂徙犯切")) {
                    names.add(new Hit(at, end, MentionType.PER, null, OfficeCompoundRule.slice(text, at, end), List.of(),
                            "rule:ruler-name", Hit.RULE));
                    break;
                }
            }
        }
    }

    /** The longest foreign king's name {@link #kingSendingEnvoys} reads (釋利鳥耶, 悉利陀盤印茶). */
    private static final int LONGEST_KINGS_NAME = 6;

    /** The king's name from {@code at} up to 遣使 (in 宋史 about 15 times, 占城, 三佛齊, 大食, 髙麗), if any. */
    private static void kingSendingEnvoys(int[] text, int at, List<Hit> names) {
        for (int end = at + 1; end <= at + LONGEST_KINGS_NAME && end + 1 < text.length; end++) {
            if (!allNameCharacters(text, end - 1, end) || Chars.isAnyOf(text[end - 1], RULER_ACTS)) {
                return;
            }
            if (text[end] == '遣' && text[end + 1] == '使') {
                names.add(new Hit(at, end, MentionType.PER, null, OfficeCompoundRule.slice(text, at, end), List.of(),
                        "rule:ruler-name", Hit.RULE));
                return;
            }
        }
    }

    /**
     * {@code hits} and, for each place before 帥, the governor's title it makes (熙帥姚古, 京湖帥李大性, 蜀帥余玠), and for
     * each state before 將, 帥 or 使 its general's or envoy's (遼將蕭幹): the guidelines tag the place or state, not the
     * word after it, but the man after it is named by the title's frame. The titles are only read here.
     */
    private static final String GOVERNOR_NOT_BEFORE = ShortPlaceRule.LED + "士校佐領臣人者";

    private static List<Hit> withGovernors(int[] text, List<Hit> hits) {
        List<Hit> titles = new ArrayList<>(hits);
        for (Hit h : hits) {
            int next = Chars.at(text, h.end());
            boolean governor = h.type() == MentionType.PLACE && next == '帥';
            // 遼將蕭幹, 金帥撒離曷, 金使高居安: a state's general or envoy, titled by the state.
            boolean stateMan = h.type() == MentionType.POLITY && (next == '將' || next == '帥' || next == '使');
            // Not 帥 the verb (帥師, 帥其屬: ShortPlaceRule.LED), nor the state's soldiers or officers (將士, 將校, 使臣).
            if ((governor || stateMan) && !Chars.isAnyOf(Chars.at(text, h.end() + 1), GOVERNOR_NOT_BEFORE)) {
                titles.add(new Hit(h.start(), h.end() + 1, MentionType.OFFICE, null, OfficeCompoundRule.slice(text, h.start(), h.end() + 1),
                        List.of(), "rule:governor", Hit.RULE));
            }
            // 權成都府馮有碩, 權巴州何震之: the acting governor of a prefecture, which the golds tag as its place only, frames
            // the man after it as a title would.
            if (h.type() == MentionType.PLACE && Chars.at(text, h.start() - 1) == '權' && Chars.isAnyOf(text[h.end() - 1], "州府軍監")) {
                titles.add(new Hit(h.start() - 1, h.end(), MentionType.OFFICE, null, OfficeCompoundRule.slice(text, h.start() - 1, h.end()),
                        List.of(), "rule:acting-governor", Hit.RULE));
            }
        }
        return titles;
    }

    /** {@code hits}: the hits so far; returns new PER hits only. */
    static List<Hit> hits(int[] text, List<Hit> hits, Dictionary dictionary) {
        List<Hit> names = new ArrayList<>();
        rulersByName(text, hits, names);
        beforeAppointment(text, hits, names);
        afterPersonNouns(text, names);
        listedAfterPersons(text, hits, names);
        listedBeforePersons(text, hits, names);
        envoysSent(text, hits, names);
        // What the hits cover but dates (a day may open the clause a name opens): read by three frames, made once.
        java.util.BitSet covered = new java.util.BitSet(text.length + 1);
        for (Hit h : hits) {
            if (h.type() != MentionType.DATE) {
                covered.set(h.start(), h.end());
            }
        }
        pairedNames(text, covered, names);
        womenBySurname(text, names);
        namesAWordFixes(text, hits, names);
        forebearsBeforeTheirPosts(text, hits, covered, names);
        framedClauses(text, hits, covered, names);
        // A name also ends where the next title or state begins: 「南唐王李景吳越王錢俶」.
        java.util.BitSet titleStarts = new java.util.BitSet(text.length + 1);
        // Where a place was found by its frame (髙平之戰), a surname-shaped word is that place, not a man.
        java.util.BitSet placeStarts = new java.util.BitSet(text.length + 1);
        for (Hit h : hits) {
            if (h.type() == MentionType.OFFICE || h.type() == MentionType.POLITY) {
                titleStarts.set(h.start());
            }
            if (h.type() == MentionType.PLACE) {
                placeStarts.set(h.start());
            }
        }
        // Two-character names the packs know, by start: after a title and another surname they are a man's given name
        // and fix where his name ends (統制崔德眀襲敗金兵: 德明 is 李德明's, the man is 崔德眀).
        Hit[] knownGivenAt = new Hit[text.length + 1];
        for (Hit h : hits) {
            if (h.type() == MentionType.PER && h.priority() == Hit.DICTIONARY && h.length() == 2) {
                knownGivenAt[h.start()] = h;
            }
        }
        for (Hit office : withGovernors(text, hits)) {
            if (office.type() == MentionType.PLACE && Chars.isAnyOf(Chars.at(text, office.end() - 1), "州軍府")) {
                reporter(text, office, names);
                continue;
            }
            // Nor the ranks without a fief (親王, 郡王: 宰相、親王、樞密使, a class of men; no man is named after them).
            if (office.type() != MentionType.OFFICE || office.length() == 2 && Chars.isAnyOf(text[office.start()], "親郡")
                    && text[office.end() - 1] == '王') {
                continue;
            }
            int start = office.end();
            int surname = placeStarts.get(start) || Chars.isDayAt(text, start) ? 0 : NameRules.surnameLength(text, start);
            if (surname == 0 && !placeStarts.get(start) && Chars.isAnyOf(Chars.at(text, start), TITLED_SURNAMES)) {
                surname = 1;
            }
            if (surname > 0 && NameRules.princeTitleAt(text, start)) {
                continue; // 為賢妃康王構為…: the next title (康王) begins, no man surnamed 康
            }
            // 駙馬都尉曹晟使金軍, 王俅使之: 使 before a state or 之 is his errand, not the end of his name.
            if (surname > 0 && Chars.at(text, start + surname + 1) == '使' && allNameCharacters(text, start + surname, start + surname + 1)
                    && (titleStarts.get(start + surname + 2) || Chars.at(text, start + surname + 2) == '之')) {
                names.add(new Hit(start, start + surname + 1, MentionType.PER, null, OfficeCompoundRule.slice(text, start, start + surname + 1),
                        List.of(), "rule:person-after-title", Hit.RULE));
                continue;
            }
            // Princes of the imperial clan go by given name after their title: 「越王元份進封雍王」, and in later
            // generations by one character: 「東陽郡王顥進封昌王」, 「樂安郡王頵乞解官」, the heir too (皇太子詢薨). A
            // character that is also a surname is the prince's name where one character closes (京兆郡王桓為定王).
            boolean heir = office.length() == 2 && text[office.start()] == '太' && text[office.end() - 1] == '子'
                    && Chars.at(text, office.start() - 1) == '皇';
            boolean princely = (office.priority() == Hit.STRUCTURE || office.length() <= 4 && text[office.end() - 1] == '王')
                    && Chars.isAnyOf(text[office.end() - 1], "王公侯") || heir;
            if (surname > 0 && princely && !placeStarts.get(start) && princeNameEnd(text, start, titleStarts) == start + 1
                    && (Chars.isAnyOf(Chars.at(text, start + 1), "為爲並竝薨卒乞") || princeListed(text, start + 1, titleStarts))) {
                surname = 0;
            }
            if (surname == 0) {
                if (princely) {
                    int end = princeNameEnd(text, start, titleStarts);
                    // The heir by one character only, where his clause goes on (皇太子詢薨): 皇太子侍立 is words (and 皇太子妃
                    // his consort, as 恭王妃 a prince's: 妃 opens no prince's name).
                    if (end > 0 && !(heir && (end != start + 1 || Chars.isBoundary(Chars.at(text, end))))) {
                        names.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                                "rule:prince-after-title", Hit.RULE));
                    }
                }
                continue;
            }
            // 皇太后李氏諡曰, 太皇太后呉氏崩: a woman by her family's name and 氏, which closes it whatever follows.
            if (Chars.at(text, start + surname) == '氏') {
                names.add(new Hit(start, start + surname + 1, MentionType.PER, null, OfficeCompoundRule.slice(text, start, start + surname + 1),
                        List.of(), "rule:person-after-title", Hit.RULE));
                continue;
            }
            for (int given = 2; given >= 1; given--) {
                int end = start + surname + given;
                // 知太平州孟之縉皆以城降: 之 opens many given names, read so where a firm closer follows the name.
                // Not kin (中書舍人鞏之孫: 曾鞏's grandson).
                boolean zhiName = given == 2 && end < text.length && text[start + surname] == '之' && allNameCharacters(text, end - 1, end)
                        && !Chars.isAnyOf(text[end - 1], KIN_AFTER_ZHI) && (Chars.isBoundary(text[end]) || Chars.isAnyOf(text[end], AFTER_NAME));
                // 制置使蒲擇之坐…, 吏部員外郎林之平為…: 之 also ends given names, before a firm closer; not 之為人 (his character).
                boolean zhiLast = given == 2 && end < text.length && text[end - 1] == '之'
                        && allNameCharacters(text, start + surname, end - 1)
                        && (Chars.isBoundary(text[end]) || text[end] == '、' || Chars.isAnyOf(text[end], AFTER_NAME) && text[end] != '之'
                        || text[end] == '守') // 權巴州何震之守城死
                        && !Chars.isAnyOf(text[end], KIN_AFTER_ZHI) && !(text[end] == '為' && Chars.at(text, end + 1) == '人');
                // 參謀官金兵深入: a state's troops after the title, not a man surnamed 金. 知府何不去, 何敢食言: a question
                // (why not, how dare), no man surnamed 何; a given name of two never opens on 不 or 敢 (完顏賽不 ends on it).
                if (end > text.length || !zhiName && !zhiLast && !allNameCharacters(text, start + surname, end)
                        || Chars.isAnyOf(text[start + surname], TROOPS) || given == 2 && Chars.isAnyOf(text[start + surname], "不敢")) {
                    continue;
                }
                int after = Chars.at(text, end);
                // 御史中丞張澂言，, 尚書蔡沈曰：: 言 or 曰 before the clause's end is what he said, not his name's last character.
                // 知州楊嗣議出兵: 議 ("to plan") before a verb, and 欲 ("about to") anywhere, are the man's verbs, never his name's end.
                if (given == 2 && ((text[end - 1] == '言' || text[end - 1] == '曰') && Chars.isBoundary(after) || text[end - 1] == '欲'
                        || text[end - 1] == '議' && Chars.isAnyOf(after, AFTER_NAME))) {
                    continue;
                }
                if (given == 2 && (after == '之' && Chars.isAnyOf(text[end - 1], VERBS_BEFORE_OBJECT) || text[end - 1] == '親' || text[end - 1] == '躬'
                        || titleStarts.get(end - 1) || text[end - 1] == '夜' && Chars.isAnyOf(after, BY_NIGHT))) {
                    continue; // 孟揆親往: 親 goes with the verb; 孫近參知政事: the title begins at 參; 陳嚴夜遁: by night
                }
                // A two-character given name may also close on a word that can stand inside a name (石守信守太師 is
                // read 石守信 + 守, 王溥守司空 as 王溥 + 守); a one-character one only on a firm closer.
                boolean verbAndObject = Chars.isAnyOf(after, VERBS_BEFORE_OBJECT) && Chars.at(text, end + 1) == '之';
                Hit known = given == 2 && surname == 1 ? knownGivenAt[start + 1] : null;
                boolean anotherMansGivenName = known != null && known.end() == end && givenNameOfAnother(known, text, start);
                boolean warVerb = given == 2 && Chars.isAnyOf(after, AFTER_TITLED_FULL_NAME) && !Chars.isAnyOf(text[end - 1], ADVERBS)
                        && !(after == '戍' && Chars.isAnyOf(text[end - 1], BEFORE_GARRISON));
                // 參知政事李壁諡文懿: a titled man before his posthumous name; not 賜諡, 奉諡 (李珂賜諡: the verb's).
                boolean posthumous = (after == '諡' || after == '謚') && !Chars.isAnyOf(text[end - 1], "賜奉追加易議請贈定改")
                        && !Chars.isAnyOf(text[end - 1], ADVERBS);
                // 宣州觀察使朱勇立廟: a shrine set up for the dead man closes his name, one character or two.
                boolean shrine = after == '立' && Chars.at(text, end + 1) == '廟';
                // 金將翟海追至, 金使王汭俱至, 轉運使文字未赴: a two-character given name never ends on an adverb or a verb that
                // runs the clause on; the frame read one character too many.
                // 閤門祗候易文資: changed to a civil rank (文資, 武資), no man surnamed 易.
                // 都監朱憲大破獠賊: 大 is the victory's (大破, 大敗), 祕書正字胡珵官: the office taken from him.
                boolean greatVictory = after == '大' && Chars.isAnyOf(Chars.at(text, end + 1), "破敗");
                boolean officeTaken = after == '官' && takenBefore(text, office.start())
                        && !Chars.isChineseNumeral(text[end - 1]);
                if (given == 2 && (Chars.isAnyOf(text[end - 1], NOT_LAST_OF_TWO)
                        || text[end - 1] == '資' && Chars.isAnyOf(text[end - 2], "文武")
                        || text[end - 1] == '大' && Chars.isAnyOf(after, "破敗")
                        || text[end - 1] == '官' && takenBefore(text, office.start()))) {
                    continue;
                }
                // 轉運使李絳誅首惡: a verb no name of the packs ends on closes a one-character given name, where nothing
                // else stands on the two characters.
                boolean unnamedVerb = given == 1 && unnamedVerbAt(text, end - 1, dictionary)
                        && !covered.get(start) && !covered.get(end - 1) && !covered.get(end);
                boolean closed = anotherMansGivenName || warVerb || posthumous || shrine || greatVictory || officeTaken
                        || Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_NAME)
                        || given == 2 && (Chars.isAnyOf(after, SOFT_AFTER_NAME)
                        || Chars.isAnyOf(after, AFTER_FULL_NAME) && !Chars.isAnyOf(text[end - 1], ADVERBS_BEFORE_GOING))
                        || titleStarts.get(end) || verbAndObject
                        || given == 1 && (Chars.isAnyOf(after, AFTER_TITLED_NAME) || after == '夜' && Chars.isAnyOf(Chars.at(text, end + 1), BY_NIGHT));
                if (closed || unnamedVerb) {
                    // A man the verb test alone closes is named apart, so that the framed-persons harvest (which leaves
                    // him out) takes no man cut short (李大 of 李大性) into the packs.
                    names.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                            closed ? "rule:person-after-title" : BEFORE_VERB_FOUND_BY, Hit.RULE));
                    break;
                }
            }
        }
        // 「給事中翁彦深、王時雍」: the list goes on from a man found after his title as from one the packs know.
        listedAfterPersons(text, names.stream().filter(h -> h.foundBy().equals("rule:person-after-title")).toList(), names);
        return names;
    }

    /**
     * Whether the one-character given name at {@code given} closes on the verb after it, a character no name of the packs
     * ends on (誅, 諭, 提): a common character only (not 䂓 of 馮守䂓, a rare one the packs need not hold), no numeral
     * (職田租二年), a given name's character the packs hold, and no word's first half (何不去, 折家軍; unpunctuated
     * 丁父憂, 丁已 for a day, 晏致仕, 萬年令).
     */
    private static boolean unnamedVerbAt(int[] text, int given, Dictionary dictionary) {
        int after = Chars.at(text, given + 1);
        return after >= 0x4E00 && after <= 0x9FFF && !dictionary.endsAPersonsName(after) && !Chars.isChineseNumeral(after)
                && after != '官' && given < text.length && dictionary.insideAPersonsName(text[given])
                && !Chars.isAnyOf(text[given], "不未無非何家父母已巳") && !Chars.isAnyOf(after, "憂仕令懿");
    }

    /**
     * Whether {@code known}, a two-character name the packs know, is the given name of its record's man (德明 of 李德明:
     * the canonical is a surname and these two) under another surname than the one at {@code surnameAt}. Not a whole
     * name (蔡京 after 任, "appointed"), another name of his (保吉 of 李繼遷) or a temple name (高宗 of 宋高宗).
     */
    private static boolean givenNameOfAnother(Hit known, int[] text, int surnameAt) {
        int[] canonical = known.canonical().codePoints().toArray();
        int n = canonical.length;
        // 徐旺榮 after 都統: 旺榮 is 野利旺榮's, under a surname of two characters.
        boolean ownSurname = n == 3 || n == 4 && NameRules.surnameLength(canonical, 0) == 2;
        return ownSurname && canonical[0] != text[surnameAt] && canonical[n - 2] == text[surnameAt + 1]
                && canonical[n - 1] == text[surnameAt + 2] && !Chars.isAnyOf(canonical[n - 1], "宗祖帝");
    }

    /**
     * Surnames read as such only right after a title, where a name is expected: 知蘄州管景模, 知達州鮮汝忠, 昝萬夀; and the
     * first characters of 宋史's biographies' subjects that the surname list and the folding leave out (曽, 鞠, 蹇, 譙, 靳,
     * 蔚, 豐, 胥, 樓, 藍: 提㸃刑獄豐誼). Elsewhere 管 and 鮮 are mostly words (管內). Not 來: after a title it is mostly the
     * verb (彦進來朝授, 畢將軍來也); nor 邊, 莫, 應, 連 (邊事, 莫敢).
     */
    private static final String TITLED_SURNAMES = "管鮮昝弋曽鞠蹇譙靳蔚豐胥樓藍";
    /** Kin and followers after 之, the possessive there: 鞏之孫, 肇之子, 京之黨. */
    private static final String KIN_AFTER_ZHI = "子孫弟兄女妻母父姪甥壻婿後裔徒黨客";
    /** Troops and crowds, never the first character of a given name after a title: 金兵, 夏騎 (not 師: 呂師孟). */
    private static final String TROOPS = "兵騎衆眾";
    /** What a man does by night after a title: 知安東州陳嚴夜遁 (張叔夜 keeps his 夜 before anything else). */
    private static final String BY_NIGHT = "遁走襲入出發攻至歸潰犯渡斫劫以";

    /** Last characters that make a surname + one character a title or a word, not a name (魏王為, 張公為). */
    private static final String NOT_GIVEN_NAME = "王公侯帝后主將臣人氏之者等所使州軍府縣";
    /** What 以父 / 隨父 go on with when they name no father: his standing (任, 䕃), his state (病, 喪), his word (命). */
    private static final String FATHER_WORDS = "任蔭䕃廕補病命喪憂老寃冤祖母父兄弟之";
    /** Words after 封 that say whom, not name him: 封其子, 封皇子, 封長女. */
    private static final String NOT_ENFEOFFED = "其皇長次諸子弟兄孫姪女妻母爲為王公";
    /** What may stand right before a man named before his appointment: verbs that end the clause before (斬, 殺, 命). */
    private static final String BEFORE_APPOINTEE = "斬殺命詔遣及與而乃又遂復會封"; // 封: 徙封向宗回為漢東郡王

    /**
     * 「夏守斌為陜西都部署」: a surname and one or two characters right before 為 and a title the hits know are the
     * man appointed. The name must start where a clause can (a boundary, a day, a hit's end, a verb that closes
     * the clause before); a two-character given name is tried first.
     */
    private static void beforeAppointment(int[] text, List<Hit> hits, List<Hit> names) {
        java.util.BitSet hitEnds = new java.util.BitSet(text.length + 1);
        java.util.BitSet covered = new java.util.BitSet(text.length + 1);
        for (Hit h : hits) {
            hitEnds.set(h.end());
            // A one-character state (夏, 宋) may be the surname of the man: 斬夏守斌為陜西都部署.
            if (h.type() != MentionType.DATE && !(h.type() == MentionType.POLITY && h.length() == 1)) {
                covered.set(h.start(), h.end());
            }
        }
        // Offices opening a clause (after a boundary, a day or 以), by where they end: the old title of a man renamed.
        java.util.BitSet officeEnds = new java.util.BitSet(text.length + 1);
        for (Hit h : hits) {
            int before = Chars.at(text, h.start() - 1);
            if (h.type() == MentionType.OFFICE && (Chars.isBoundary(before) || before == '以' || Chars.isDayAt(text, h.start() - 2))) {
                officeEnds.set(h.end());
            }
        }
        promotedBeforeTitle(text, hits, covered, names);
        appointments:
        for (Hit office : hits) {
            int wei = office.start() - 1;
            if (office.type() != MentionType.OFFICE || Chars.at(text, wei) != '為') {
                continue;
            }
            for (int given = 2; given >= 1; given--) {
                for (int surname = 2; surname >= 1; surname--) {
                    int start = wei - given - surname;
                    if (start < 0 || NameRules.surnameLength(text, start) != surname || !allNameCharacters(text, start + surname, wei)
                            || Chars.isAnyOf(text[wei - 1], NOT_GIVEN_NAME) || Chars.anySet(covered, start, wei)
                            || NameRules.princeTitleAt(text, start)) {
                        continue;
                    }
                    int before = Chars.at(text, start - 1);
                    boolean opens = Chars.isBoundary(before) || hitEnds.get(start) || Chars.isAnyOf(before, BEFORE_APPOINTEE)
                            || Chars.isDayAt(text, start - 2);
                    if (opens) {
                        names.add(new Hit(start, wei, MentionType.PER, null, OfficeCompoundRule.slice(text, start, wei), List.of(),
                                "rule:person-before-title", Hit.RULE));
                        continue appointments;
                    }
                }
            }
            givenNameBeforeAppointment(text, wei, officeEnds, covered, names);
        }
    }

    /** Verbs that put a man's name straight before his new title: 加張起巖福州觀察使, 拜韓琦同平章事, 除張浚知樞密院事. */
    private static final String PROMOTING_BEFORE_NAME = "加拜除授";

    /**
     * A surname and one or two characters between a verb of promotion, opening its clause, and a title the hits know:
     * 「已未，加張起巖福州觀察使」, 「庚午，加夏貴開府儀同三司」 (夏 the surname, not the state).
     */
    private static void promotedBeforeTitle(int[] text, List<Hit> hits, java.util.BitSet covered, List<Hit> names) {
        for (Hit office : hits) {
            if (office.type() != MentionType.OFFICE) {
                continue;
            }
            int end = office.start();
            found:
            for (int given = 2; given >= 1; given--) {
                for (int surname = 2; surname >= 1; surname--) {
                    int start = end - given - surname;
                    int verb = start - 1;
                    if (verb < 0 || !Chars.isAnyOf(text[verb], PROMOTING_BEFORE_NAME) || !Chars.isBoundary(Chars.at(text, verb - 1))
                            || NameRules.surnameLength(text, start) != surname || !allNameCharacters(text, start + surname, end)
                            || Chars.anySet(covered, start, end) || NameRules.princeTitleAt(text, start)) {
                        continue;
                    }
                    names.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                            "rule:person-before-title", Hit.RULE));
                    break found;
                }
            }
        }
    }

    /** A clansman by his given name alone before 為 and his title, where no surname opens the name. */
    private static void givenNameBeforeAppointment(int[] text, int wei, java.util.BitSet officeEnds, java.util.BitSet covered, List<Hit> names) {
        if (wei < 2 || !allNameCharacters(text, wei - 2, wei) || Chars.anySet(covered, wei - 2, wei)) {
            return;
        }
        // 「以左神武軍大將軍德㳟為左衛大將軍」: between his old title, opening the clause, and 為 the new.
        if (officeEnds.get(wei - 2) && !Chars.isAnyOf(text[wei - 2], NOT_ENFEOFFED + "並竝皆各亦又復仍遂乃即因以而俱共同別權兼")) {
            names.add(new Hit(wei - 2, wei, MentionType.PER, null, OfficeCompoundRule.slice(text, wei - 2, wei), List.of(),
                    "rule:person-between-titles", Hit.RULE));
        } else if (Chars.at(text, wei - 3) == '封' && !Chars.isAnyOf(text[wei - 2], NOT_ENFEOFFED)
                || (Chars.at(text, wei - 3) == '，' && nextEnfeoffed(text, wei - 3, names)
                || Chars.isAnyOf(Chars.at(text, wei - 3), "王公") && nextEnfeoffed(text, wei - 2, names)) // unpunctuated
                && !Chars.isAnyOf(text[wei - 2], NOT_ENFEOFFED)) {
            // 「封宗暉為濮陽郡王」: enfeoffed, two characters after 封; and the next of the list (封仲增為信安郡王，仲忽為
            // 普安郡王，仲癸為咸安郡王).
            names.add(new Hit(wei - 2, wei, MentionType.PER, null, OfficeCompoundRule.slice(text, wei - 2, wei), List.of(),
                    ENFEOFFED, Hit.RULE));
        }
    }

    private static final String ENFEOFFED = "rule:person-enfeoffed";
    /** How long the title of one enfeoffed may run between his 為 and the comma before the next (為信安郡王，). */
    private static final int ENFEOFFED_TITLE = 8;

    /**
     * Whether the clause before {@code comma} (a comma, or where the next name starts in text without one) enfeoffed a
     * man this rule found (…為信安郡王，).
     */
    private static boolean nextEnfeoffed(int[] text, int comma, List<Hit> names) {
        if (names.isEmpty()) {
            return false;
        }
        Hit last = names.get(names.size() - 1);
        return last.foundBy().equals(ENFEOFFED) && Chars.at(text, last.end()) == '為' && comma > last.end()
                && comma - last.end() <= ENFEOFFED_TITLE && noBoundary(text, last.end(), comma);
    }

    private static boolean noBoundary(int[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Chars.isBoundary(text[k])) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a verb phrase after a one-character name: 進封, 加守, 加檢校 (顥進封昌王, 允弼允良並加守太保). */
    private static final String PHRASE_AFTER_PRINCE = "封爵守檢開同";
    /**
     * First characters of words for a crowd, a promotion or retirement, never of a prince's name (樂安郡王羣臣進秩;
     * 壽春郡王加太保; 魏國公致仕).
     */
    private static final String NOT_PRINCE_NAME = NobleTitleRule.FIEFS + "改名羣群諸百之其暴疾遂乃亦既又即至入出還來朝開加致後妃夫"
            // A prince's residence, shrine or household after his title (幸荆王第, 奉濮王祠事, 秀王夫人), no name.
            + "第祠府宅宫宮廟墓園夫"
            // What is said of him or done for him (濮王稱考: to call him father; 皇太子侍立, 皇太子擇配).
            + "稱侍擇";

    /**
     * End of a prince's given name right after his title, or -1: one character when a verb phrase follows it
     * at once (進封, 加守, 乞, 薨) or the next title begins, else two characters closing on such a word.
     */
    private static int princeNameEnd(int[] text, int start, java.util.BitSet titleStarts) {
        // Not a day: 「封荆國公丙戌進封岐王」 moves on to the next entry.
        if (start + 1 > text.length || !allNameCharacters(text, start, start + 1) || Chars.isAnyOf(text[start], NOT_PRINCE_NAME)
                || Chars.isDayAt(text, start) || Chars.isChineseNumeral(text[start])) { // 追封循王六子皆進官: his six sons
            return -1;
        }
        int next = Chars.at(text, start + 1);
        // 命肅王樞使金軍, 康王構使金軍: 使 before a state or 之 is the prince's errand.
        if (next == '使' && (titleStarts.get(start + 2) || Chars.at(text, start + 2) == '之')) {
            return start + 1;
        }
        // 以燕王俁為太傅, 越王偲並為…: a one-character name (the later princes') before 為 or 並.
        // And a concurrent post or charge (壽春郡王禎兼中書令, 恩平郡王璩判西外宗正).
        // And where another prince follows in a list (以定王桓、嘉王楷並為太保), or he sends someone (信王榛遣馬擴).
        boolean oneCloses = Chars.isAnyOf(next, "乞薨卒兼判遣") || princeListed(text, start + 1, titleStarts)
                || Chars.isAnyOf(next, "進加") && Chars.isAnyOf(Chars.at(text, start + 2), PHRASE_AFTER_PRINCE)
                || Chars.isAnyOf(next, "為爲並竝") && !Chars.isAnyOf(text[start], "皆嘗復將俱每仍")
                || next == '封' && titleStarts.get(start + 2); // 俁進封萃王偲封睦王: 偲, then his enfeoffment
        if (oneCloses) {
            return start + 1;
        }
        int two = start + 2;
        if (two <= text.length && allNameCharacters(text, start, two)
                && (Chars.isBoundary(Chars.at(text, two)) || Chars.isAnyOf(Chars.at(text, two), AFTER_NAME + "進加守封尹朝") || titleStarts.get(two))) {
            return two;
        }
        return Chars.isBoundary(next) || titleStarts.get(start + 1) ? start + 1 : -1;
    }

    /** A list's mark at {@code at} and a title right after it: the name before it is closed (定王桓、嘉王楷). */
    private static boolean princeListed(int[] text, int at, java.util.BitSet titleStarts) {
        return Chars.at(text, at) == '、' && titleStarts.get(at + 1);
    }

    /** End of a name (surname + one or two) starting at {@code start} and closing on a firm closer, else -1. */
    private static int gluedNameEnd(int[] text, int start) {
        int surname = NameRules.surnameLength(text, start);
        if (surname == 0) {
            return -1;
        }
        for (int given = 2; given >= 1; given--) {
            int end = start + surname + given;
            if (end <= text.length && allNameCharacters(text, start + surname, end) && Chars.isAnyOf(Chars.at(text, end), AFTER_NAME)
                    && !Chars.isAnyOf(text[end - 1], AFTER_NAME)) {
                return end;
            }
        }
        return -1;
    }

    private static void afterPersonNouns(int[] text, List<Hit> names) {
        for (int i = 1; i < text.length; i++) {
            if (!PERSON_NOUN_ENDS.get(text[i])) {
                continue;
            }
            for (int[] noun : PERSON_NOUN_CODE_POINTS) {
                int from = i + 1 - noun.length;
                if (from < 0 || text[i] != noun[noun.length - 1] || text[from] != noun[0]) {
                    continue;
                }
                int start = i + 1;
                int surname = NameRules.surnameLength(text, start);
                // 黎州蠻寇邊: after the tribes, 寇 is their raid, not a surname.
                if (surname == 0 || text[i] == '蠻' && Chars.isAnyOf(text[start], TRIBES_DO)) {
                    break;
                }
                // Without a title to fix the frame, a one-character given name is as likely as two: 「叛將汪端既平」
                // ends on 既, 「降將周成等」 on 等. Two characters win only when a firm closer follows them.
                int two = start + surname + 2;
                int one = start + surname + 1;
                int end = -1;
                // 「京城民王元吉者，」: a man introduced by 者 closing the clause.
                boolean introduced = Chars.at(text, two) == '者' && Chars.isBoundary(Chars.at(text, two + 1));
                // 賊靳賽寇光山縣, 軍賊孫琦焚隨州: what a bandit does closes his name.
                boolean bandit = text[i] == '賊' || text[i] == '盜';
                if (two <= text.length && allNameCharacters(text, start + surname, two) && !Chars.isAnyOf(text[two - 1], SOFT_AFTER_NAME)
                        && !(bandit && Chars.isAnyOf(text[two - 1], BANDITS_DO))
                        && (Chars.isBoundary(Chars.at(text, two)) || Chars.isAnyOf(Chars.at(text, two), AFTER_NAME) || introduced
                        || bandit && Chars.isAnyOf(Chars.at(text, two), BANDITS_DO)
                        || Chars.at(text, two) == '力' && Chars.at(text, two + 1) == '戰')) { // 偏將趙懷德力戰
                    end = two;
                } else if (one <= text.length && allNameCharacters(text, start + surname, one) && (Chars.isBoundary(Chars.at(text, one))
                        || Chars.isAnyOf(Chars.at(text, one), ANY_AFTER_NAME) || Chars.at(text, one) == '圍'
                        || bandit && Chars.isAnyOf(Chars.at(text, one), BANDITS_DO)
                        || Chars.at(text, one) == '夜' && Chars.isAnyOf(Chars.at(text, one + 1), BY_NIGHT))) { // 裨將費萬夜以衆竊出
                    // 遣將馬進圍江州: a siege closes a one-character name; not two (守將張師突圍出: 突圍 breaks out). Not 得 (民段義得
                    // 玉印): over 宋史 it read 民田不得耕 and 王子得蓋 as men.
                    end = one;
                }
                // 「遣其臣蕭英劉六符來」: two men written together, the second closing on a firm closer.
                int second = -1;
                if (end < 0 && one <= text.length && allNameCharacters(text, start + surname, one)) {
                    second = gluedNameEnd(text, one);
                    end = second > 0 ? one : -1;
                }
                if (end > 0) {
                    names.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                            "rule:person-after-noun", Hit.RULE));
                }
                if (second > 0) {
                    names.add(new Hit(end, second, MentionType.PER, null, OfficeCompoundRule.slice(text, end, second), List.of(),
                            "rule:person-after-noun", Hit.RULE));
                }
                break;
            }
        }
    }

    /**
     * 「曹彬、崔彥進、米信」: after a person and 、, a surname opens the next person of the list; the name runs to
     * the next 、, a boundary or a word that follows names. The chain goes on from each name found.
     */
    private static void listedAfterPersons(int[] text, List<Hit> hits, List<Hit> names) {
        java.util.BitSet personStarts = new java.util.BitSet(text.length + 1);
        hits.stream().filter(h -> h.type() == MentionType.PER && h.priority() != Hit.RULE).forEach(h -> personStarts.set(h.start()));
        for (Hit person : hits) {
            if (person.type() != MentionType.PER) {
                continue;
            }
            int at = person.end();
            // Unpunctuated, a known person may be followed straight by the next (與王全斌郭進領騎兵): only a name
            // the packs know opens such a list, and each name must end on a firm closer.
            // Not after a temple name (太宗許焉, 世宗尹京): a ruler is not listed with his men.
            boolean glued = person.priority() != Hit.RULE && !Chars.isAnyOf(text[person.end() - 1], "宗祖帝");
            // Glued, 方 after a man is "just then" (夏守恩方典軍), not the surname 方.
            // 「胡瑗及阮逸亦言」: 及 joins a man the packs know to the next, as 、 does.
            while (Chars.at(text, at) == '、' || glued && Chars.at(text, at) == '及' || glued && NameRules.surnameLength(text, at) > 0
                    && !Chars.isDayAt(text, at) && Chars.at(text, at) != '方') {
                boolean comma = Chars.at(text, at) == '、' || Chars.at(text, at) == '及';
                int start = comma ? at + 1 : at;
                int surname = NameRules.surnameLength(text, start);
                int end = -1;
                for (int given = 2; surname > 0 && given >= 1 && end < 0; given--) {
                    int e = start + surname + given;
                    int after = Chars.at(text, e);
                    // Glued, a name also ends where the next begins: a known person, or a surname (朱勔李彦孟昌齡梁師成).
                    boolean closes = comma ? Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_PAIR)
                            : Chars.isAnyOf(after, GLUED_LIST_CLOSERS) || Chars.isBoundary(after) && given == 2
                            || personStarts.get(e) || NameRules.surnameLength(text, e) > 0 && !Chars.isDayAt(text, e);
                    // 「楊忠閔、王進夾擊金人」: 夾擊 is the verb; the name is 王進, closed by no firm closer, so none.
                    // 「李斌、桑贊從，」: 從 closing a list is the men's following, not the last man's name.
                    boolean following = given == 2 && comma && Chars.at(text, e - 1) == '從' && Chars.isBoundary(after);
                    if (e <= text.length && allNameCharacters(text, start + surname, e) && closes && !following
                            && !(given == 2 && attackVerbAt(text, e - 1))) {
                        end = e;
                    }
                }
                if (end < 0) {
                    break;
                }
                names.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                        "rule:person-list", Hit.RULE));
                at = end;
            }
        }
    }

    /** What opens a list of men before its first: the verbs of company and command (會劉光毅、曹彬等討之). */
    private static final String BEFORE_LIST = "會與及以命遣詔召率令從偕";

    /**
     * 「會劉光毅、曹彬等」: before a man the packs know and 、, the men listed before him, each a surname and one or two
     * characters, the first opened by punctuation or a verb of company; a name never covers another kind of hit.
     */
    /** What an envoy comes to do: congratulate, visit, announce, condole, sacrifice, present, negotiate, pay court. */
    private static final String ENVOY_ERRANDS = "賀聘告弔祭致獻議朝貢報謝";
    /** Never inside an envoy's name: the words of the errand and the sending (遣使, 以伐夏師還). */
    private static final String NOT_IN_ENVOY = "以為爲使人臣師兵還來来等其之";
    /** The longest envoy's name the frame reads (移剌神獨幹, 耶律庶幾 …). */
    private static final int LONGEST_ENVOY = 5;

    /**
     * 「金遣完顏仲仁等來賀明年正旦」, 「遼遣耶律仲達來賀」, 「夏國遣使蕭英來聘」: a state sends a man on an errand; between
     * 遣 and 等來 / 來 and the errand stands his name, however it is transcribed (Khitan and Jurchen names run to five
     * characters and no surname list holds them all). Over 宋史 the frame stands 174 times.
     */
    private static void envoysSent(int[] text, List<Hit> hits, List<Hit> names) {
        for (Hit state : hits) {
            if (state.type() != MentionType.POLITY) {
                continue;
            }
            envoyTo(text, state, names);
            int at = state.end();
            if (Chars.at(text, at) == '國') {
                at++;
            }
            if (Chars.at(text, at) == '主') {
                at++;
            }
            if (Chars.at(text, at) != '遣') {
                continue;
            }
            int start = Chars.at(text, at + 1) == '使' ? at + 2 : at + 1;
            for (int end = start + 2; end <= start + LONGEST_ENVOY && end < text.length; end++) {
                if (!Chars.isHan(text[end - 1]) || Chars.isAnyOf(text[end - 1], NOT_IN_ENVOY)) {
                    break;
                }
                int comes = Chars.at(text, end) == '等' ? end + 1 : end;
                if (Chars.isAnyOf(Chars.at(text, comes), "來来") && Chars.isAnyOf(Chars.at(text, comes + 1), ENVOY_ERRANDS)
                        && !Chars.isAnyOf(text[start], NOT_IN_ENVOY)) {
                    // Structure, not a guess: the frame fixes both ends, so a shorter name the packs know inside it
                    // (完顏仲 in 完顏仲仁) yields.
                    names.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                            "rule:envoy", Hit.STRUCTURE));
                    break;
                }
            }
        }
    }

    /**
     * The envoy the court sends to a state, between 遣 and 賀 / 使 and the state (遣衛涇賀金主生辰, 遣范成大使金; 141 times in
     * 宋史 with 遼, 契丹, 金, 夏 or 北朝): a name of two to four characters, the frame fixing both its ends.
     */
    private static void envoyTo(int[] text, Hit state, List<Hit> names) {
        int errand = state.start() - 1;
        if (!Chars.isAnyOf(Chars.at(text, errand), "賀使")) {
            return;
        }
        int end = Chars.at(text, errand - 1) == '等' ? errand - 1 : errand;
        for (int start = end - 2; start >= Math.max(1, end - 4); start--) {
            if (text[start - 1] == '遣') {
                boolean plain = true; // no word of the court's (遣使賀, 遣大臣賀, 遣人使金)
                for (int k = start; k < end; k++) {
                    plain &= !Chars.isAnyOf(text[k], NOT_IN_ENVOY);
                }
                // 遣胡宿報使契丹: 報使, 謝使, 奉使, 充使 are the errand's verb, not the name's end.
                if (plain && allNameCharacters(text, start, end) && !Chars.isAnyOf(text[end - 1], "報謝奉充往出")) {
                    names.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                            "rule:envoy", Hit.STRUCTURE));
                }
                return;
            }
        }
    }

    private static void listedBeforePersons(int[] text, List<Hit> hits, List<Hit> names) {
        java.util.BitSet others = null;
        for (Hit person : hits) {
            if (person.type() != MentionType.PER || person.priority() == Hit.RULE || Chars.at(text, person.start() - 1) != '、') {
                continue;
            }
            if (others == null) {
                others = new java.util.BitSet(text.length + 1);
                for (Hit h : hits) {
                    if (h.type() != MentionType.PER && h.type() != MentionType.DATE) {
                        others.set(h.start(), h.end());
                    }
                }
            }
            int end = person.start() - 1;
            while (end > 0) {
                int start = -1;
                for (int length = 4; length >= 2 && start < 0; length--) {
                    int s = end - length;
                    int surname = s >= 0 ? NameRules.surnameLength(text, s) : 0;
                    int before = Chars.at(text, s - 1);
                    boolean free = s >= 0 && (others.nextSetBit(s) < 0 || others.nextSetBit(s) >= end);
                    if (surname > 0 && length - surname >= 1 && length - surname <= 2 && free && allNameCharacters(text, s + surname, end)
                            && (Chars.isBoundary(before) || Chars.isAnyOf(before, BEFORE_LIST)) && !Chars.isDayAt(text, s)) {
                        start = s;
                    }
                }
                if (start < 0) {
                    break;
                }
                names.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                        "rule:person-list", Hit.RULE));
                end = Chars.at(text, start - 1) == '、' ? start - 1 : -1;
            }
        }
    }

    /** What may open a clause on two men joined by 、: the verbs of appointment and company (以, 與, 遣, 命, 詔, 召, 及). */
    private static final String BEFORE_PAIR = "以與及命遣詔召";
    /** What closes the second of two men joined by 、, besides a list's closers: 戰 (戰死), 輩, 皆, 悉. */
    private static final String AFTER_PAIR = AFTER_NAME_IN_LIST + "戰輩軰皆悉";

    /**
     * 「王宴、錢興。」, 「劉平、石元孫戰没」: two men no pack knows, joined by 、 where a clause opens, each a surname and one
     * or two characters, the second closed firmly. Neither may cut into a hit (河北、河東 are places the packs know), end
     * on 國 (韓國、吳國 are fiefs) or close on 之 (趙聿之 is one man).
     */
    private static void pairedNames(int[] text, java.util.BitSet covered, List<Hit> names) {
        for (int k = 2; k + 2 < text.length; k++) {
            if (text[k] != '、') {
                continue;
            }
            int leftStart = -1;
            for (int length = 3; length >= 2 && leftStart < 0; length--) {
                int s = k - length;
                int before = Chars.at(text, s - 1);
                if (s >= 0 && NameRules.surnameLength(text, s) == 1 && allNameCharacters(text, s + 1, k) && !Chars.isDayAt(text, s)
                        && covered.nextSetBit(s) >= k && (Chars.isBoundary(before) || Chars.isAnyOf(before, BEFORE_PAIR))
                        && !Chars.isAnyOf(text[k - 1], NOT_GIVEN_NAME + "國")) {
                    leftStart = s;
                }
            }
            if (leftStart < 0 || NameRules.surnameLength(text, k + 1) != 1) {
                continue;
            }
            for (int given = 2; given >= 1; given--) {
                int end = k + 2 + given;
                int after = Chars.at(text, end);
                if (end <= text.length && allNameCharacters(text, k + 2, end) && covered.nextSetBit(k + 1) >= end
                        && !Chars.isAnyOf(text[end - 1], NOT_GIVEN_NAME + "國") && after != '之'
                        && !(given == 2 && attackVerbAt(text, end - 1))
                        && (Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_PAIR))) {
                    names.add(new Hit(leftStart, k, MentionType.PER, null, OfficeCompoundRule.slice(text, leftStart, k), List.of(),
                            "rule:person-list", Hit.RULE));
                    names.add(new Hit(k + 1, end, MentionType.PER, null, OfficeCompoundRule.slice(text, k + 1, end), List.of(),
                            "rule:person-list", Hit.RULE));
                    break;
                }
            }
        }
    }

    /** Words before a woman named by her surname and 氏: 「母李氏」, 「契丹國母蕭氏」, 「娶王氏」. */
    private static final String BEFORE_WOMAN = "母妻后娶納女嫂姊妹立人";

    /** Verbs whose object is a man: 貶, 誅, 斬, 殺, 擒, 執, 召, 推, 諭 (招諭), 薦. */
    private static final java.util.BitSet PERSON_OBJECT_VERB_SET = Chars.setOf("貶誅斬殺擒執召推諭薦");

    /** Verbs between a man and his place of exile: 移, 徙, 送, 配, 竄, 責. */
    private static final String EXILE_VERBS = "移徙送配竄責";
    /** Where a man is sent in exile: 「王時雍黃州安置」, 「蔡京儋州編管」. */
    private static final List<String> EXILE = List.of("安置", "編管", "羈管", "居住");
    /** Their first characters, the test at every place. */
    private static final java.util.BitSet EXILE_FIRSTS = Chars.setOf("安編羈居");

    /**
     * Names fixed by the clause around them, each opening with a surname: opening a clause (after a boundary, a
     * day or a hit's end), a man before his place of exile (王時雍黃州安置), a three-character name before the office
     * he takes (，汪伯彦同知樞密院事), a deputy (，汪伯彦副之), a man introduced by 者 (李士寧者，); and a man as the
     * object of a verb that takes one (貶郭仲荀, 招諭孔彦舟).
     */
    private static void framedClauses(int[] text, List<Hit> hits, java.util.BitSet covered, List<Hit> names) {
        java.util.BitSet opens = new java.util.BitSet(text.length + 1);
        for (Hit h : hits) {
            opens.set(h.end());
        }
        for (Hit h : hits) {
            int end = h.start();
            boolean office = h.type() == MentionType.OFFICE && h.length() >= 3;
            boolean exile = false;
            if (h.type() == MentionType.PLACE && h.end() < text.length && EXILE_FIRSTS.get(text[h.end()])) { // every place of the text
                for (int w = 0; w < EXILE.size() && !exile; w++) {
                    exile = Chars.matchesAt(text, h.end(), EXILE.get(w));
                }
            }
            if (!exile && !office) {
                continue;
            }
            for (int given = 2; given >= 1; given--) {
                // Before an office, a two-character name only where 以 appoints him (以孟庾參知政事; not 以勞加侍御史, 以勞遷).
                // Or where punctuation opens the clause on a long title of the councils (，張釜簽書樞密院事, ，陳卓同簽書…).
                boolean appointed = Chars.at(text, end - 3) == '以' || Chars.isAnyOf(Chars.at(text, end - 3), "，。；") && h.length() >= 5;
                if (office && given == 1 && (!appointed || Chars.isAnyOf(text[end - 1], PROMOTIONS))) {
                    continue;
                }
                // 乙酉，王堅遷左金吾衞上將軍: a verb of promotion before the title ends the name before it (王堅).
                if (office && Chars.isAnyOf(Chars.at(text, end - 1), PROMOTIONS)) {
                    continue;
                }
                // 王會移瓊州編管: the verb that sends him ends no name.
                if (exile && given == 2 && Chars.isAnyOf(text[end - 1], EXILE_VERBS)) {
                    continue;
                }
                if (nameOpensClause(text, end - given - 1, end, opens, covered)) {
                    names.add(new Hit(end - given - 1, end, MentionType.PER, null, OfficeCompoundRule.slice(text, end - given - 1, end),
                            List.of(), exile ? "rule:person-exiled" : "rule:person-before-title", Hit.RULE));
                    break;
                }
            }
        }
        // 「貶郭仲荀」, 「招諭孔彦舟」, 「復推劉超」: a man as the object of a verb that takes one, closed firmly.
        for (int i = 1; i + 2 < text.length; i++) {
            if (!Chars.isIn(text[i - 1], PERSON_OBJECT_VERB_SET) || NameRules.surnameLength(text, i) != 1 || Chars.isDayAt(text, i)
                    || covered.get(i)) {
                continue;
            }
            for (int given = 2; given >= 1; given--) {
                int end = i + 1 + given;
                int after = Chars.at(text, end);
                boolean closes = Chars.isBoundary(after) || (given == 2 ? Chars.isAnyOf(after, AFTER_NAME) : Chars.isAnyOf(after, "等為以"));
                if (end <= text.length && allNameCharacters(text, i + 1, end) && closes && !Chars.anySet(covered, i, end)) {
                    names.add(new Hit(i, end, MentionType.PER, null, OfficeCompoundRule.slice(text, i, end), List.of(),
                            "rule:person-object", Hit.RULE));
                    break;
                }
            }
        }
        for (int i = 3; i + 1 < text.length; i++) {
            // 「李士寧者，挾術出入貴人門」: a man introduced by 者 at a sentence's start.
            if (text[i] == '者' && Chars.isBoundary(text[i + 1])) {
                for (int given = 2; given >= 1; given--) {
                    if (nameOpensClause(text, i - given - 1, i, opens, covered) && Chars.isBoundary(Chars.at(text, i - given - 2))) {
                        names.add(new Hit(i - given - 1, i, MentionType.PER, null, OfficeCompoundRule.slice(text, i - given - 1, i),
                                List.of(), "rule:person-introduced", Hit.RULE));
                        break;
                    }
                }
            }
            if (text[i] == '副' && text[i + 1] == '之') {
                for (int given = 2; given >= 1; given--) {
                    if (nameOpensClause(text, i - given - 1, i, opens, covered)) {
                        names.add(new Hit(i - given - 1, i, MentionType.PER, null, OfficeCompoundRule.slice(text, i - given - 1, i),
                                List.of(), "rule:person-deputy", Hit.RULE));
                        break;
                    }
                }
            }
        }
    }

    /** A one-character surname at {@code start}, a name to {@code end}, and a clause opening before it. */
    private static boolean nameOpensClause(int[] text, int start, int end, java.util.BitSet opens, java.util.BitSet covered) {
        if (start < 0 || NameRules.surnameLength(text, start) != 1 || !allNameCharacters(text, start + 1, end)
                || Chars.anySet(covered, start, end) || Chars.isDayAt(text, start) || Chars.isDayAt(text, start + 1)) {
            return false; // 庚戌雷辛酉鎮江都統制…: a day, no given name
        }
        int before = Chars.at(text, start - 1);
        return Chars.isBoundary(before) || Chars.isDayAt(text, start - 2) || opens.get(start) && Chars.isHan(before) || before == '以';
    }

    /**
     * Before 父 / 祖 in a life's list of forebears: the end of the native place (太原人父存信), of the forebear before
     * (…令祖滔, …刺史父英), 曽 / 曾 / 高 (曽祖直), or 孫 / 也 (五世孫父令鑠, 曽孫也父公廣). Not a temple name (漢祖至汴).
     */
    private static final String BEFORE_FOREBEAR = "人曽曾高孫也";
    /** After a forebear's given name, what his life goes on with unpunctuated: 從 (a patron), 仕, 嘗, 官. */
    private static final String FOREBEAR_GOES_ON = "從仕嘗官";

    /**
     * 「曽祖豐泰陵令祖滔洺州團練判官父炳從邢帥…」: the forebears of a life, unpunctuated, each by given name right before
     * the post, place or career the pack or the rules know: one or two characters after 父 / 祖 (曽祖, 高祖) closed by the
     * start of an OFFICE or PLACE hit or by 從, 仕, 嘗, 以, 為, 事, 官. Not 父老, 祖宗, 父母 (the words for kin and standing).
     */
    private static void forebearsBeforeTheirPosts(int[] text, List<Hit> hits, java.util.BitSet covered, List<Hit> names) {
        java.util.BitSet titleOrPlaceStarts = new java.util.BitSet(text.length + 1);
        java.util.BitSet titleOrPlaceEnds = new java.util.BitSet(text.length + 1);
        for (Hit h : hits) {
            if (h.type() == MentionType.OFFICE || h.type() == MentionType.PLACE) {
                titleOrPlaceStarts.set(h.start());
                titleOrPlaceEnds.set(h.end());
            }
        }
        for (int i = 1; i + 2 < text.length; i++) {
            if (text[i] != '父' && text[i] != '祖') {
                continue;
            }
            boolean listed = Chars.isBoundary(text[i - 1]) || Chars.isAnyOf(text[i - 1], BEFORE_FOREBEAR) || titleOrPlaceEnds.get(i);
            if (!listed || covered.get(i)
                    || Chars.isAnyOf(text[i + 1], FATHER_WORDS + "宗考妣廟墓業訓德徳制法子孫弟兄姪女婦妹姊姑嘗曾皆亦又乃遂則即")) {
                continue;
            }
            for (int given = 1; given <= 2; given++) {
                int end = i + 1 + given;
                if (end > text.length || !allNameCharacters(text, i + 1, end) || covered.nextSetBit(i + 1) < end
                        || Chars.isAnyOf(text[end - 1], "徙遷移除授拜任少幼")) { // 父俞徙蘇州: he moved; 父棠少從: young
                    break;
                }
                if (titleOrPlaceStarts.get(end) || Chars.isAnyOf(Chars.at(text, end), FOREBEAR_GOES_ON)) {
                    names.add(new Hit(i + 1, end, MentionType.PER, null, OfficeCompoundRule.slice(text, i + 1, end), List.of(),
                            KINSMAN_FOUND_BY, Hit.RULE));
                    break;
                }
            }
        }
    }

    /** Consorts' ranks that follow a surname to name one woman: 韋賢妃, 劉婕妤. */
    private static final List<String> CONSORT_RANKS = List.of("賢妃", "淑妃", "德妃", "徳妃", "貴妃", "宸妃", "婕妤", "昭儀", "昭容",
            "修容", "修儀", "充媛", "婉容");
    /** Words of the 諡法 that officials' posthumous names are made of (忠肅, 文正, 沖靖, 恭惠, 武莊). */
    private static final java.util.BitSet POSTHUMOUS_WORDS = Chars.setOf("文忠武正肅恭獻簡靖康定襄莊敏毅穆懿惠恵僖宣元安成昭景貞節清愍烈壯勇威質端良孝和沖純懷順桓翼");

    /** The words that open {@link #namesAWordFixes}' frames: 諡 / 謚, 名, and the kin 弟 兄 姪 子 父 祖. */
    private static final java.util.BitSet WORD_FIXES_SET = Chars.setOf("諡謚名弟兄姪子父祖");
    private static final java.util.BitSet CONSORT_RANK_FIRST_SET = Chars.setOf("賢淑德徳貴宸婕昭修充婉");

    /**
     * Names a word before them fixes: a posthumous name after 諡 / 謚 (諡忠愍, 諡曰明德), which the guidelines count
     * as the person's name (a 諡 before 號, 法 or 議 is the word for such names); a name given (賜名昉); a brother
     * by given name (弟世材); a consort by surname and rank (帝母韋賢妃).
     */
    private static void namesAWordFixes(int[] text, List<Hit> known, List<Hit> names) {
        Hit[] personEndingAt = null; // made at the first kin word that may follow a name
        for (int i = 0; i + 2 < text.length; i++) {
            // Every frame below opens on one of these words or a consort's rank after a surname: the gate runs first.
            if (!Chars.isIn(text[i], WORD_FIXES_SET) && !Chars.isIn(text[i + 1], CONSORT_RANK_FIRST_SET)) {
                continue;
            }
            if (text[i] == '諡' || text[i] == '謚') {
                // 諡曰文正 always; 諡文正 only where the name closes a clause (美諡如唐…, 諡伏望 are the word 諡).
                boolean said = Chars.at(text, i + 1) == '曰';
                int start = said ? i + 2 : i + 1;
                // Unpunctuated, two words of the 諡法 are the name whatever follows (諡忠肅丙戌, 諡沖靖詔).
                if (start + 2 <= text.length && allNameCharacters(text, start, start + 2) && !Chars.isAnyOf(text[start], "號法議册冊以為")
                        && (said || Chars.isBoundary(Chars.at(text, start + 2))
                        || Chars.isIn(text[start], POSTHUMOUS_WORDS) && Chars.isIn(text[start + 1], POSTHUMOUS_WORDS))) {
                    names.add(new Hit(start, start + 2, MentionType.PER, null, OfficeCompoundRule.slice(text, start, start + 2), List.of(),
                            "rule:posthumous-name", Hit.RULE));
                }
                continue;
            }
            // 賜名昉, 改名…, 初名世輔: the name given, one or two characters to the clause's end.
            if ((text[i] == '名' && Chars.isAnyOf(Chars.at(text, i - 1), "賜改更初本"))) {
                for (int given = 2; given >= 1; given--) {
                    int end = i + 1 + given;
                    if (end <= text.length && allNameCharacters(text, i + 1, end) && Chars.isBoundary(Chars.at(text, end))) {
                        names.add(new Hit(i + 1, end, MentionType.PER, null, OfficeCompoundRule.slice(text, i + 1, end), List.of(),
                                "rule:name-given", Hit.RULE));
                        break;
                    }
                }
                continue;
            }
            // 「弟世材上一官」, 「其弟震死之」: a brother or son by given name, a clause opening on him.
            int kin = text[i];
            // And a son a title is conferred on or who dies (封子椿為慶國公, 長子桓冠, 次子機薨).
            // And an adopted son or heir enthroned, or a son sent to court (養子繼恩立, 遣其子惟濬來朝).
            // And a son named with his father or by his father's deed (王復及子倚死之, 招其子嚴於, 官其子林，).
            boolean son = kin == '子' && Chars.isAnyOf(Chars.at(text, i - 1), "封長次其養及");
            // And a son born, dead or made a prince where his sentence opens (子垍生, 子機薨), or whose career a sentence sums
            // up (子世儒，官至國子博士): by given name alone here; KinAtLifeEndRule gives him his family where a life names it.
            boolean sonsCareer = kin == '子' && Chars.isBoundary(Chars.at(text, i - 1));
            // Also sent or named with him (遣弟繼瑗入謝, 及弟延信), and a cousin (從弟德愿卒); a father followed or named
            // for his standing (隨父永竒出入, 以父恕任為).
            int beforeKin = Chars.at(text, i - 1);
            // And the kin of a man just named, by his given name (韓絳、絳弟維): the brother takes his surname.
            if ((kin == '弟' || kin == '兄') && Chars.isHan(beforeKin) && personEndingAt == null) {
                personEndingAt = personsByEnd(text, known);
            }
            Hit brother = (kin == '弟' || kin == '兄') && Chars.isHan(beforeKin) ? namedJustBefore(text, personEndingAt, i - 1) : null;
            boolean kinOpens = Chars.isBoundary(beforeKin) || Chars.isAnyOf(beforeKin, "其遣命及與")
                    || beforeKin == '從' && Chars.isBoundary(Chars.at(text, i - 2)) || brother != null;
            boolean father = kin == '父' && Chars.isAnyOf(beforeKin, "隨随以其");
            // And a life's father or grandfather opening his sentence (父宗政時為趙方將, 宋史卷412; 曽祖豐，泰陵令); not 父義之
            // (he thought it right), 祖宗 (the ancestors), 祖訓.
            boolean fatherOpens = (kin == '父' || kin == '祖') && (Chars.isBoundary(beforeKin)
                    || Chars.isAnyOf(beforeKin, "曾曽高") && Chars.isBoundary(Chars.at(text, i - 2)))
                    && !(kin == '祖' && Chars.isAnyOf(Chars.at(text, i + 1), "宗考妣廟墓業訓德徳制法"));
            // And, punctuated or not, a kinsman who took office by the family's privilege (弟思立以䕃主渭州治平砦).
            // Not a word's 子 (國子生以䕃, 季父子翬): a son only after 其, 長 or 次.
            boolean mayBePrivileged = kin == '弟' || kin == '兄' || kin == '姪' || kin == '子' && Chars.isAnyOf(beforeKin, "其長次");
            if ((kin == '弟' || kin == '兄' || kin == '姪') && kinOpens || son || sonsCareer || father || fatherOpens || mayBePrivileged) {
                for (int given = 2; given >= 1; given--) {
                    int end = i + 1 + given;
                    int after = Chars.at(text, end);
                    boolean privileged = after == '以' && Chars.isAnyOf(Chars.at(text, end + 1), "䕃蔭廕");
                    if (!privileged && !((kin == '弟' || kin == '兄' || kin == '姪') && kinOpens || son || sonsCareer || father
                            || fatherOpens)) {
                        continue;
                    }
                    boolean closes = privileged || (son ? Chars.isAnyOf(after, "為爲薨卒死冠立來来入、") || given == 1 && Chars.isAnyOf(after, "授於")
                            || Chars.isBoundary(after) && Chars.at(text, i - 1) == '其'
                            : sonsCareer ? after == '，' && Chars.isAnyOf(Chars.at(text, end + 1), "官仕歷歴累終至") || Chars.isAnyOf(after, "為薨卒生至授")
                            : father ? Chars.isAnyOf(after, AFTER_NAME + "死任蔭䕃出")
                            : fatherOpens ? Chars.isAnyOf(after, "時嘗仕為以卒死任")
                                    || after == '，' && Chars.isAnyOf(Chars.at(text, end + 1), "官仕贈累歷歴從嘗事終")
                            : Chars.isAnyOf(after, AFTER_NAME + "死"));
                    // 以父任, 以父䕃, 以父病: the father's standing or state, no name.
                    boolean fatherWord = (father || fatherOpens) && (Chars.isAnyOf(text[i + 1], FATHER_WORDS) || Chars.isAnyOf(text[end - 1], FATHER_WORDS));
                    // 父適嘗為石首主簿: a one-character name, then 嘗 / 時 / 仕 where its sentence goes on; not 適嘗.
                    boolean verbInside = fatherOpens && given == 2 && Chars.isAnyOf(text[end - 1], "嘗時仕");
                    if (end <= text.length && allNameCharacters(text, i + 1, end) && !Chars.isAnyOf(text[i + 1], "子孫弟兄姪女婦妹姊嘗曾皆亦又乃遂則即雖並竝俱不未")
                            && closes && !fatherWord && !verbInside) {
                        String name = OfficeCompoundRule.slice(text, i + 1, end);
                        String canonical = brother == null ? name
                                : brother.canonical().substring(0, brother.canonical().offsetByCodePoints(0, 1)) + name;
                        names.add(new Hit(i + 1, end, MentionType.PER, null, canonical, List.of(), KINSMAN_FOUND_BY, Hit.RULE));
                        if (sonsCareer && given == 2) {
                            brothersCareers(text, i + 1, end, names);
                        }
                        break;
                    }
                }
            }
            // 太祖貴妃: a temple name's 祖 / 宗 is no surname. The rank's first character is the cheap test.
            if (!Chars.isIn(text[i + 1], CONSORT_RANK_FIRST_SET) || NameRules.surnameLength(text, i) != 1 || Chars.isAnyOf(text[i], "祖宗")) {
                continue;
            }
            for (String rank : CONSORT_RANKS) {
                if (text[i + 1] == rank.charAt(0) && text[i + 2] == rank.charAt(1)) {
                    // Structure, not a guess: the rank alone (賢妃) is a title the packs know, which the woman's name contains.
                    names.add(new Hit(i, i + 3, MentionType.PER, null, OfficeCompoundRule.slice(text, i, i + 3), List.of(),
                            "rule:consort", Hit.STRUCTURE));
                    break;
                }
            }
        }
    }

    /** How far the brothers' sentence is read (unpunctuated text has no 。 to stop at). */
    private static final int SENTENCE = 80;

    /**
     * 「子崇徳至太子中舍；崇信至西京左藏庫使…；崇儼至崇儀使」: after a son by given name whose career the sentence sums
     * up, his brothers of the same generation character, each opening a clause with his career (至, 為), to the sentence's end.
     */
    private static void brothersCareers(int[] text, int first, int end, List<Hit> names) {
        for (int k = end; k + 3 < text.length && k < end + SENTENCE && text[k] != '。'; k++) {
            if ((text[k] == '；' || text[k] == '，') && text[k + 1] == text[first] && allNameCharacters(text, k + 1, k + 3)
                    && Chars.isAnyOf(text[k + 3], "至為")) {
                names.add(new Hit(k + 1, k + 3, MentionType.PER, null, OfficeCompoundRule.slice(text, k + 1, k + 3), List.of(),
                        KINSMAN_FOUND_BY, Hit.RULE));
            }
        }
    }

    /** A woman named by her father's surname and 氏 after a word that says she is a woman: 「國母蕭氏」. */
    private static void womenBySurname(int[] text, List<Hit> names) {
        for (int i = 1; i + 1 < text.length; i++) {
            if (text[i + 1] != '氏' || !Chars.isAnyOf(text[i - 1], BEFORE_WOMAN) || NameRules.surnameLength(text, i) != 1) {
                continue;
            }
            if (Chars.isAnyOf(Chars.at(text, i + 2), "族之")) {
                continue; // 李氏族, 李氏之…: the clan, not a woman
            }
            names.add(new Hit(i, i + 2, MentionType.PER, null, OfficeCompoundRule.slice(text, i, i + 2), List.of(), "rule:woman-surname",
                    Hit.RULE));
        }
        // 「初母韓有娠」, 「母姚抱飛坐甕中」: a biography's mother by her surname alone, where a sentence opens on her.
        for (int i = 1; i + 2 < text.length; i++) {
            if (text[i] == '母' && (Chars.isBoundary(Chars.at(text, i - 1)) || Chars.isAnyOf(text[i - 1], "初其"))
                    && NameRules.surnameLength(text, i + 1) == 1 && text[i + 2] != '氏' && Chars.isHan(text[i + 2])
                    && !Chars.isAnyOf(text[i + 1], "王后")) {
                names.add(new Hit(i + 1, i + 2, MentionType.PER, null, OfficeCompoundRule.slice(text, i + 1, i + 2), List.of(),
                        "rule:woman-surname", Hit.RULE));
            }
        }
    }

    /** What ends the last of several names written together without punctuation: 李筠何福進率兵, 石保吉魏咸信並坐, 劉平石元孫戰于. */
    private static final String GLUED_LIST_CLOSERS = "率並竝罷等坐來戰";

    /**
     * Verbs of report: 「鎮州郭崇報」, 「府州折御卿言」 — the man at a prefecture reports from it; and of seizing it or
     * rising there: 「贛州齊述據城叛」.
     */
    private static final String REPORTS = "言報奏據叛";

    /** A person right after a prefecture and before a verb of report: 「鎮州郭崇報契丹…」. */
    private static void reporter(int[] text, Hit place, List<Hit> names) {
        int start = place.end();
        int surname = NameRules.surnameLength(text, start);
        if (surname == 0) {
            return;
        }
        for (int given = 2; given >= 1; given--) {
            int end = start + surname + given;
            if (end <= text.length && allNameCharacters(text, start + surname, end) && Chars.isAnyOf(Chars.at(text, end), REPORTS)
                    && !Chars.isAnyOf(text[end - 1], REPORTS)) {
                names.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                        "rule:person-reporting", Hit.RULE));
                return;
            }
        }
    }

    /**
     * The closing words cannot stand inside a name (張旦擊破 is 張旦 + 擊), except 言, which is a common
     * given-name character (劉昌言罷 is 劉昌言 + 罷); the price is 「王超言：」 read as one name.
     */
    /** How far back the man a kinsman is named after may have been named in full (韓絳、絳弟維). */
    private static final int KIN_OF_NAMED_WINDOW = 12;

    /**
     * The man named in full by a one-character surname just before {@code at}, whose given name's last character
     * stands at {@code at} (韓絳 … 絳): null if none.
     */
    private static Hit namedJustBefore(int[] text, Hit[] personEndingAt, int at) {
        for (int end = at - 1; end >= Math.max(1, at - KIN_OF_NAMED_WINDOW); end--) {
            Hit h = personEndingAt[end];
            if (h != null && text[end - 1] == text[at] && NameRules.surnameLength(text, h.start()) == 1) {
                return h;
            }
        }
        return null;
    }

    /** The persons of two characters or more the hits know, by where they end; the kin frames ask it. */
    private static Hit[] personsByEnd(int[] text, List<Hit> known) {
        Hit[] byEnd = new Hit[text.length + 1];
        for (Hit h : known) {
            if (h.type() == MentionType.PER && h.length() >= 2 && byEnd[h.end()] == null) {
                byEnd[h.end()] = h;
            }
        }
        return byEnd;
    }

    /**
     * Characters no name holds: the words that follow names, and 人 (金人, 夏人: a people), 而 (已而, "soon after"), 憂
     * (丁母憂, mourning), 戍 and 戰 (減戍, 侯興戰死: no name of the packs holds either), the kin 弟, 兄, 姪 (范弟葵 is 趙范's
     * brother 葵); not 言 and 獻, which end many names
     * (辛叔獻), read so only where a closer follows. 已 stays: the
     * 四庫 text writes 己 so at the end of names (李虛已, 馮伸已).
     */
    private static final String NEVER_IN_NAME = AFTER_NAME.replace("言", "").replace("獻", "") + "人而憂戍戰所軍于於弟兄姪户戶";
    /** Verbs of fighting and seizing that take 之 as object: before 之 they end a clause, not a name (王文援之). */
    private static final String VERBS_BEFORE_OBJECT = "援擊討殺敗破攻救追拒斬執禦捕誅招迎邀襲";

    /** {@link #NEVER_IN_NAME} as a set: asked of every character of every name the frames try. */
    private static final java.util.BitSet NEVER_IN_NAME_SET = Chars.setOf(NEVER_IN_NAME);

    private static boolean allNameCharacters(int[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || NEVER_IN_NAME_SET.get(text[k])) {
                return false;
            }
        }
        return true;
    }
}
