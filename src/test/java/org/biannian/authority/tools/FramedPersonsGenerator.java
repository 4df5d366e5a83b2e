package org.biannian.authority.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.biannian.annotate.Annotator;
import org.biannian.annotate.HarvestAnnotator;
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.EntityKind;
import org.biannian.authority.Name;
import org.biannian.text.SourceText;
import org.biannian.text.VariantFolding;

/**
 * Builds the built-in pack's {@code framed-persons.tsv}: persons 宋史 names without a biography of their own, found
 * by the annotator's frames — a title before the name (知州辛叔獻, 戶部侍郎呂公弼為…), a title after it, a list
 * of persons, a kinsman — in at least {@link #MIN_JUANS} juan, and framed in one of {@link #MIN_FRAMED_SHARE} of its
 * occurrences at least (a word the frames catch now and then stands far more often where none is). A name a frame
 * proves in one chapter is a name a reader meets in any other, where no frame stands (「呂公弼言」). Facts only: the
 * name and the juans. Two of three sealed test sets gained persons and lost no precision with one juan rather than
 * two (docs/authority.md). Offices harvested the same way (institution titles, titles after a verb of promotion)
 * gained nothing on the sealed sets and cost one title, and places (a suffix after a verb) were too often words in
 * unpunctuated text (乃徙軍): neither is harvested.
 *
 * <p>Every juan is read, those of the hand-annotated passages too ({@code HeldOutGoldTest} scores on the pack without
 * the records only those juans attest). The annotator matches the built-in pack without this file's own records, so a
 * name counts only where a frame finds it, but reads a name's end by the whole pack's persons, this file's too
 * ({@code HarvestAnnotator}): the harvest's frames then end names as the annotator a user runs does (劉克莊, not 劉克).
 *
 * <p>Run: {@code mvn -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.biannian.authority.tools.FramedPersonsGenerator KR2a0032_DIR src/main/resources/org/biannian/authority/pack}.
 */
public final class FramedPersonsGenerator {

    /** A name must be framed in this many juans (two kept only 280 names, one keeps about 2,100). */
    static final int MIN_JUANS = 1;
    public static final String ID_PREFIX = "per:songshi-framed-";

    /**
     * The frames whose persons are taken: each right in nine of ten or more on the held-out passages (docs/authority.md);
     * not the looser person frame and the tagger (right eight times in ten; adding them gained no sealed-set person), nor
     * a kinsman by given name alone (其子允慶為…, 弟世材): a given name without its surname, as a record, would match
     * anywhere (守志, 元素 are words).
     */
    private static final Set<String> FRAMES = Set.of("rule:person-after-title", "rule:person-before-title", "rule:person-list",
            "rule:person-deputy", "rule:person-exiled", "rule:person-object", "rule:clan-surname",
            "rule:person-after-noun", "rule:person-introduced", "rule:biography-opening", "rule:envoy");

    /**
     * The looser person frame (以 X 為, 命 X 兼, a day's first man before his verb: right about eight times in ten alone)
     * counts where it frames the same name {@link #MIN_LOOSE_FRAMED} times: 以夏貴為保康軍承宣使 and 以夏貴知揚州 are one
     * man twice, where a word the frame cut wrongly is seldom cut the same way again.
     */
    private static final String LOOSE_FRAME = "rule:person-frame";
    static final int MIN_LOOSE_FRAMED = 2;

