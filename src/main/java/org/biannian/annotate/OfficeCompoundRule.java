package org.biannian.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Office titles built on a place or tribe: 銀州觀察使, 靈州路都部署, 環、慶等州都部署, 阻卜都詳穩, and
 * 知渭州 / 同知渭州 / 判X州. The whole title becomes one OFFICE; the place inside stays as a nested
 * mention (the selector keeps it).
 */
final class OfficeCompoundRule {

    /** Words that may stand between the place and the title: 靈州路都部署, 環慶等州都部署, 成德軍節度都知兵馬使. */
    // 忠義: the loyalists' militia of a region (京東忠義副都統, 鎮江忠義統制), raised in the Southern Song.
    private static final String[] LINKS = {"等州", "等路", "節度", "路忠義", "忠義", "兩路", "二路", "三路", "四路", "五路", "六路", "諸路",
        "路", "州", "等", "兵馬", "行營", "管內", "駐泊", ""}; // 鎮定髙陽關三路都部署, 河東陜西諸路招討使: the circuits counted

    private OfficeCompoundRule() {
    }

    /** Verbs whose object is a place: after them the place is where one goes or what one attacks, not a title's region. */
    private static final String MOVEMENT_OR_ATTACK = "犯攻寇入至圍陷取克拔襲據奔趨赴抵過渡駐屯守復掠侵";

    /** Regional commissions named without their 使 (河北安撫, 淮東制置, 京西北路安撫制置), longest first. */
    private static final String[] SHORT_COMMISSIONS = {"安撫制置", "制置安撫", "安撫", "制置", "轉運", "提刑", "宣撫", "招討", "經略", "經畧"};

    /**
     * 「鹽鐵判官、河北安撫，改…」, 「京東安撫劉洪道入青州」: a region's commissioner by the commission's name alone, which
     * is also a verb (安撫 "to pacify"), so only where the title visibly ends: at a boundary, 、, 兼 or a man's surname.
     * Returns the title's end after {@code placeEnd} (路 may stand between), or -1.
     */
    private static int shortCommissionEnd(int[] text, int placeEnd) {
        int at = Chars.at(text, placeEnd) == '路' ? placeEnd + 1 : placeEnd;
        for (String commission : SHORT_COMMISSIONS) {
            if (Chars.matchesAt(text, at, commission)) {
                int end = at + commission.length();
                int after = Chars.at(text, end);
                return Chars.isBoundary(after) || after == '、' || after == '兼' || NameRules.surnameLength(text, end) > 0 ? end : -1;
            }
        }
        return -1;
    }

