package org.biannian.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.EntityKind;

/**
 * Members of the imperial clan named by given name alone after a kinship word of the court: 「賜皇弟殿前都虞候
 * 匡義名光義」, 「皇子德昭」. The clan's surname is never written there, so the given name (the full name
 * without 趙) is looked up among the pack's persons of the clan; a given name two of them share is left
 * alone. After the first, 「名X」 renames the same man (光義).
 */
final class ClanGivenNameRule {

    static final String FOUND_BY = "rule:clan-given-name";
    private static final String CLAN_SURNAME = "趙";
    private static final String[] KIN = {"皇弟", "皇子", "皇兄", "皇姪", "皇孫", "皇叔", "皇從子", "皇從弟"};

    static final String RULER_FOUND_BY = "rule:ruler-given-name";

    /** Given name → the one clan member with it. */
    private final Map<String, AuthorityRecord> byGivenName;
    /** A state's name as written (金, 夏, 契丹) → given name → the one ruler of that state with it (亮 → 完顏亮). */
    private final Map<String, Map<String, AuthorityRecord>> rulersByState;

    private ClanGivenNameRule(Map<String, AuthorityRecord> byGivenName, Map<String, Map<String, AuthorityRecord>> rulersByState) {
        this.byGivenName = byGivenName;
        this.rulersByState = rulersByState;
    }

    static ClanGivenNameRule of(Authority authority) {
        Map<String, AuthorityRecord> unique = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (AuthorityRecord r : authority.records()) {
            if (r.kind() != EntityKind.PERSON) {
                continue;
            }
            for (String given : AliasStage.givenNames(r)) {
                boolean clan = r.names().stream().anyMatch(n -> Dictionary.foldKey(n.text()).equals(CLAN_SURNAME + given));
                if (!clan || given.codePointCount(0, given.length()) != 2) {
                    continue;
                }
                AuthorityRecord before = unique.putIfAbsent(given, r);
                if (before != null && !before.id().equals(r.id())) {
                    shared.add(given);
                }
            }
        }
        shared.forEach(unique::remove);
        return new ClanGivenNameRule(Map.copyOf(unique), rulersByState(authority));
    }

    /** The rulers the reigns name, by their state's names and given names; a given name two rulers of a state share is left out. */
    private static Map<String, Map<String, AuthorityRecord>> rulersByState(Authority authority) {
        Map<String, Map<String, AuthorityRecord>> byPolity = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (org.biannian.authority.Reign reign : authority.reigns()) {
            AuthorityRecord ruler = authority.find(reign.personId()).orElse(null);
            if (ruler == null) {
                continue;
            }
            for (String given : rulerGivenNames(ruler)) {
                AuthorityRecord before = byPolity.computeIfAbsent(reign.polity(), k -> new HashMap<>()).putIfAbsent(given, ruler);
                if (before != null && !before.id().equals(ruler.id())) {
                    shared.add(reign.polity() + " " + given);
                }
            }
        }
        Map<String, Map<String, AuthorityRecord>> byState = new HashMap<>();
        for (AuthorityRecord polity : authority.records()) {
            Map<String, AuthorityRecord> rulers = byPolity.get(polity.id());
            if (polity.kind() != EntityKind.POLITY || rulers == null) {
                continue;
            }
            Map<String, AuthorityRecord> unique = new HashMap<>(rulers);
            unique.keySet().removeIf(given -> shared.contains(polity.id() + " " + given));
            for (org.biannian.authority.Name name : polity.names()) {
                byState.putIfAbsent(Dictionary.foldKey(name.text()), Map.copyOf(unique));
            }
        }
        return Map.copyOf(byState);
    }