    /** Verbs that follow a name and that a frame cutting too long leaves at its end. */
    private static final String VERBS_AFTER_NAMES = "提拜攝至補論度言曰為以與及等率領遣奏請表家皆戰致劾封辟當罪帝遷舍街拒候者襲偕嘗救量擾待併衆各乞諭許舊犯漕"
            + "在擅誘驅營狀賊葬日加欲"
            // Since the eighteenth session: 王師征江南 (the royal army), 苗翊降于周, 沈勇有謀, 侯汀失於備 (no life ends on them).
            + "征降有失"
            // Since the nineteenth: 周祖命廷璋 (the founder's order), 張海縱掠 (a bandit let loose), 許綴親王班 ("allowed to
            // join"), 黃雲氣 (a cloud's vapour), 王進奉使 (a tribute envoy): a name the harvest keeps makes its last character
            // one a man's name may end on, before which the verb test then no longer closes a name (太常少卿張銖奉迎).
            + "命縱綴氣奉"
            // Halls and temples a frame caught as a man (萬華宮): a building's last character, never a given name's.
            + "宮宫寺院廟殿";
    /** Characters no given name holds after its first: a verb (方據渾) and kin (鞏弟布: 鞏's brother 布). */
    private static final String NEVER_INSIDE_NAMES = "據弟兄姪氏"; // and 氏: 柴氏後 (the 柴 house's heir), no man
    /** Words of kinship a name's surname may open (曾祖直, 高祖…: a great-grandfather, then his name; 曾孫授…). */
    private static final List<String> KIN_OPENINGS = List.of("曾祖", "曽祖", "高祖", "曾孫", "曽孫");
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯夘辰巳午未申酉戌亥";
    /** At least one in this many of a name's occurrences must be in a frame. */
    static final int MIN_FRAMED_SHARE = 4;
    /**
     * A name framed this many times needs only one in {@link #MIN_SHARE_OF_MANY} of its occurrences framed: a man the
     * history names often (夏貴 45 times, 苗傅 50) mostly stands where no frame does (夏貴入援), and a word is seldom cut
     * the same way three times. Of the 49 names this let in, 2 were words (何辭, 宋初加, both caught below); of those
     * framed twice, about one in eight.
     */
    static final int MANY_FRAMED = 3;
    static final int MIN_SHARE_OF_MANY = 12;

    private FramedPersonsGenerator() {
    }

    /**
     * The last characters of the other packs' persons (2,558 lives of 宋史, 遼史, 金史 and the hand-made records), folded:
     * a name of three characters 宋史 writes once and whose last character ends none of them is a man run into the word
     * after him (何應罰而, 田日減, 錢渭捕), far more often than a man (in the eighteenth session's re-run, of 331 such names
     * about seven in ten were words).
     */
    static Set<Integer> lastCharacters(List<AuthorityRecord> persons, VariantFolding folding) {
        Set<Integer> last = new HashSet<>();
        for (AuthorityRecord r : persons) {
            for (Name n : r.names()) {
                String name = folding.fold(n.text());
                if (name.codePointCount(0, name.length()) >= 2) {
                    last.add(name.codePointBefore(name.length()));
                }
            }
        }
        return last;
    }

    /** Whether {@code name} is a state's one character and 初, its first years (宋初: 92 times in 宋史), no man. */
    static boolean statesBeginning(String name, Set<String> stateNames) {
        return name.codePointCount(0, name.length()) == 2 && name.endsWith("初") && stateNames.contains(name.substring(0, name.length() - 1));
    }

    /** Whether {@code name}, of three characters and written {@code occurrences} times, is a word by {@link #lastCharacters}. */
    static boolean unattestedOnce(String name, int occurrences, Set<Integer> lastCharacters) {
        return occurrences <= 1 && name.codePointCount(0, name.length()) == 3 && !lastCharacters.contains(name.codePointBefore(name.length()));
    }

    private static int occurrences(String corpus, String name) {
        int n = 0;
        for (int at = corpus.indexOf(name); at >= 0; at = corpus.indexOf(name, at + name.length())) {
            n++;
        }
        return n;
    }