    /** {@code hits}: the dictionary and list hits so far. Returns the new compound hits only. */
    static List<Hit> hits(int[] text, List<Hit> hits) {
        Map<Integer, List<Hit>> endingAt = new HashMap<>();
        // Counties by where they start: 知通州海門縣, a county of the prefecture governed, is one title.
        Map<Integer, Integer> countyEnds = new HashMap<>();
        for (Hit h : hits) {
            if (h.type() == MentionType.PLACE) {
                endingAt.computeIfAbsent(h.end(), k -> new ArrayList<>()).add(h);
                if (h.length() >= 2 && text[h.end() - 1] == '縣') {
                    countyEnds.merge(h.start(), h.end(), Math::max);
                }
            }
        }
        List<Hit> compounds = new ArrayList<>();
        for (Hit place : hits) {
            // Not a place that is a verb's object, run on unpunctuated (金人犯鄜延經略王庶命…: 經略 is 王庶's title alone).
            int commissionEnd = place.type() == MentionType.PLACE && place.length() >= 2
                    && !Chars.isAnyOf(Chars.at(text, place.start() - 1), MOVEMENT_OR_ATTACK) ? shortCommissionEnd(text, place.end()) : -1;
            if (commissionEnd > 0) {
                compounds.add(new Hit(place.start(), commissionEnd, MentionType.OFFICE, null,
                        slice(text, place.start(), commissionEnd) + "使", List.of(), "rule:short-commission", Hit.STRUCTURE));
            }
            int prefectEnd = place.type() == MentionType.PLACE && place.length() >= 2 ? prefectEnd(text, place) : -1;
            if (prefectEnd > 0) {
                compounds.add(new Hit(place.start(), prefectEnd, MentionType.OFFICE, null, slice(text, place.start(), prefectEnd),
                        List.of(), "rule:prefect", Hit.STRUCTURE));
            }
            // 即墨令, 高郵令: a county and its one-character post, which is no title alone.
            // With the prefecture it lies in before it, one title (濠州定逺尉, 台州黄巖丞).
            if (place.type() == MentionType.PLACE && (place.canonical().endsWith("縣") || text[place.end() - 1] == '縣')
                    && DictionaryStage.countyPost(text, place.end())) {
                int start = place.start();
                for (Hit prefecture : endingAt.getOrDefault(place.start(), List.of())) {
                    if (prefecture.length() >= 2 && Chars.isAnyOf(text[prefecture.end() - 1], "州府軍")) {
                        start = Math.min(start, prefecture.start());
                    }
                }
                compounds.add(new Hit(start, place.end() + 1, MentionType.OFFICE, null, slice(text, start, place.end() + 1),
                        List.of(), "rule:county-post", Hit.STRUCTURE));
            }
        }
        for (Hit office : hits) {
            if (office.type() != MentionType.OFFICE) {
                continue;
            }
            // 檢校司徒, 檢校尚書左僕射: a nominal title is 檢校 + any court title, one OFFICE (檢校太傅 is in the pack).
            if (office.start() >= 2 && text[office.start() - 2] == '檢' && text[office.start() - 1] == '校') {
                compounds.add(new Hit(office.start() - 2, office.end(), MentionType.OFFICE, null, slice(text, office.start() - 2, office.end()),
                        List.of(), "rule:nominal-title", Hit.STRUCTURE));
                continue;
            }
            // 同知諫院, 同判吏部流內銓: the associate of a charge the packs know, one title; also of the privy councillors
            // and a command (並同簽署樞密院事, 同都督江淮軍馬).
            if (Chars.at(text, office.start() - 1) == '同' && (Chars.isAnyOf(text[office.start()], "知判簽籤僉")
                    || Chars.matchesAt(text, office.start(), "都督"))) {
                compounds.add(new Hit(office.start() - 1, office.end(), MentionType.OFFICE, null, slice(text, office.start() - 1, office.end()),
                        List.of(), "rule:associate-title", Hit.STRUCTURE));
                continue;
            }
            int guard = guardStart(text, office);
            if (guard >= 0) {
                compounds.add(new Hit(guard, office.end(), MentionType.OFFICE, null, slice(text, guard, office.end()),
                        List.of(), "rule:guard-general", Hit.STRUCTURE));
                continue;
            }
            int honorary = honoraryStart(text, office);
            if (honorary >= 0) {
                compounds.add(new Hit(honorary, office.end(), MentionType.OFFICE, null, slice(text, honorary, office.end()),
                        List.of(), "rule:honorary-general", Hit.STRUCTURE));
                continue;
            }
            int qualified = qualifiedStart(text, office, endingAt);
            if (qualified < office.start()) {
                compounds.add(new Hit(qualified, office.end(), MentionType.OFFICE, null, slice(text, qualified, office.end()),
                        List.of(), "rule:qualified-title", Hit.STRUCTURE));
            }
            // 眞定府路副總管: the place and its link stand before the qualified title.
            int titleStart = Math.min(qualified, office.start());
            // 寧遠砦砦主, 豐州州將: the fort's or town's own officer, a title apart from the place before it; and a
            // chief councillor's honour after a governorship (武寧軍節度同平章事) is a second title, not its tail.
            String title = slice(text, titleStart, office.end());
            // The court's remonstrators (諫官) hold no place: 「知秦州諫官御史言」 runs two clauses together.
            // Nor does an intendant's charge that names its own circuit (安州提㸃廣南西路刑獄: 安州 ends a list before it).
            boolean standsApart = title.contains("平章事") || title.equals("侍中") || title.equals("中書令") || title.equals("兼侍中")
                    || title.equals("諫官") || InstitutionTitleRule.CIRCUIT_CHARGE.equals(office.foundBy());
            for (String link : standsApart ? new String[0] : LINKS) {
                int placeEnd = titleStart - link.length();
                if (placeEnd <= 0 || !Chars.matchesAt(text, placeEnd, link)) {
                    continue;
                }
                int start = chainStart(text, endingAt, placeEnd);
                if (start >= 0 && link.isEmpty() && text[placeEnd - 1] == text[titleStart]) {
                    break;
                }
                // 罷知杭州宣徽北院使王拱辰: unpunctuated, a prefecture governed (知 / 判 before it) is the title before,
                // and the next title begins after it.
                if (start >= 0 && link.isEmpty() && governed(text, start, placeEnd)) {
                    break;
                }
                if (start >= 0) {
                    start = staffOrAssociateStart(text, start, title);
                    int end = staffEnd(text, office.end(), title);
                    String written = slice(text, start, end);
                    compounds.add(new Hit(start, end, MentionType.OFFICE, null, written.replace("、", ""),
                            List.of(), "rule:office-on-place", Hit.STRUCTURE));
                    break;
                }
            }
        }
        for (List<Hit> places : endingAt.values()) {
            for (Hit place : places) {
                if (place.type() != MentionType.PLACE || place.length() < 2 || !Chars.isAnyOf(text[place.end() - 1], "州軍縣府監")
                        && !governedByOldName(text, place)) {
                    continue;
                }
                // 知渭州, 同知渭州, 判延州: the office of governing a prefecture, also when used as a verb.
                int before = place.start();
                boolean judge = Chars.at(text, before - 1) == '判';
                // 權發遣開封府: a junior man acting as prefect, the whole written title one OFFICE.
                boolean acting = Chars.matchesAt(text, before - 2, "發遣");
                if (acting) {
                    int start = Chars.at(text, before - 3) == '權' ? before - 3 : before - 2;
                    int end = Chars.at(text, place.end()) == '事' ? place.end() + 1 : place.end();
                    compounds.add(new Hit(start, end, MentionType.OFFICE, null, slice(text, start, end), List.of(), "rule:govern-place",
                            Hit.STRUCTURE));
                } else if (Chars.at(text, before - 1) == '知' || judge) {
                    // 同知渭州: the associate governor; 通判絳州: the prefecture's vice-governor. 權 (acting) stays outside
                    // the title, as the golds write 權[知開封府] (heldout/README.md).
                    int start = Chars.at(text, before - 2) == '同' && Chars.at(text, before - 1) == '知'
                            || judge && Chars.isAnyOf(Chars.at(text, before - 2), "通同") ? before - 2 : before - 1;
                    // 知延州事, 知開封府事: the charge written out with its business is one title; so is 知通州海門縣, a
                    // county of the prefecture named before it.
                    int governedEnd = countyEnds.getOrDefault(place.end(), place.end());
                    int end = Chars.at(text, governedEnd) == '事' ? governedEnd + 1 : governedEnd;
                    String written = slice(text, start, end);
                    compounds.add(new Hit(start, end, MentionType.OFFICE, null, written, List.of(),
                            "rule:govern-place", Hit.STRUCTURE));
                }
            }
        }
        // Read on the titles this rule built too (兵馬都總管, 京兆尹): 同知京兆尹, 同知安武軍節度使, the associate of a post
        // named on its place (the Jin and Liao 同知), one title; 本州團練使, 本路兵馬都總管, the post of the man's own
        // prefecture or circuit, one title, as the golds mostly tag it.
        List<Hit> prefixed = new ArrayList<>();
        for (List<Hit> titles : List.of(hits, compounds)) {
            for (Hit office : titles) {
                if (office.type() != MentionType.OFFICE || office.start() < 2) {
                    continue;
                }
                int first = text[office.start() - 2];
                int second = text[office.start() - 1];
                if (first == '同' && second == '知' && !Chars.isAnyOf(text[office.start()], "知判")) {
                    prefixed.add(new Hit(office.start() - 2, office.end(), MentionType.OFFICE, null,
                            slice(text, office.start() - 2, office.end()), List.of(), "rule:associate-title", Hit.STRUCTURE));
                } else if (Chars.isAnyOf(first, "本夲") && Chars.isAnyOf(second, "州路府軍")) {
                    prefixed.add(new Hit(office.start() - 2, office.end(), MentionType.OFFICE, null,
                            slice(text, office.start() - 2, office.end()), List.of(), "rule:own-unit-title", Hit.STRUCTURE));
                }
            }
        }
        compounds.addAll(prefixed);
        compounds.addAll(staffOfOffice(text, hits));
        return compounds;
    }