    /** A ruler's given names: his names that open with a surname (完顏亮 → 亮, 李秉常 → 秉常), not a temple name (金太祖). */
    private static List<String> rulerGivenNames(AuthorityRecord ruler) {
        List<String> given = new ArrayList<>();
        for (org.biannian.authority.Name name : ruler.names()) {
            int[] cps = Dictionary.foldKey(name.text()).codePoints().toArray();
            String givenName = NameRules.givenNameAfter(cps, NameRules.surnameLength(cps, 0));
            if (givenName != null && !Chars.isAnyOf(cps[cps.length - 1], "宗祖帝")) {
                given.add(givenName);
            }
        }
        return given;
    }

    /**
     * A ruler by his given name right after his state's 主 (金主亮修汴, 夏主秉常): the state's rulers in the reigns are
     * asked, two characters first, so the name is linked to the man, not guessed.
     */
    List<Hit> rulers(int[] text, List<Hit> hits) {
        List<Hit> found = new ArrayList<>();
        for (Hit h : hits) {
            if (h.type() != MentionType.ROLE || h.length() < 2 || text[h.end() - 1] != '主') {
                continue;
            }
            ruler(text, h.end(), rulersByState.get(OfficeCompoundRule.slice(text, h.start(), h.end() - 1)), found);
        }
        // 「契丹來告其國主宗真殂」: 其主 / 其國主 after the state named in the same sentence, the last state named before it.
        List<Hit> states = null;
        int[] namedBy = null; // namedBy[k]: where the k-th state (in order of position) is the last one named, at the earliest
        int next = 0;
        for (int i = 2; i < text.length; i++) {
            int opener = text[i - 1] == '國' ? i - 2 : i - 1;
            if (text[i] != '主' || Chars.at(text, opener) != '其') {
                continue; // the cheap test first: the states are sorted only where the text writes 其主
            }
            if (states == null) {
                states = hits.stream().filter(h -> h.type() == MentionType.POLITY).sorted(Hit.BY_POSITION).toList();
                namedBy = new int[states.size()];
                for (int k = 0, most = 1; k < states.size(); k++) {
                    most = Math.max(most, states.get(k).end());
                    namedBy[k] = most;
                }
            }
            while (next < states.size() && namedBy[next] <= i) {
                next++;
            }
            Hit lastState = next > 0 ? states.get(next - 1) : null;
            if (lastState == null || lastState.end() > opener || i - lastState.end() > OWN_RULER_WINDOW
                    || sentenceEndsBetween(text, namedBy[next - 1], i)) {
                continue;
            }
            ruler(text, i + 1, rulersByState.get(OfficeCompoundRule.slice(text, lastState.start(), lastState.end())), found);
        }
        return found;
    }

    /** Whether a 。 stands in {@code (from, to]}: the state named before it is of another sentence. */
    private static boolean sentenceEndsBetween(int[] text, int from, int to) {
        for (int k = to; k > from; k--) {
            if (text[k] == '。') {
                return true;
            }
        }
        return false;
    }

    /** How far back in its sentence the state of 其主 may stand. */
    private static final int OWN_RULER_WINDOW = 24;

    /** The ruler of {@code rulers} named at {@code at}, two characters first, into {@code found}. */
    private static void ruler(int[] text, int at, Map<String, AuthorityRecord> rulers, List<Hit> found) {
        for (int given = 2; rulers != null && given >= 1; given--) {
            AuthorityRecord ruler = at + given <= text.length ? rulers.get(OfficeCompoundRule.slice(text, at, at + given)) : null;
            if (ruler != null) {
                found.add(new Hit(at, at + given, MentionType.PER, ruler.id(), ruler.canonical(), List.of(), RULER_FOUND_BY, Hit.DICTIONARY));
                return;
            }
        }
    }

