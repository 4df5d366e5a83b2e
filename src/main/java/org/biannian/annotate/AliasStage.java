package org.biannian.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Name;

/**
 * Stage 4, short names after full ones: once 李繼隆 has been named, 繼隆 (and, close by, a one-character
 * given name such as 端 after 呂端) refers to him. The given name goes to the person named most
 * recently, so 繼隆 after 賈繼隆 is 賈繼隆. A one-character given name counts only within
 * {@link #SINGLE_WINDOW} code points of the full name and where a name can start (after
 * punctuation or a verb of address or command), since single characters are ordinary words too.
 *
 * <p>A person, place or group found by a rule where the frame was clear (「節度使崔彥進副之」, 「大敗于岐溝關」)
 * is found again wherever the same full name recurs (「召曹彬、崔彥進、米信歸闕」, 「攻下岐溝關」), so a
 * name in no pack is still counted in full.
 */
final class AliasStage {

    static final int SINGLE_WINDOW = 400;
    /** How close a full name must be for its one-character name framed only by a verb. */
    static final int NEARBY_WINDOW = 120;
    /** How close a full name must be for its one-character name in no frame at all. */
    static final int JUST_AFTER_WINDOW = 40;
    /**
     * One-character given names that are also particles or a consort's word (王則's 則, 而, 后): named alone they stay
     * within reach of the full name only, never of the man's last one-character mention.
     */
    private static final String NOT_CHAINED = "則而乃其之也者所於于以及與且又亦皆遂即既后";
    /**
     * One-character given names that are the court's acts opening an annal's records (袁詔 … 。詔…, 命, 遣, 賜): alone
     * they are the act, not the man, unless he is the subject of the life (張詔字君卿 … 詔遂兼西路).
     */
    private static final String COURT_ACTS = "詔命遣賜令敕勑";
    /** Key prefix for names found by rule, which have no authority id yet. */
    private static final String RULE_NAME = "rule-name:";
    /** Kinds of rule-found name that are looked for again wherever they recur (岐溝關 twice, 崔彥進 three times). */
    private static final java.util.Set<MentionType> RECURRING = java.util.EnumSet.of(MentionType.PER, MentionType.PLACE, MentionType.GROUP);
    /** Before a one-character name: verbs of address and command, and the particles that end a sentence in unpunctuated text (…矣侁沮其議). */
    private static final String BEFORE_SINGLE = "與及命遣詔召謂令使以而乃時曰責問勞賜也矣焉哉";
    /** Verbs of speech after any one-character name, unpunctuated too: 侁曰, 業謂美等曰, 文裕亦贊成之 (亦 is not here). */
    private static final String SPEAKS = "曰謂奏";
    /** Before a verb of movement that precedes speech (乘間進曰, 而進謂之), not a name: the character is the verb. */
    private static final String NOT_BEFORE_SPEAKER = "而間前乃因遂";
    /** After these a single character is the start of a word (至是, 用此), not a name. */
    private static final String AFTER_NOT_SINGLE = "是此今於之也矣乎者";
    /** Around a biography subject's one-character name: verbs before it (授美, 遇美) and after it (美擊, 美以功). */
    private static final String SUBJECT_BEFORE = "授遇從拜除徙知取識召見命遣賜指問勞擢薦責付屬相罷赴怒代白廢黜斬呼忌說敗";
    private static final String SUBJECT_AFTER = "等以為率擊破揮窮單少遂乃亦既嘗又即因請上奏言曰與及至入出還遷改拜知領帥將請猶潛始終益執謂頓不未獨固當方素每自先皆必"
            + "除罵追贈果懼坐信過辭遁所";

    private AliasStage() {
    }