    /**
     * Whether the prefecture {@code [start, end)} follows 知 or 判, the verbs of governing it, and the title after it is
     * not one a prefecture's name belongs to (同知安武軍節度使: the associate of the commandery's governor).
     */
    private static boolean governed(int[] text, int start, int end) {
        return Chars.isAnyOf(Chars.at(text, start - 1), "知判") && Chars.isAnyOf(text[end - 1], "州府軍監")
                && PREFECTURE_RANKS.stream().noneMatch(rank -> Chars.matchesAt(text, end, rank));
    }

    /** The titles a prefecture's name opens: its military governor's and the ranks named after it. */
    private static final List<String> PREFECTURE_RANKS = List.of("節度", "觀察", "防禦", "團練", "刺史", "留後");

    /**
     * End of a capital prefecture's governor by the old title right after {@code place} (開封尹, 大名尹, 河南府尹, 開封少尹,
     * 雍州牧), or -1. Not after a prefecture written with 州 before 尹 (通判渭州尹洙 names 尹洙), and 牧 only closing its
     * title (雍州牧，; 鄆州牧馬草地 is pasture).
     */
    private static int prefectEnd(int[] text, Hit place) {
        int post = Chars.at(text, place.end());
        int next = Chars.at(text, place.end() + 1);
        boolean fu = place.canonical().endsWith("府") || !Chars.isAnyOf(text[place.end() - 1], "州軍縣監砦寨堡城鎮");
        if (fu && post == '尹') {
            return place.end() + 1;
        }
        if (fu && post == '少' && next == '尹') {
            return place.end() + 2;
        }
        boolean shepherd = post == '牧' && Chars.isAnyOf(text[place.end() - 1], "州府")
                && (Chars.isBoundary(next) || Chars.isAnyOf(next, "兼判為"));
        return shepherd ? place.end() + 1 : -1;
    }