    /** {@code hits}: the hits so far (the titles between the kinship word and the name). */
    List<Hit> hits(int[] text, List<Hit> hits) {
        Map<Integer, Integer> officeEnd = new HashMap<>();
        for (Hit h : hits) {
            if (h.type() == MentionType.OFFICE) {
                officeEnd.merge(h.start(), h.end(), Math::max);
            }
        }
        List<Hit> found = new ArrayList<>();
        for (int i = 0; i + 3 < text.length; i++) {
            if (text[i] != '皇') {
                continue;
            }
            for (String kin : KIN) {
                int length = kin.length();
                if (!OfficeCompoundRule.slice(text, i, Math.min(text.length, i + length)).equals(kin)) {
                    continue;
                }
                int at = i + length;
                while (officeEnd.containsKey(at)) {
                    at = officeEnd.get(at);
                }
                AuthorityRecord person = at + 2 <= text.length ? byGivenName.get(OfficeCompoundRule.slice(text, at, at + 2)) : null;
                if (person == null) {
                    break;
                }
                found.add(new Hit(at, at + 2, MentionType.PER, person.id(), person.canonical(), List.of(), FOUND_BY, Hit.DICTIONARY));
                int renamed = at + 3;
                if (Chars.at(text, at + 2) == '名' && renamed + 2 <= text.length
                        && person.equals(byGivenName.get(OfficeCompoundRule.slice(text, renamed, renamed + 2)))) {
                    found.add(new Hit(renamed, renamed + 2, MentionType.PER, person.id(), person.canonical(), List.of(), FOUND_BY,
                            Hit.DICTIONARY));
                }
                break;
            }
        }
        titledOrRaised(text, hits, found);
        afterTheClansOffices(text, hits, found);
        return found;
    }

    /**
     * Generation characters of the clan's given names, each borne by clansmen 宋史 names often (令畤 10 times, 仲湜 12, 士㒟 28,
     * 宗景 28, 善湘 31, 汝愚 364, 必愿 18, 良淳 22, 友直 42, 與芮 21, 伯琮 13, 師禹 14, 世將 55, 從古 17, 惟吉 63, 允讓 7,
     * 叔韶 3, 彦逾 37); not 元, 崇 or 次, which open eras and counts (元豐, 崇寧, 次一), nor the words 不, 若, 克, 承.
     */
    private static final java.util.BitSet GENERATIONS = Chars.setOf("令仲士宗善汝必良友與伯師世從惟允叔彦彥");
    /** What closes a clansman's given name after his office: a boundary, another title or his errand. */
    private static final String AFTER_CLANSMAN = "、，。嗣兵同提攝為加以權";

    /**
     * A clansman by given name after the offices only the clan holds, the court of the imperial clan's (判大宗正事士㒟,
     * 知南外宗正事仲儡): a generation character and one more, closed; the pack's man where it knows him, else 趙 and the
     * given name.
     */
    private void afterTheClansOffices(int[] text, List<Hit> hits, List<Hit> found) {
        for (Hit h : hits) {
            int e = h.end();
            if (h.type() != MentionType.OFFICE || e + 2 >= text.length || !Chars.isIn(text[e], GENERATIONS) || !Chars.isHan(text[e + 1])
                    || !Chars.isAnyOf(text[e + 2], AFTER_CLANSMAN) || !OfficeCompoundRule.slice(text, h.start(), e).endsWith("宗正事")) {
                continue;
            }
            String given = OfficeCompoundRule.slice(text, e, e + 2);
            AuthorityRecord person = byGivenName.get(given);
            found.add(person != null
                    ? new Hit(e, e + 2, MentionType.PER, person.id(), person.canonical(), List.of(), FOUND_BY, Hit.DICTIONARY)
                    : new Hit(e, e + 2, MentionType.PER, null, CLAN_SURNAME + given, List.of(), FOUND_BY, Hit.RULE));
        }
    }