    /**
     * Whether {@code name} is nearly always written with one more character after it, the name's own (周麟之, 王彦章):
     * the frames cut it before a character that also closes names (之). Three in four occurrences.
     */
    static boolean truncated(String corpus, String name) {
        Map<Integer, Integer> next = new HashMap<>();
        int total = 0;
        for (int at = corpus.indexOf(name); at >= 0; at = corpus.indexOf(name, at + name.length())) {
            int after = at + name.length();
            if (after < corpus.length()) {
                next.merge(corpus.codePointAt(after), 1, Integer::sum);
            }
            total++;
        }
        int most = next.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int mostChar = next.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).findFirst().orElse(-1);
        // 之 closes names in the frames, so a name ending in it is cut there: twice is enough. Any other character
        // four times, since two or three mentions of a real man may well share the verb after him (呂公綽為).
        return most * 4 >= total * 3 && (mostChar == '之' ? most >= 2 : most >= 4);
    }

    /** Verbs a frame may run a man of two characters into: 以趙彬代, 吳琚議, 樂史薦, 王鈇權 (權 before an acting post). */
    private static final String VERBS_AFTER_SHORT_NAMES = "代議薦權";

    /**
     * Whether a name of three characters is a man of two and such a verb: his two characters stand elsewhere in 宋史
     * without it (楊嗣議: 楊嗣 eight more times). 鄧光薦, never 鄧光 alone, stays a name.
     */
    static boolean runIntoVerb(String corpus, String name) {
        if (name.codePointCount(0, name.length()) != 3 || VERBS_AFTER_SHORT_NAMES.indexOf(name.codePointBefore(name.length())) < 0) {
            return false;
        }
        String man = name.substring(0, name.offsetByCodePoints(0, 2));
        return occurrences(corpus, man) > occurrences(corpus, name);
    }

    /** Whether the name ends on 左 or 右, a man run into a title that opens on them (李全左右金吾衛上將軍, 王右丞). */
    static boolean runIntoSideOfTitle(String name) {
        return name.endsWith("左") || name.endsWith("右");
    }

    /** Whether the name's last two characters are a cyclical day (田庚寅) or one character twice (桑仲仲). */
    static boolean endsOnDayOrRepeat(String name) {
        int[] cps = name.codePoints().toArray();
        int a = cps[cps.length - 2];
        int b = cps[cps.length - 1];
        return a == b || STEMS.indexOf(a) >= 0 && BRANCHES.indexOf(b) >= 0;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FramedPersonsGenerator KR2a0032_DIR PACK_DIR");
            System.exit(2);
        }
        Authority builtIn = Authority.builtIn();
        List<AuthorityRecord> others = builtIn.records().stream().filter(r -> !r.id().startsWith(ID_PREFIX)).toList();
        Authority authority = Authority.of(others, builtIn.reigns(), List.copyOf(builtIn.roleWords()));
        VariantFolding folding = VariantFolding.builtIn();
        Set<String> known = new HashSet<>();
        for (AuthorityRecord r : others) {
            for (Name n : r.names()) {
                known.add(folding.fold(n.text()));
            }
        }
        Set<Integer> lastCharacters = lastCharacters(others.stream().filter(r -> r.kind() == EntityKind.PERSON).toList(), folding);
        Set<String> stateNames = new HashSet<>();
        others.stream().filter(r -> r.kind() == EntityKind.POLITY).forEach(r -> r.names().forEach(n -> stateNames.add(n.text())));
        Annotator annotator = HarvestAnnotator.of(authority, builtIn);
        Map<String, Set<Integer>> juans = new TreeMap<>();
        Map<String, Integer> framed = new HashMap<>();
        Set<String> strictlyFramed = new HashSet<>();
        StringBuilder all = new StringBuilder();
        for (Map.Entry<Integer, Path> e : KanripoJuans.files(Path.of(args[0])).entrySet()) {
            String text = KanripoJuans.text(e.getValue());
            all.append(folding.fold(text)).append('\n');
            int[] codePoints = text.codePoints().toArray();
            for (Mention m : annotator.annotate(SourceText.of("juan", text), List.of())) {
                int length = m.text().codePointCount(0, m.text().length());
                String name = folding.fold(m.text());
                // A courtesy name (the two characters after 字) is the subject's, no person of its own: as a record
                // it would stand alone and match words (元功, 仲文).
                boolean courtesy = m.span().start() > 0 && codePoints[m.span().start() - 1] == '字';
                // A father by his given name (父處讓) is his family's man, written in full only in his canonical.
                boolean givenOnly = m.canonical() != null && m.canonical().codePointCount(0, m.canonical().length()) > length;
                // After a numeral a surname-shaped character counts something (三路先鋒: three circuits' vanguard).
                boolean counted = m.span().start() > 0 && "一二三四五六七八九十兩".indexOf(codePoints[m.span().start() - 1]) >= 0;
                boolean loose = m.foundBy().equals(LOOSE_FRAME);
                if (m.type() == MentionType.PER && (FRAMES.contains(m.foundBy()) || loose) && length >= 2 && length <= 4
                        && !known.contains(name) && !name.endsWith("氏") && !courtesy && !givenOnly && !counted) {
                    juans.computeIfAbsent(name, k -> new TreeSet<>()).add(e.getKey());
                    framed.merge(name, 1, Integer::sum);
                    if (!loose) {
                        strictlyFramed.add(name);
                    }
                }
            }
        }
        String corpus = all.toString();
        List<String> out = new ArrayList<>();
        out.add("# Generated by org.biannian.authority.tools.FramedPersonsGenerator from 宋史 (Kanseki Repository KR2a0032, 四庫全書 text):");
        out.add("# persons the annotator's frames name in " + MIN_JUANS + " juans or more, without a record elsewhere; facts only. Do not edit by hand.");
        out.add("id\tcanonical\tnames\tpolity\tyears\tcbdb\tnote");
        int n = 0;
        for (Map.Entry<String, Set<Integer>> e : juans.entrySet()) {
            // A word the frames caught now and then (文學, 丁母憂, 常平) stands far more often where no frame is; a
            // name run into the verb after it (孟庾提, 宋初拜) ends in one.
            String name = e.getKey();
            int occurrences = occurrences(corpus, name);
            boolean oftenFramed = framed.get(name) * MIN_FRAMED_SHARE >= occurrences
                    || framed.get(name) >= MANY_FRAMED && framed.get(name) * MIN_SHARE_OF_MANY >= occurrences;
            if (e.getValue().size() < MIN_JUANS || !oftenFramed
                    || !strictlyFramed.contains(name) && framed.get(name) < MIN_LOOSE_FRAMED
                    || VERBS_AFTER_NAMES.indexOf(name.codePointBefore(name.length())) >= 0
                    // 萬壽觀: a temple of three characters or more (朱觀, of two, is a general of 好水川)
                    || name.endsWith("觀") && name.codePointCount(0, name.length()) >= 3
                    || name.codePoints().skip(1).anyMatch(c -> "一二三四五六七八九十百千萬巻卷".indexOf(c) >= 0) // 解十巻, 常一: a count
                    || endsOnDayOrRepeat(name) // 田庚寅: a man, then the next day; 桑仲仲: his name said again
                    || name.codePoints().skip(1).anyMatch(c -> NEVER_INSIDE_NAMES.indexOf(c) >= 0)
                    // 趙盾不, 沈該不: the negation after a man; not a transcribed Jurchen name's (完顔賽不).
                    || name.endsWith("不") && name.codePointCount(0, name.length()) <= 3
                    || runIntoSideOfTitle(name)
                    || KIN_OPENINGS.stream().anyMatch(name::startsWith)
                    || truncated(corpus, name)
                    || runIntoVerb(corpus, name)
                    || unattestedOnce(name, occurrences, lastCharacters)
                    || statesBeginning(name, stateNames)) {
                continue;
            }
            n++;
            out.add(String.join("\t", GeneratedIds.of(ID_PREFIX, name), e.getKey(), "", "", "", "",
                    "宋史 卷" + String.join(", ", e.getValue().stream().limit(5).map(String::valueOf).toList())
                            + (e.getValue().size() > 5 ? " … (" + e.getValue().size() + " juans)" : "")));
        }
        Files.write(Path.of(args[1]).resolve("framed-persons.tsv"), out, StandardCharsets.UTF_8);
        System.out.println("framed-persons.tsv: " + n + " persons framed in " + MIN_JUANS + "+ juans of 宋史");
    }
}