    /**
     * 「馮京罷，知河陽。」, 「還知河陽，」, 「辟通判河陽。」: a prefecture by its old name, without 州 / 府, governed: 知 or 判
     * opening the clause or after a verb of posting (or 通 / 同 of the vice-governor), the place closing it (不知河陽 is
     * knowing, not governing).
     */
    private static boolean governedByOldName(int[] text, Hit place) {
        int before = Chars.at(text, place.start() - 2);
        return Chars.isAnyOf(Chars.at(text, place.start() - 1), "知判") && (Chars.isBoundary(before) || Chars.isAnyOf(before, POSTED))
                && Chars.isBoundary(Chars.at(text, place.end()));
    }

    /** Verbs of posting before 知 / 判 and a prefecture by its old name, and the vice-governor's 通 / 同. */
    private static final String POSTED = "徙出改復移再遷罷還辟除歷厯授兼通同";

    /**
     * Prefixes of a prefecture's staff post (簽書河陽判官, 簽鎮東軍節度判官), longest first, folded as the text the
     * rules read is (簽 is read as 籤).
     */
    private static final String[] STAFF_PREFIXES = java.util.stream.Stream.of("簽書", "簽署", "僉書", "僉署", "簽")
            .map(Dictionary::foldKey).toArray(String[]::new);

    /**
     * Where a title on a place starts when a prefix belongs to it: the signing clerk of a staff post
     * (簽書河陽判官), the associate of a circuit's command (同陜西馬步軍都總管).
     */
    private static int staffOrAssociateStart(int[] text, int start, String title) {
        if (title.endsWith("判官") || title.endsWith("推官")) {
            for (String prefix : STAFF_PREFIXES) {
                if (start >= prefix.length() && Chars.matchesAt(text, start - prefix.length(), prefix)) {
                    return start - prefix.length();
                }
            }
        }
        boolean command = title.endsWith("總管") || title.endsWith("部署") || title.endsWith("鈐轄");
        return command && Chars.at(text, start - 1) == '同' ? start - 1 : start;
    }

    /** A staff post written with its business: 簽書同州判官事, 簽書判官公事. */
    private static int staffEnd(int[] text, int end, String title) {
        if (!title.endsWith("判官") && !title.endsWith("推官")) {
            return end;
        }
        return Chars.matchesAt(text, end, "公事") ? end + 2 : Chars.at(text, end) == '事' ? end + 1 : end;
    }