    /**
     * A clan member by given name after a prince's title (衛王元佐, 封元休韓王) or raised by the court to a title (進元佐為楚王),
     * and the name he bore before where the text renames him (改衛王德崇名元佐). Where a man the packs know stands at the
     * name (西平王德明 is 李德明), he is that man.
     */
    private void titledOrRaised(int[] text, List<Hit> hits, List<Hit> found) {
        java.util.BitSet princeEnds = new java.util.BitSet(text.length + 1);
        java.util.BitSet princeStarts = new java.util.BitSet(text.length + 1);
        java.util.BitSet taken = new java.util.BitSet(text.length + 1);
        for (Hit h : hits) {
            if (h.type() == MentionType.OFFICE && text[h.end() - 1] == '王') {
                princeEnds.set(h.end());
                princeStarts.set(h.start());
            }
            if (h.type() == MentionType.PER) {
                taken.set(h.start());
            }
        }
        found.forEach(h -> taken.set(h.start()));
        if (princeEnds.isEmpty()) {
            return;
        }
        // Where a name of the frames below can start: after a title, two or three before one, around 名.
        java.util.BitSet candidates = (java.util.BitSet) princeEnds.clone();
        for (int k = princeStarts.nextSetBit(2); k >= 0; k = princeStarts.nextSetBit(k + 1)) {
            candidates.set(k - 2);
            if (k >= 3) {
                candidates.set(k - 3);
            }
        }
        for (int k = 0; k < text.length; k++) {
            if (text[k] == '名') {
                candidates.set(Math.max(0, k - 2));
                candidates.set(k + 1);
            }
        }
        for (int i = candidates.nextSetBit(1); i >= 0 && i + 2 <= text.length; i = candidates.nextSetBit(i + 1)) {
            boolean titled = princeEnds.get(i);
            // Raised, or named in the list that goes on from it (進元佐為楚王，元祐陳王).
            boolean raised = Chars.isAnyOf(text[i - 1], "進封徙") && (princeStarts.get(i + 2)
                    || Chars.isAnyOf(Chars.at(text, i + 2), "為爲") && princeStarts.get(i + 3))
                    || Chars.isBoundary(text[i - 1]) && princeStarts.get(i + 2);
            boolean renaming = Chars.at(text, i + 2) == '名' || text[i - 1] == '名' && i >= 3;
            // The frames are asked first, the names only where one holds: a name is a string made and looked up.
            AuthorityRecord person = (titled || raised || renaming) && !taken.get(i)
                    ? byGivenName.get(OfficeCompoundRule.slice(text, i, i + 2)) : null;
            if (person == null) {
                continue;
            }
            // 德昌名元休: both names his, the one renamed to the other.
            boolean renamed = Chars.at(text, i + 2) == '名' && i + 5 <= text.length
                    && person.equals(byGivenName.get(OfficeCompoundRule.slice(text, i + 3, i + 5)))
                    || text[i - 1] == '名' && i >= 3 && person.equals(byGivenName.get(OfficeCompoundRule.slice(text, i - 3, i - 1)));
            boolean formerTitled = text[i - 1] == '名' && i >= 3 && princeEnds.get(i - 3); // 衛王德崇名元佐, 德崇 unknown
            if (!titled && !raised && !renamed && !formerTitled) {
                continue;
            }
            found.add(new Hit(i, i + 2, MentionType.PER, person.id(), person.canonical(), List.of(), FOUND_BY, Hit.DICTIONARY));
            taken.set(i);
            // 衛王德崇名元佐 where only 元佐 is known: the name before 名 is his former one, after his title or a clause's start.
            int former = i - 3;
            if (former >= 0 && text[i - 1] == '名' && !taken.get(former) && Chars.isHan(text[former]) && Chars.isHan(text[former + 1])
                    && (Chars.isBoundary(Chars.at(text, former - 1)) || princeEnds.get(former))
                    && !Chars.isAnyOf(text[former + 1], "賜改更初本易")) {
                found.add(new Hit(former, former + 2, MentionType.PER, person.id(), person.canonical(), List.of(), FOUND_BY, Hit.DICTIONARY));
                taken.set(former);
            }
        }
    }
}