    /**
     * {@code givenNamesOf}: a known person's {@link #givenNames} by id, null for an id no record has.
     * {@code subjects}: where the subject of a biography is named in its opening (「潘美字仲詢」). The subject is
     * the person the whole text is about, so his one-character given name (美) counts anywhere after, not
     * only near the full name, and also without punctuation: before a verb (美擊走之) or after one (授美).
     */
    static List<Hit> hits(int[] text, List<Hit> selected, List<Hit> titleNames, Authority authority,
                          java.util.function.Function<String, List<String>> givenNamesOf, List<int[]> titleInteriors,
                          java.util.Set<Integer> subjects) {
        Map<String, List<int[]>> fullMentions = new HashMap<>();
        java.util.Set<String> subjectKeys = new java.util.HashSet<>();
        // A state's ruler named by his given name after his title (金主亮) is the one man that name means through the text.
        java.util.Set<String> rulerKeys = new java.util.HashSet<>();
        Map<String, List<String>> personsByAlias = new LinkedHashMap<>();
        List<Hit> introductions = new ArrayList<>(selected);
        introductions.addAll(titleNames);
        for (Hit h : introductions) {
            // A one-character name only of a biography's subject (a son's life appended: 子履。履束髮從戎).
            // And a man named by one character whom a rule gave his family (絳弟維 → 韓維, 父航 of 劉安世 → 劉航): 維 again
            // is he.
            boolean withFamily = h.length() == 1 && h.type() == MentionType.PER
                    && h.canonical().codePointCount(0, h.canonical().length()) > 1;
            if (RECURRING.contains(h.type()) && h.priority() == Hit.RULE && h.id() == null
                    && (h.length() >= 2 || subjects.contains(h.start()) || withFamily)) {
                String key = RULE_NAME + h.type() + ":" + h.canonical();
                fullMentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {h.start(), h.end()});
                personsByAlias.computeIfAbsent(h.canonical(), k -> new ArrayList<>(List.of(key)));
                // A place found under a fuller name than the text writes (青居 of 「青居、大獲…凡十餘城」 as 青居城) recurs
                // as the text writes it (移沔戎於青居).
                String written = h.type() == MentionType.PLACE && h.length() >= 2
                        ? Dictionary.foldKey(OfficeCompoundRule.slice(text, h.start(), h.end())) : h.canonical();
                if (!written.equals(h.canonical())) {
                    List<String> ids = personsByAlias.computeIfAbsent(written, k -> new ArrayList<>());
                    if (!ids.contains(key)) {
                        ids.add(key);
                    }
                }
                int[] full = h.canonical().codePoints().toArray();
                int familyLength = h.type() == MentionType.PER ? NameRules.surnameLength(full, 0) : 0;
                int given = full.length - familyLength;
                // The tagger's guesses are named again by two characters at least, never by one.
                boolean singleOfGuess = given == 1 && h.foundBy().equals(TaggerStage.FOUND_BY);
                if (familyLength > 0 && given >= 1 && (given <= 2 || given == 3 && familyLength >= 2) && !subjects.contains(h.start())
                        && !singleOfGuess) {
                    // A man a rule found in full (夏守斌) is named by his two-character given name after (守斌); a clan's,
                    // transcribed, by three too (烏雅呼爾哈 → 呼爾哈); by one character (姚古 → 古) only as close as a
                    // known man's one-character name counts (the windows below).
                    List<String> ids = personsByAlias.computeIfAbsent(new String(full, familyLength, given), k -> new ArrayList<>());
                    if (!ids.contains(key)) {
                        ids.add(key);
                    }
                }
                if (h.type() == MentionType.PER && subjects.contains(h.start())) {
                    subjectKeys.add(key);
                    int[] cps = h.canonical().codePoints().toArray();
                    int surname = NameRules.surnameLength(cps, 0);
                    if (surname > 0 && cps.length - surname >= 1 && h.length() >= 2) {
                        personsByAlias.computeIfAbsent(new String(cps, surname, cps.length - surname), k -> new ArrayList<>()).add(key);
                    }
                }
                continue;
            }
            if (h.type() != MentionType.PER || h.id() == null || h.id().startsWith("local:")) {
                continue;
            }
            List<String> givenNames = givenNamesOf.apply(h.id());
            if (givenNames == null) {
                continue;
            }
            fullMentions.computeIfAbsent(h.id(), k -> new ArrayList<>()).add(new int[] {h.start(), h.end()});
            if (subjects.contains(h.start())) {
                subjectKeys.add(h.id());
            }
            List<String> aliases = givenNames;
            if (h.foundBy().equals(ClanGivenNameRule.RULER_FOUND_BY)) {
                rulerKeys.add(h.id());
                // 金主亮 … 亮賦詩: the ruler's given name as the text wrote it after his title names him after.
                aliases = new ArrayList<>(givenNames);
                aliases.add(Dictionary.foldKey(OfficeCompoundRule.slice(text, h.start(), h.end())));
            }
            for (String alias : aliases) {
                List<String> ids = personsByAlias.computeIfAbsent(alias, k -> new ArrayList<>());
                if (!ids.contains(h.id())) {
                    ids.add(h.id());
                }
            }
        }
        if (personsByAlias.isEmpty()) {
            return List.of();
        }
        // A surname-shaped character that ends a title is the title's (開封府尹美以…: 尹 is not a surname there).
        java.util.BitSet officeEnds = new java.util.BitSet(text.length + 1);
        for (Hit h : selected) {
            if (h.type() == MentionType.OFFICE) {
                officeEnds.set(h.end());
            }
        }
        fullMentions.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(m -> m[0])));
        boolean[] taken = new boolean[text.length + 1];
        // A people or a state by one character (夷, 金) gives way to a given name of two it opens (夷簡 after 吕夷簡);
        // a one-character given name does not displace it.
        boolean[] people = new boolean[text.length + 1];
        for (Hit h : selected) {
            // A rule's guess at an unknown person gives way to a known person's given name (文寶 after 鄭文寶).
            if (h.type() == MentionType.PER && h.priority() == Hit.RULE) {
                continue;
            }
            if (h.length() == 1 && (h.type() == MentionType.GROUP || h.type() == MentionType.POLITY)) {
                people[h.start()] = true;
                continue;
            }
            for (int k = h.start(); k < h.end(); k++) {
                taken[k] = true;
            }
        }
        for (int[] interior : titleInteriors) {
            for (int k = interior[0]; k < interior[1]; k++) {
                taken[k] = true;
            }
        }
        // A rule's own name where the rule found it keeps its evidence, and its given name inside it (休格 in 耶律休格)
        // is no second mention: the alias is for the other places it recurs.
        boolean[] inPerson = new boolean[text.length + 1];
        for (Hit h : selected) {
            if (h.type() == MentionType.PER && h.length() >= 2) {
                for (int k = h.start(); k < h.end(); k++) {
                    inPerson[k] = true;
                }
            }
        }
        Hit[] ruleNameAt = new Hit[text.length];
        for (Hit h : selected) {
            if (h.priority() == Hit.RULE && h.id() == null && RECURRING.contains(h.type())) {
                for (int k = h.start(); k < h.end(); k++) {
                    ruleNameAt[k] = h;
                }
            }
        }
        List<String> aliases = new ArrayList<>(personsByAlias.keySet());
        List<Hit> hits = new ArrayList<>();
        // Where each man was last named by one character where a name opens: the talk is still of him, so his window
        // runs on from there (劉錡 once, then 錡 nine times over 600 code points of 陳規傳). The scan goes in text order.
        Map<String, Integer> lastNamedAlone = new HashMap<>();
        NameTrie.of(aliases).scan(text, (start, end, key) -> {
            Hit rule = ruleNameAt[start];
            if (rule != null && rule.end() >= end
                    && personsByAlias.get(aliases.get(key)).contains(RULE_NAME + rule.type() + ":" + rule.canonical())) {
                return;
            }
            // The given name of one man that a rule found whole under another surname (温都珠徳勒, not 舒穆嚕珠徳勒's 珠徳勒).
            if (rule != null && rule.type() == MentionType.PER && rule.start() < start && rule.end() == end
                    && NameRules.surnameLength(text, rule.start()) == start - rule.start()) {
                return;
            }
            for (int k = start; k < end; k++) {
                if (taken[k] || people[k] && (end - start != 2 || k != start || text[start + 1] == '人')) {
                    return;
                }
            }
            boolean single = end - start == 1;
            boolean ofSubject = single && personsByAlias.get(aliases.get(key)).stream().anyMatch(subjectKeys::contains);
            boolean opens = Chars.isBoundary(Chars.at(text, start - 1)) || Chars.isAnyOf(Chars.at(text, start - 1), BEFORE_SINGLE)
                    || ofSubject
                    || single && Chars.isAnyOf(Chars.at(text, end), SPEAKS) && !(Chars.at(text, end) == '謂' && Chars.at(text, end + 1) == '之')
                    && !Chars.isAnyOf(Chars.at(text, start - 1), NOT_BEFORE_SPEAKER);
            // A man named in full a moment ago is named by one character also where a verb frames it, as the
            // subject is (「劉浩…従浩觧東京圍」, 「宗澤…澤大竒之」), only close to his full name; right after it, in
            // any frame (「卒陳海匿崈以歸…崈亦蘇」).
            boolean framedNearby = single && !opens && (Chars.isAnyOf(Chars.at(text, start - 1), SUBJECT_BEFORE)
                    || Chars.isAnyOf(Chars.at(text, end), SUBJECT_AFTER));
            boolean justAfter = single && !opens && !framedNearby;
            if (single && (Chars.isAnyOf(Chars.at(text, end), AFTER_NOT_SINGLE) || Chars.isAnyOf(text[start], COURT_ACTS) && !ofSubject)) {
                return;
            }
            // The person named nearest: before the given name if any (the usual order), else after
            // (「其弟延信」 … 李延信). A one-character name needs its full name just before it.
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String id : personsByAlias.get(aliases.get(key))) {
                int distance = nearest(fullMentions.get(id), start, end, single);
                int window = justAfter ? JUST_AFTER_WINDOW : framedNearby ? NEARBY_WINDOW : SINGLE_WINDOW;
                // Where a verb frames him (知瑋必勝), the talk is still of him if he was named alone a moment ago.
                Integer alone = single && (opens || framedNearby) && !Chars.isAnyOf(text[start], NOT_CHAINED) ? lastNamedAlone.get(id) : null;
                if (alone != null && distance > window && start - alone <= (opens ? SINGLE_WINDOW : NEARBY_WINDOW)) {
                    distance = window; // within reach of his last one-character mention, which counts as near enough
                }
                if (distance < bestDistance && (!single || distance <= window || subjectKeys.contains(id) || rulerKeys.contains(id))) {
                    best = id;
                    bestDistance = distance;
                }
            }
            // A rule's man by one character needs a frame around it (古曰, 遣古), not mere closeness, and never stands
            // inside another man's name (信 of 王仕信 after 程信); through a life its subject keeps his one-character name
            // (瓊 of 高瓊, not of a 顧瓊 the tagger guessed), whether a rule or a pack knows him.
            if (best != null && best.startsWith(RULE_NAME) && single && !subjectKeys.contains(best)
                    && (justAfter || inPerson[start] || !verbFramed(text, start))) {
                best = personsByAlias.get(aliases.get(key)).stream().filter(subjectKeys::contains).findFirst().orElse(null);
                if (best == null) {
                    return;
                }
            }
            if (best != null && best.startsWith(RULE_NAME)) {
                MentionType type = MentionType.valueOf(best.substring(RULE_NAME.length(), best.indexOf(':', RULE_NAME.length())));
                // A given name after a surname is another full name (夏守贇 hidden by the state 夏), and one before
                // 寺 / 宮 / 觀 names a building (建隆寺 after 李建隆): neither is the man found by the rule.
                int previous = Chars.at(text, start - 1);
                if (type == MentionType.PER && end - start >= 2 && (previous != '王' && !officeEnds.get(start)
                        && NameRules.surnameLength(text, start - 1) == 1 || Chars.isAnyOf(Chars.at(text, end), "寺宮觀院殿"))) {
                    return;
                }
                String canonical = best.substring(best.indexOf(':', RULE_NAME.length()) + 1);
                hits.add(new Hit(start, end, type, null, canonical, List.of(), "alias:rule-name", Hit.RULE));
                for (int k = start; k < end; k++) {
                    taken[k] = true;
                }
                return;
            }
            // 「楊重進」 is another man than 田重進: a given name right after a different surname is not an alias.
            // 王 is left out: before a given name it is a prince's title (陳王元僖), not a surname.
            int before = Chars.at(text, start - 1);
            if (best != null && before != '王' && !officeEnds.get(start) && NameRules.surnameLength(text, start - 1) == 1
                    && authority.find(best).map(r -> r.canonical().codePointAt(0) != before).orElse(false)) {
                return;
            }
            if (best != null) {
                String canonical = authority.find(best).map(AuthorityRecord::canonical).orElse(best);
                hits.add(new Hit(start, end, MentionType.PER, best, canonical, List.of(), "alias:given-name", Hit.DICTIONARY));
                if (single && opens) {
                    lastNamedAlone.put(best, end);
                }
                for (int k = start; k < end; k++) {
                    taken[k] = true;
                }
            }
        });
        return hits;
    }

    /**
     * A one-character name with a verb of his right after it (古曰, 俊等, 珪以) or one whose object he is right before it
     * (遣古, 召俊), and not the branch of a day (巳酉).
     */
    private static boolean verbFramed(int[] text, int at) {
        int before = Chars.at(text, at - 1);
        int after = Chars.at(text, at + 1);
        return (Chars.isAnyOf(after, SUBJECT_AFTER + SPEAKS) || Chars.isAnyOf(before, BEFORE_SINGLE + SUBJECT_BEFORE))
                && !Chars.isAnyOf(before, "甲乙丙丁戊己庚辛壬癸巳已");
    }

    /**
     * The distance from {@code [start, end)} to the nearest full mention in {@code sorted} (by start, never
     * overlapping): one before counts its gap, one after twice its gap and one (before first), and only for a
     * name of two or more characters; {@link Integer#MAX_VALUE} when none. A binary search, as a long document
     * names one man thousands of times.
     */
    private static int nearest(List<int[]> sorted, int start, int end, boolean single) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) { // the first mention that ends after start
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid)[1] <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int best = Integer.MAX_VALUE;
        if (lo > 0 && sorted.get(lo - 1)[0] != start) {
            best = start - sorted.get(lo - 1)[1];
        }
        if (!single) {
            for (int k = lo; k < sorted.size(); k++) {
                int[] full = sorted.get(k);
                if (full[0] >= end) {
                    best = Math.min(best, 2 * (full[0] - end) + 1);
                    break;
                }
            }
        }
        return best;
    }

    /** The given names by which the person may be called once named in full: 李繼隆 → 繼隆, 呂端 → 端. */
    static List<String> givenNames(AuthorityRecord person) {
        List<String> given = new ArrayList<>();
        for (Name name : person.names()) {
            if (name.kind().equals("given")) {
                given.add(Dictionary.foldKey(name.text()));
                continue;
            }
            if (!name.kind().equals("name") && !name.kind().equals("bestowed") && !name.kind().equals("changed")
                    && !name.kind().equals("variant")) {
                continue;
            }
            int[] cps = Dictionary.foldKey(name.text()).codePoints().toArray();
            int surname = NameRules.surnameLength(cps, 0);
            if (surname == 0 && (cps.length == 2 || cps.length == 3) && "pol:song".equals(person.polity())) {
                // A Song man's two- or three-character name is surname + given name even when the surname is a rare
                // one the list lacks (富弼 → 弼, 蔚昭敏 → 昭敏); foreign names (唃厮囉) are not split.
                surname = 1;
            }
            String givenName = NameRules.givenNameAfter(cps, surname);
            // 孔子, 孟子: 子 after a surname is "Master", no given name.
            if (givenName != null && !givenName.equals("子")) {
                given.add(givenName);
            }
        }
        return given;
    }
}
