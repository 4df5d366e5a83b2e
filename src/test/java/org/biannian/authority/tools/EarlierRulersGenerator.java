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

import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Name;

/**
 * Builds the built-in pack's {@code earlier-rulers.tsv}: the emperors of the states before the Song, by their dynasty and
 * temple or posthumous name as memorials and biographies cite them (唐德宗, 後唐莊宗, 漢武帝), from the emperors of the eras
 * in the DILA/DDBC time authority ({@code ddbc_eras.csv}). Facts only: the name, and the years of the emperor's eras.
 *
 * <p>A state whose name a later one shares is written with its qualifier in the table (東漢, 西晉, 劉宋); the texts drop it,
 * so the short form is a name too where it is one emperor's alone ({@link #SHORT}: 漢光武帝, 晉武帝, 梁武帝; not 劉宋's, whose
 * 宋 is the Song's own: 宋少帝 is also 趙昺). Rulers of states
 * that began in 960 or later (宋, 西夏, 金) are the packs' own; names a pack already holds are left to it.
 *
 * <p>Run: {@code mvn -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.biannian.authority.tools.EarlierRulersGenerator ../shared/reference/calendar/ddbc_eras.csv
 * src/main/resources/org/biannian/authority/pack}.
 */
public final class EarlierRulersGenerator {

    static final String FILE = "earlier-rulers.tsv";
    static final String ID_PREFIX = "per:ruler-";
    /** States whose eras began before this year are earlier rulers'. */
    static final int BEFORE = 960;
    /** The qualified states' names the texts write short (東漢 → 漢, 劉宋 → 宋, 北魏 → 後魏 as 宋史 writes it). */
    static final Map<String, String> SHORT = Map.ofEntries(Map.entry("西漢", "漢"), Map.entry("東漢", "漢"), Map.entry("西晉", "晉"),
            Map.entry("東晉", "晉"), Map.entry("曹魏", "魏"), Map.entry("孫吳", "吳"), Map.entry("蜀漢", "蜀"), Map.entry("南齊", "齊"),
            Map.entry("南梁", "梁"), Map.entry("北魏", "後魏"));

    /** The last characters of a ruler's temple or posthumous name or rank. */
    private static final String RANKS = "帝宗祖王公侯主";

    private EarlierRulersGenerator() {
    }

    /** One emperor of the table: his state, his name in it, and the first and last years of his eras. */
    record Ruler(String dynasty, String emperor, int first, int last) {

        String canonical() {
            return dynasty + emperor;
        }
    }

    /** The emperors of {@code ddbcEras} (the CSV's lines, header first) of states that began before {@link #BEFORE}. */
    static List<Ruler> rulers(List<String> ddbcEras) {
        List<String> header = List.of(ddbcEras.get(0).split(","));
        int dynasty = header.indexOf("dynasty");
        int emperor = header.indexOf("emperor");
        int first = header.indexOf("std_first_civil");
        int last = header.indexOf("std_last_civil");
        Map<String, Integer> stateBegins = new HashMap<>();
        Map<String, int[]> years = new TreeMap<>();
        for (String line : ddbcEras.subList(1, ddbcEras.size())) {
            String[] f = line.split(",", -1);
            if (f.length <= last || f[emperor].isBlank() || f[first].isBlank() || f[last].isBlank()) {
                continue;
            }
            int from = year(f[first]);
            int to = year(f[last]);
            stateBegins.merge(f[dynasty], from, Math::min);
            String key = f[dynasty] + "\t" + f[emperor];
            years.merge(key, new int[] {from, to}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<Ruler> rulers = new ArrayList<>();
        for (Map.Entry<String, int[]> e : years.entrySet()) {
            String[] name = e.getKey().split("\t");
            // An emperor's name as the table writes it: a temple or posthumous name or a rank (德宗, 光武帝, 蒼梧王), not a
            // note (（無年號）) nor a man's own name (侯景, 王莽), which no text writes after his state.
            if (stateBegins.get(name[0]) < BEFORE && name[1].codePoints().allMatch(Character::isIdeographic)
                    && RANKS.indexOf(name[1].codePointBefore(name[1].length())) >= 0) {
                rulers.add(new Ruler(name[0], name[1], e.getValue()[0], e.getValue()[1]));
            }
        }
        return rulers;
    }

    /** The year of a civil date as the table writes it (779-06-12, -140-11-18). */
    private static int year(String civil) {
        return Integer.parseInt(civil.substring(0, civil.indexOf('-', 1)));
    }

    /** The pack's rows for {@code rulers}, leaving out names {@code known} holds; short forms only where one emperor bears them. */
    static List<String> rows(List<Ruler> rulers, Set<String> known) {
        Map<String, Integer> shortUses = new HashMap<>();
        for (Ruler r : rulers) {
            String state = SHORT.get(r.dynasty());
            if (state != null) {
                shortUses.merge(state + r.emperor(), 1, Integer::sum);
            }
        }
        List<String> rows = new ArrayList<>();
        for (Ruler r : rulers) {
            if (known.contains(r.canonical())) {
                continue;
            }
            String state = SHORT.get(r.dynasty());
            String shortName = state == null ? null : state + r.emperor();
            boolean shortOwn = shortName != null && shortUses.get(shortName) == 1 && !known.contains(shortName);
            String years = r.first() + (r.last() != r.first() ? "-" + r.last() : "");
            // The short name, where it is his alone, is the one the texts and historians write (漢武帝, not 西漢武帝).
            rows.add(String.join("\t", GeneratedIds.of(ID_PREFIX, r.canonical()), shortOwn ? shortName : r.canonical(),
                    shortOwn ? r.canonical() : "", "",
                    "", "", "DDBC time authority: " + r.dynasty() + " " + r.emperor() + ", eras " + years.replace("-", " to ")));
        }
        return rows;
    }

    /** Every name the built-in pack holds outside this file: those the rows leave to their own records. */
    static Set<String> namesOfOtherFiles(Authority builtIn) {
        Set<String> known = new HashSet<>();
        for (AuthorityRecord r : builtIn.records()) {
            if (!r.id().startsWith(ID_PREFIX)) {
                for (Name n : r.names()) {
                    known.add(n.text());
                }
            }
        }
        return known;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EarlierRulersGenerator DDBC_ERAS_CSV PACK_DIR");
            System.exit(2);
        }
        List<String> out = new ArrayList<>();
        out.add("# Generated by org.biannian.authority.tools.EarlierRulersGenerator from the DILA/DDBC time authority (ddbc_eras.csv):");
        out.add("# the emperors of states before the Song by state and temple or posthumous name; facts only. Do not edit by hand.");
        out.add("id\tcanonical\tnames\tpolity\tyears\tcbdb\tnote");
        List<String> rows = rows(rulers(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)), namesOfOtherFiles(Authority.builtIn()));
        out.addAll(rows);
        Files.write(Path.of(args[1]).resolve(FILE), out, StandardCharsets.UTF_8);
        System.out.println(FILE + ": " + rows.size() + " rulers before " + BEFORE);
    }
}