    /**
     * The sixteen guards' generals: 左武衛大將軍, 右千牛衛上將軍, 右領軍衛將軍, 右衛上將軍 — 左/右, a guard's
     * name of up to three characters, 衛 (or 軍 for the palace armies), then the general's grade. Returns the title's start, or -1.
     */
    private static int guardStart(int[] text, Hit office) {
        String title = slice(text, office.start(), office.end());
        // Also the armies of the palace (左神武軍大將軍, 右羽林軍將軍): 左/右, two characters, 軍.
        if (!title.equals("將軍") && !title.equals("大將軍") && !title.equals("上將軍") || Chars.at(text, office.start() - 1) != '衛'
                && !(Chars.at(text, office.start() - 1) == '軍' && Chars.isAnyOf(Chars.at(text, office.start() - 4), "左右"))) {
            return -1;
        }
        for (int k = office.start() - 2; k >= Math.max(0, office.start() - 5); k--) {
            if (text[k] == '左' || text[k] == '右') {
                return k;
            }
        }
        return -1;
    }

    /**
     * Honorary generals named by two characters: 寧遠大將軍, 安遠將軍, 懷化大將軍 — right after a verb of
     * appointment (為, 授, 加, 拜, 以), so the two characters cannot be the end of a name or title.
     * Returns the title's start, or -1.
     */
    private static int honoraryStart(int[] text, Hit office) {
        String title = slice(text, office.start(), office.end());
        int start = office.start() - 2;
        if (!HONORARY_GENERALS.contains(title) || start < 1
                || !Chars.isHan(text[start]) || !Chars.isHan(text[start + 1]) || Chars.isAnyOf(text[start + 1], "衛左右")) {
            return -1;
        }
        // 復: 起復鎮軍大將軍; 贈 and 遷, the Jin ranks given the dead and the living (並贈鎮國上将軍, 累遷奉國上將軍).
        return Chars.isAnyOf(text[start - 1], "為授加拜以復贈遷") ? start : -1;
    }

    /** The staff posts of an office, one title with it when written right after it (留守判官, 軍器監判官). */
    private static final java.util.Set<String> STAFF_POSTS = java.util.Set.of("判官", "推官", "主簿", "支使", "掌書記");

    /** A regent's seat or a directorate and one of its staff posts right after it, one title: 安國及留守判官大良順. */
    private static List<Hit> staffOfOffice(int[] text, List<Hit> hits) {
        // Most texts name no staff post right after a title: look for one before indexing the titles.
        java.util.BitSet postStarts = new java.util.BitSet(text.length + 1);
        for (Hit h : hits) {
            if (h.type() == MentionType.OFFICE && h.length() <= 3 && Chars.isAnyOf(text[h.end() - 1], "官簿使記")
                    && STAFF_POSTS.contains(slice(text, h.start(), h.end()))) {
                postStarts.set(h.start());
            }
        }
        if (postStarts.isEmpty()) {
            return List.of();
        }
        Map<Integer, Hit> officeEnds = new HashMap<>();
        for (Hit h : hits) {
            // Only the regent's seat and a directorate, whose staff posts these are (留守判官, 軍器監判官); over 宋史 other titles
            // before them were as often two titles listed without punctuation (大理評事掌書記, 縣令主簿, 司法參軍主簿).
            // Not 都監, a military officer.
            if (h.type() == MentionType.OFFICE && postStarts.get(h.end()) && (Chars.matchesAt(text, h.end() - 2, "留守")
                    || text[h.end() - 1] == '監' && Chars.at(text, h.end() - 2) != '都')) {
                officeEnds.merge(h.end(), h, (a, b) -> a.length() >= b.length() ? a : b);
            }
        }
        List<Hit> staff = new ArrayList<>();
        for (Hit post : hits) {
            Hit office = post.type() == MentionType.OFFICE && postStarts.get(post.start()) ? officeEnds.get(post.start()) : null;
            if (office != null && STAFF_POSTS.contains(slice(text, post.start(), post.end()))) {
                staff.add(new Hit(office.start(), post.end(), MentionType.OFFICE, null, slice(text, office.start(), post.end()), List.of(),
                        "rule:staff-post", Hit.STRUCTURE));
            }
        }
        return staff;
    }

    /** The generals' titles an honorary name of two characters opens, as the text writes them (将 for 將 too). */
    private static final java.util.Set<String> HONORARY_GENERALS = java.util.Set.of("將軍", "大將軍", "上將軍", "将軍", "大将軍", "上将軍");

