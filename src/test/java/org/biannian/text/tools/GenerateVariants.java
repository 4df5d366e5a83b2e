package org.biannian.text.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the variant folding table {@code variants.tsv} from the variant tables in
 * ../shared/reference/variants: each character to one key, one code point to one code point.
 *
 * <p>Run: {@code mvn -o -q test-compile && java -cp target/test-classes:target/classes
 * org.biannian.text.tools.GenerateVariants ../shared/reference/variants
 * src/main/resources/org/biannian/text/variants.tsv}
 *
 * <p>The rules (docs/variants.md says why):
 * <ol>
 * <li>votes: a variant B listed under a standard form A by 漢語大字典 (hydzd) or the Taiwan MOE
 * 異體字字典 (twedu), or related to A by cjkvi-variants or Unihan kZVariant (undirected: towards
 * the character that heads a dictionary entry), folds to A when two sources agree (Unihan
 * kSemanticVariant may be the second), or when B is rare (outside the URO block U+4E00–9FFF:
 * 䝉, 𫝊, 㑹) and one source lists it; a common character never folds onto a rare one (舌 is not
 * folded onto 𠯑). A common character listed by one dictionary alone is mostly
 * a loan use (令 for 聆, 何 for 荷, 巳 for 已, 寸 for 時) and stays itself. B is never folded when it
 * heads an entry of its own in either dictionary (傳 listed under 傅, 於 under 烏, 會 under 鄶).</li>
 * <li>{@code simp}: a simplified character S with exactly one traditional form T (Unihan
 * kTraditionalVariant) folds to T (吕 → 呂). When Unihan gives several (后 → 后 後, 余 → 余 餘,
 * 云 → 云 雲, 干 → 乾 干 幹) the simplification merged different words: S is never folded, by
 * any rule.</li>
 * </ol>
 * A character given two different keys by these rules is ambiguous and left alone; chains are
 * followed to their end (郘 → 吕 → 呂), so the table is idempotent. {@link #KEEP_APART} lists
 * characters that these rules would fold but that classical text uses as words of their own
 * (found by reading the 長編 corpus); they are never folded, nor folded onto. {@link #SUPPLEMENT}
 * adds, last, the pairs read from 宋史 that the rules miss.
 */
public final class GenerateVariants {

    /**
     * Characters never folded, though two sources list each as a variant of another: each is a
     * word of its own in classical text (found reading the 長編 corpus and its folded pairs).
     * 閨 boudoir, not 閏 intercalary; 戍 garrison, not the branch 戌; 伍 the squad and surname, not
     * 五; 斌 and 彬 are different people's names (王全斌, 曹彬); 魏 the state, not 巍; 夕 evening,
     * not 穸; 剌 in transcribed names, not 刺 (刺史).
     * Characters whose simplification merged words (余/餘, 后/後, 云/雲, 干/乾/幹) are kept apart
     * by the rules themselves, from Unihan.
     */
    static final Set<Integer> KEEP_APART = codePoints("閨戍伍斌魏夕剌伽叨咀漣她");

    /**
     * Variants the 四庫 editions write in names and titles that the rules leave apart, because only one source
     * lists them and the variant is a common character, or no source lists them: read from 宋史, each pair counted
     * over the whole history beside the standard form in the same names and titles. Source {@code q} in the table.
     * Folded by every user of the table: recognition (入内内侍, 户部, 吴越, 荆南), search (曽布 found by 曾布) and the
     * comparison of parallel passages.
     */
    static final String[] SUPPLEMENT = {
        // Each listed in the Taiwan MOE 異體字字典 (twedu) as a variant of the standard: 入内内侍, 户部, 吴越, 荆南, 江寜,
        // 凉州, 强弩, 恊, 増, 陜西, 潼闗, 爲, 黄.
        "内內", "户戶", "吴吳", "荆荊", "寜寧", "凉涼", "强強", "恊協", "増增", "陜陝", "闗關", "爲為", "黄黃",
        // The forms 宋史 writes most often where the packs write the standard (叅知政事 112 and 参知政事 68 beside
        // 參知政事 596, 脩撰 129, 諌議大夫 133, 温州 143, 兀术 164, 祕書監 87): each listed as variant and standard in
        // 異體字字典 (twedu) or 漢語大字典 (hydzd). 卭 is the 四庫 form of 邛 (邛州), not of 卬, under which the
        // tables list it.
        "参參", "叅參", "祕秘", "脩修", "諌諫", "懐懷", "温溫", "术朮", "説說", "歩步", "阯趾", "静靜", "彦彥", "録錄",
        "邱丘", "恵惠", "曺曹", "榖穀", "羗羌", "蘓蘇", "紏糾", "莭節", "兹茲", "淛浙", "濳潛", "卭邛", "靑青", "晋晉",
        // 完顔 90 times beside 完顏 once, 顔 436 times in all.
        "顔顏",
        // No table lists these; 宋史 writes them beside the standard in the same titles and words (都承㫖 162, 都承旨
        // 18; 都䕶 and 左䕶軍 beside 都護 and 護軍, 䕶 589 times, 護 228; 㧞之 17, 拔之 15).
        "㫖旨", "䕶護", "㧞拔",
        // Surnames, names and titles: 曽 465 beside 曾 753 (曽布 41, 曾布 81; no table lists it), 勲 555 beside 勳 23
        // (hydzd), 逹 395 beside 達 435 (none lists it), 鋭 255 beside 銳 179 (twedu), 鐡 204 beside 鐵 766 (鹽鐡判官;
        // none), 渉 321 beside 涉 57 (twedu); 叚 for 段 (130 beside 341: 叚秀實, 叚少連), which the tables list under
        // 假 only: 宋史 never writes it so.
        "曽曾", "勲勳", "逹達", "鋭銳", "鐡鐵", "渉涉", "叚段",
        // 欎 for 鬱 (欎林 5 beside 鬱林 18, 鬱林州; no table lists it under 鬱).
        "欎鬱"};

    private GenerateVariants() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateVariants VARIANTS_DIR OUTPUT_TSV");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Table table = build(dir);
        List<String> out = new ArrayList<>();
        out.add("# Variant folding: variant TAB key TAB sources. Generated by org.biannian.text.tools.GenerateVariants");
        out.add("# from cjkvi-variants (MIT, CJKVI Database: cjkvi, hydzd, twedu tables) and Unihan 15.0 (Unicode License).");
        out.add("# Sources: h 漢語大字典 (hydzd), t 異體字字典 (twedu), c cjkvi, z Unihan kZVariant, s kSemanticVariant,");
        out.add("# u Unihan kTraditionalVariant (a simplified form with one traditional form), q read from 宋史 (GenerateVariants.SUPPLEMENT).");
        out.add("# Do not edit; rerun the generator. See docs/variants.md.");
        table.keys.forEach((variant, key) -> out.add(new String(Character.toChars(variant)) + "\t"
                + new String(Character.toChars(key)) + "\t" + table.rule.get(variant)));
        Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
        System.out.println(table.keys.size() + " characters folded; " + table.ambiguous.size()
                + " left alone as ambiguous; by rule " + table.countByRule());
    }

    /** The generated folding: variant → key, with the rule that produced each. */
    record Table(TreeMap<Integer, Integer> keys, Map<Integer, String> rule, Set<Integer> ambiguous) {
        Map<String, Integer> countByRule() {
            Map<String, Integer> counts = new TreeMap<>();
            rule.values().forEach(r -> counts.merge(r, 1, Integer::sum));
            return counts;
        }
    }

    static Table build(Path dir) throws IOException {
        Path unihanFile = dir.resolve("Unihan_Variants.txt");
        List<String[]> hydzd = relations(dir.resolve("hydzd-variants.txt"), "hydzd/variant");
        List<String[]> twedu = relations(dir.resolve("twedu-variants.txt"), "twedu/variant");
        Set<Integer> heads = new HashSet<>();
        hydzd.forEach(r -> heads.add(r[0].codePointAt(0)));
        twedu.forEach(r -> heads.add(r[0].codePointAt(0)));
        Map<Integer, List<Integer>> traditional = unihan(unihanFile, "kTraditionalVariant");
        Set<Integer> merged = new HashSet<>(KEEP_APART);
        traditional.forEach((simplified, forms) -> {
            Set<Integer> distinct = new LinkedHashSet<>(forms);
            if (distinct.size() > 1) {
                merged.add(simplified); // 后 → 后 後: the simplification merged two words
            }
        });

        // Votes for "variant B folds to A": each source that relates them, directed by the
        // dictionaries (standard first) or, for undirected relations, towards the dictionary head.
        Map<Long, Set<String>> votes = new HashMap<>();
        hydzd.forEach(r -> vote(votes, r[1].codePointAt(0), r[0].codePointAt(0), "h"));
        twedu.forEach(r -> vote(votes, r[1].codePointAt(0), r[0].codePointAt(0), "t"));
        for (String[] r : relations(dir.resolve("cjkvi-variants.txt"), "cjkvi/variant")) {
            undirected(votes, heads, r[0].codePointAt(0), r[1].codePointAt(0), "c");
        }
        unihan(unihanFile, "kZVariant").forEach((a, bs) -> bs.forEach(b -> undirected(votes, heads, a, b, "z")));
        unihan(unihanFile, "kSemanticVariant").forEach((a, bs) -> bs.forEach(b -> undirected(votes, heads, a, b, "s")));

        Map<Integer, Set<Integer>> proposals = new HashMap<>();
        Map<Integer, String> rules = new HashMap<>();
        votes.forEach((pair, sources) -> {
            int variant = (int) (pair >>> 32);
            int key = (int) (long) pair;
            Set<String> strong = new HashSet<>(sources);
            strong.remove("s"); // confirms, never decides alone
            boolean rare = !common(variant);
            boolean decided = rare ? !strong.isEmpty() : sources.size() >= 2 && !strong.isEmpty();
            // A common character never folds onto a rarer one (舌 → 𠯑, 迦 → 𨔣): the key would be
            // the form no edition writes, and it is mostly a different word.
            if (decided && !heads.contains(variant) && (rare || common(key))) {
                propose(proposals, rules, variant, key, String.join("", new java.util.TreeSet<>(sources)));
            }
        });
        traditional.forEach((simplified, forms) -> {
            Set<Integer> distinct = new LinkedHashSet<>(forms);
            if (distinct.size() == 1 && !distinct.contains(simplified)) {
                propose(proposals, rules, simplified, distinct.iterator().next(), "u");
            }
        });

        Map<Integer, Integer> direct = new HashMap<>();
        Set<Integer> ambiguous = new HashSet<>();
        proposals.forEach((variant, targets) -> {
            if (merged.contains(variant) || targets.stream().anyMatch(KEEP_APART::contains)) {
                return;
            }
            if (targets.size() == 1) {
                direct.put(variant, targets.iterator().next());
            } else {
                ambiguous.add(variant);
            }
        });
        TreeMap<Integer, Integer> keys = new TreeMap<>();
        Map<Integer, String> ruleOf = new HashMap<>();
        for (int variant : direct.keySet()) {
            Integer key = follow(direct, variant);
            if (key != null && key != variant) {
                keys.put(variant, key);
                ruleOf.put(variant, rules.get(variant));
            }
        }
        for (String pair : SUPPLEMENT) {
            int variant = pair.codePointAt(0);
            int key = keys.getOrDefault(pair.codePointAt(1), pair.codePointAt(1));
            // What the rules folded onto the variant follows it to its standard (𢏟 → 强 → 強).
            keys.replaceAll((c, k) -> k == variant ? key : k);
            keys.put(variant, key);
            ruleOf.put(variant, "q");
            ambiguous.remove(variant);
        }
        return new Table(keys, ruleOf, ambiguous);
    }

    private static void vote(Map<Long, Set<String>> votes, int variant, int key, String source) {
        if (variant != key) {
            votes.computeIfAbsent(((long) variant << 32) | key, k -> new HashSet<>()).add(source);
        }
    }

    /** An undirected relation votes for the direction the dictionaries already give, else towards the head. */
    private static void undirected(Map<Long, Set<String>> votes, Set<Integer> heads, int a, int b, String source) {
        if (votes.containsKey(((long) a << 32) | b)) {
            vote(votes, a, b, source);
        } else if (votes.containsKey(((long) b << 32) | a)) {
            vote(votes, b, a, source);
        } else if (heads.contains(b) && !heads.contains(a)) {
            vote(votes, a, b, source);
        } else if (heads.contains(a) && !heads.contains(b)) {
            vote(votes, b, a, source);
        }
    }

    /** In the URO block (U+4E00–9FFF), where the characters editions commonly write are. */
    private static boolean common(int codePoint) {
        return codePoint >= 0x4E00 && codePoint <= 0x9FFF;
    }

    private static Integer follow(Map<Integer, Integer> direct, int start) {
        Set<Integer> seen = new HashSet<>();
        int current = start;
        while (direct.containsKey(current)) {
            if (!seen.add(current)) {
                return null; // a cycle: no key is preferred, leave the characters alone
            }
            current = direct.get(current);
        }
        return current;
    }

    private static void propose(Map<Integer, Set<Integer>> proposals, Map<Integer, String> rules, int variant, int key,
            String rule) {
        if (variant == key) {
            return;
        }
        proposals.computeIfAbsent(variant, k -> new LinkedHashSet<>()).add(key);
        rules.merge(variant, rule, (old, added) -> old.equals(added) ? old : old + added);
    }

    /** {@code A,relation,B} lines of one relation, each as {A, B}; single code points only. */
    static List<String[]> relations(Path file, String relation) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split(",", -1);
            if (cols.length == 3 && cols[1].equals(relation) && single(cols[0]) && single(cols[2])) {
                out.add(new String[] {cols[0], cols[2]});
            }
        }
        return out;
    }

    /** One Unihan field: code point → the code points it names, in order. */
    static Map<Integer, List<Integer>> unihan(Path file, String field) throws IOException {
        Map<Integer, List<Integer>> out = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3 || !cols[1].equals(field)) {
                continue;
            }
            List<Integer> values = new ArrayList<>();
            for (String v : cols[2].split(" ")) {
                values.add(Integer.parseInt(v.replaceFirst("<.*", "").substring(2), 16));
            }
            out.put(Integer.parseInt(cols[0].substring(2), 16), values);
        }
        return out;
    }

    private static boolean single(String s) {
        return !s.isEmpty() && s.codePointCount(0, s.length()) == 1;
    }

    private static Set<Integer> codePoints(String s) {
        Set<Integer> out = new HashSet<>();
        s.codePoints().forEach(out::add);
        return Set.copyOf(out);
    }
}