    /** Words that qualify the title after them: 右諫議大夫, 副部署, 馬軍指揮使, 殿前承旨. */
    private static final String[] QUALIFIERS = {"行營諸軍", "侍衛親軍", "侍衞親軍", "馬步軍", "馬軍", "步軍", "殿前", "侍衛", "侍衞", "左廂", "右廂", "行營", "兵馬", "緣邊", "沿邊", "左", "右", "副",
        // The errands a commission is named for, chained before its post: 經略安撫沿邊招討都監, 招撫制置使, 戰櫂都部署,
        // 駐泊副都部署, 沿海制置使.
        "經略", "安撫", "都招討", "招討", "招撫", "招安", "制置", "宣撫", "戰櫂", "戰棹", "水陸", "捉殺", "駐泊", "沿海", "沿江",
        // Jin field armies: 右翼軍都統; and the guards' commands: 左領軍大都督.
        "左翼軍", "右翼軍", "左領軍", "右領軍",
        // Southern Song field armies before their commands, chained: 左護軍都統制, 御前右軍都統制, 神武右軍都統制, 御營前軍統制.
        "護軍", "前軍", "後軍", "中軍", "左軍", "右軍", "神武", "御前", "御營",
        // All the armies of a place or of the court: 興州諸軍都統制, 御前諸軍都統制.
        "諸軍"};
    /** Characters that end a title or a verb, never part of a corps' name (使右廂, 為左廂). */
    private static final String CORPS_NOT = "使史候為以兼授除遷領判知充及與並、";
    /** Titles held "in" a department or a region: 司門員外郎, 西南面招安使, 西北道都部署. */
    private static final String DIRECTIONS = "東西南北";

    /**
     * Start of the title once the qualifiers before {@code office} are taken in: 右 + 諫議大夫, 副 + 部署,
     * 司門 + 員外郎, 西南面 + 招安使, 岐 + 國公. Returns {@code office.start()} when nothing qualifies it.
     */
    private static int qualifiedStart(int[] text, Hit office, Map<Integer, List<Hit>> placesEndingAt) {
        int start = office.start();
        String title = slice(text, office.start(), office.end());
        boolean extended = true;
        while (extended) {
            extended = false;
            for (String q : QUALIFIERS) {
                // 隴右節度, 江左: 左 / 右 after a region's first character is the region's (隴右), not a rank.
                boolean region = q.length() == 1 && !q.equals("副") && Chars.isAnyOf(Chars.at(text, start - 2), "隴江山浙淮河");
                if (start >= q.length() && Chars.matchesAt(text, start - q.length(), q) && !region) {
                    start -= q.length();
                    extended = true;
                    break;
                }
            }
        }
        // 鄜延環慶路同安撫使: the associate of a circuit's commissioner, 同 between the circuit's 路 and the title.
        if (Chars.at(text, start - 1) == '同' && Chars.at(text, start - 2) == '路') {
            start--;
        }
        // 虎捷右廂都虞候, 龍衛左廂都指揮使: a 廂 belongs to a named corps of two characters.
        int side = Chars.at(text, start);
        if (start < office.start() && (side == '左' || side == '右')) {
            if (Chars.at(text, start + 1) == '廂' && start >= 2 && Chars.isHan(text[start - 1]) && Chars.isHan(text[start - 2])
                    && !Chars.isAnyOf(text[start - 1], CORPS_NOT) && !Chars.isAnyOf(text[start - 2], CORPS_NOT)) {
                start -= 2;
            }
        }
        if ((title.equals("員外郎") || title.equals("郎中")) && Chars.at(text, start - 2) == '司' && Chars.isHan(Chars.at(text, start - 1))) {
            start -= 2;
        }
        // 尚書吏部侍郎, 尚書戶部侍郎, 尚書屯田員外郎: the Department of State before a ministry's or bureau's title.
        boolean bureau = (title.equals("員外郎") || title.equals("郎中")) && start == office.start() && Chars.isHan(Chars.at(text, start - 1))
                && Chars.isHan(Chars.at(text, start - 2)) && Chars.at(text, start - 3) == '書' && Chars.at(text, start - 4) == '尚';
        if (bureau) {
            start -= 4;
        } else if (title.endsWith("部侍郎") || title.endsWith("部郎中") || title.endsWith("部員外郎")) {
            if (Chars.at(text, start - 1) == '書' && Chars.at(text, start - 2) == '尚') {
                start -= 2;
            }
        }
        // 京西第五正將: a numbered 將 (army unit) of a circuit, whose place the link rules take.
        if ((title.equals("正將") || title.equals("副將")) && start == office.start() && Chars.isChineseNumeral(Chars.at(text, start - 1))) {
            int at = start - 1;
            while (Chars.isChineseNumeral(Chars.at(text, at - 1))) {
                at--;
            }
            if (Chars.at(text, at - 1) == '第') {
                start = at - 1;
            }
        }
        // 岐國公, 秦國公: a duke is named by a one-character ancient state.
        if (title.equals("國公") && start == office.start() && Chars.isHan(Chars.at(text, start - 1))
                && !Chars.isAnyOf(Chars.at(text, start - 1), "封為贈進改徙")) {
            start -= 1;
        }
        // 西南面, 西北道, 東路: one or two directions, then 面 / 道 / 路; or two directions before a field command
        // (昇州東南行營招撫制置使).
        // Not where a known circuit of the Tang kind ends (山南東道節度使 is the governor of 山南東道); a Song 路 is left
        // to the link rules (荆湖南路安撫使).
        int at = start - 1;
        // Nor where a known place ends at the direction (江東路副總管: 江東, whose 路 the link rules take).
        if (Chars.isAnyOf(Chars.at(text, at), "面道路") && (placesEndingAt.containsKey(start) || placesEndingAt.containsKey(at))) {
            return start;
        }
        if (Chars.isAnyOf(Chars.at(text, at), "面道路") && Chars.isAnyOf(Chars.at(text, at - 1), DIRECTIONS)) {
            int from = Chars.isAnyOf(Chars.at(text, at - 2), DIRECTIONS) ? at - 2 : at - 1;
            start = from;
        } else if (start < office.start() && Chars.matchesAt(text, start, "行營") && Chars.isAnyOf(Chars.at(text, at), DIRECTIONS)
                && Chars.isAnyOf(Chars.at(text, at - 1), DIRECTIONS)) {
            start = at - 1;
        }
        return start;
    }

    /** Start of a chain of places ending at {@code end}, joined directly or by 、; -1 if none ends there. */
    private static int chainStart(int[] text, Map<Integer, List<Hit>> endingAt, int end) {
        int start = -1;
        int at = end;
        Hit later = null;
        while (true) {
            Hit longest = null;
            for (Hit h : endingAt.getOrDefault(at, List.of())) {
                if (longest == null || h.length() > longest.length()) {
                    longest = h;
                }
            }
            // 知建康府、江東安撫使: a place governed (知 / 判 before it) is its own title, not the first of a shared one; and
            // a hall after 直 is a charge of its own (以直秘閣提舉江西常平茶鹽, 直祕閣、江東提舉常平), never the title's place.
            if (longest == null || start >= 0 && Chars.isAnyOf(Chars.at(text, longest.start() - 1), "知判")
                    || Chars.at(text, longest.start() - 1) == '直') {
                return start;
            }
            // 寇渭州環慶路副總管, 攻鄧州鄂州都統 (unpunctuated): a prefecture that a verb of movement or attack takes is
            // that clause's end, no share of the title after it; listed for one title, prefectures follow an appointment
            // (除德安府復州漢陽軍鎭撫使, 簽書同州鄜州判官事), not an attack.
            if (later != null && longest.end() == later.start() && Chars.isAnyOf(text[longest.end() - 1], UNITS)
                    && Chars.isAnyOf(Chars.at(text, longest.start() - 1), MOVED_TO)) {
                return start;
            }
            start = longest.start();
            later = longest;
            at = Chars.at(text, start - 1) == '、' ? start - 1 : start;
            if (at != start && endingAt.get(at) == null) {
                return start;
            }
        }
    }

    /** The last characters of a prefecture or fort written whole. */
    private static final String UNITS = "州軍府監堡砦寨";
    /** Verbs whose object is where one goes or what one takes: also 破 (破黄州) and 如 (如杭州). */
    private static final String MOVED_TO = MOVEMENT_OR_ATTACK + "破如";

    static String slice(int[] text, int start, int end) {
        return new String(text, start, end - start);
    }
}
