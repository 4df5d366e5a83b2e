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
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Name;
import org.biannian.text.SourceText;
import org.biannian.text.VariantFolding;

/**
 * Builds the built-in pack's {@code framed-persons.tsv} and {@code framed-offices.tsv}: persons and offices 宋史
 * names that no other file has, found by the annotator's frames — a title before a name (知州辛叔獻,
 * 戶部侍郎呂公弼為…), an institution and its post (三司度支判官), a title after a verb of promotion — in at least
 * {@link #MIN_JUANS} juan, and framed in
 * one of {@link #MIN_FRAMED_SHARE} of its occurrences at least (a word the frames catch now and then stands far
 * more often where none is). A name a frame proves in one chapter is a name a reader meets in any other, where no
 * frame stands (「呂公弼言」). Facts only: the name and the juans.
 *
 * <p>The juans of the project's hand-annotated passages ({@link #ANNOTATED}) are not read, so that their scores
 * stay those of unseen text. The annotator runs on the built-in pack without these files' own records, so a
 * re-run writes the same files (until the rules change: then re-run it).
 *
 * <p>Run: {@code mvn -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.biannian.authority.tools.FramedNamesGenerator KR2a0032_DIR src/main/resources/org/biannian/authority/pack}.
 */
public final class FramedNamesGenerator {

    /** A name must be framed in this many juans (for persons, two kept only 280 names, one about 2,100). */
    static final int MIN_JUANS = 1;
    /** At least one in this many of a name's occurrences must be in a frame. */
    static final int MIN_FRAMED_SHARE = 4;
    /** Juans of the held-out passages (src/test/resources/org/biannian/annotate/heldout/README.md): never read. */
    static final Set<Integer> ANNOTATED = Set.of(1, 3, 4, 7, 9, 11, 12, 13, 14, 15, 18, 20, 24, 26, 33, 37, 257, 258, 264,
            272, 281, 282, 290, 300, 313, 314, 319, 334, 335, 349, 364, 365, 366, 418, 448, 485);
    /** Verbs that follow a name and that a frame cutting too long leaves at its end (孟庾提, 宋初拜). */
    private static final String VERBS_AFTER_NAMES = "提拜攝至補論度言曰為以與及等率領遣奏請表家皆戰致劾封辟當罪帝遷舍街";

    /** One kind of name harvested: the frames taken, the shortest name, the file and its columns. */
    private record Harvest(MentionType type, Set<String> frames, int minLength, String file, String idPrefix, String columns,
                           int emptyColumns) {}

    private static final List<Harvest> HARVESTS = List.of(
            new Harvest(MentionType.PER, Set.of("rule:person-after-title", "rule:person-before-title", "rule:person-list",
                    "rule:kinsman", "rule:person-deputy", "rule:person-exiled", "rule:person-object", "rule:clan-surname"), 2,
                    "framed-persons.tsv", "per:songshi-framed-", "id\tcanonical\tnames\tpolity\tyears\tcbdb\tnote", 4),
            // Titles of an institution and its post, and titles after a verb of promotion or commission; not those built
            // on a place (a place mistaken in one frame would be a title everywhere) — nor places: a suffix after a
            // verb in unpunctuated text is too often a word (乃徙軍), and the framed forts are attested-places.tsv.
            new Harvest(MentionType.OFFICE, Set.of("rule:institution-title", "rule:qualified-title", "rule:promotion",
                    "rule:commission"), 3, "framed-offices.tsv", "off:songshi-framed-",
                    "id\tcanonical\tnames\trank\tnote", 2));

    private FramedNamesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FramedNamesGenerator KR2a0032_DIR PACK_DIR");
            System.exit(2);
        }
        Authority builtIn = Authority.builtIn();
        List<AuthorityRecord> others = builtIn.records().stream()
                .filter(r -> HARVESTS.stream().noneMatch(h -> r.id().startsWith(h.idPrefix()))).toList();
        Authority authority = Authority.of(others, builtIn.reigns(), List.copyOf(builtIn.roleWords()));
        VariantFolding folding = VariantFolding.builtIn();
        Set<String> known = new HashSet<>();
        for (AuthorityRecord r : others) {
            for (Name n : r.names()) {
                known.add(folding.fold(n.text()));
            }
        }
        Annotator annotator = Annotator.of(authority);
        Map<Harvest, Map<String, Set<Integer>>> juans = new HashMap<>();
        Map<String, Integer> framed = new HashMap<>();
        StringBuilder all = new StringBuilder();
        for (Map.Entry<Integer, Path> e : GeographyPackGenerator.juanFiles(Path.of(args[0])).entrySet()) {
            if (ANNOTATED.contains(e.getKey())) {
                continue;
            }
            String text = GeographyPackGenerator.juanText(e.getValue());
            all.append(folding.fold(text)).append('\n');
            for (Mention m : annotator.annotate(SourceText.of("juan", text), List.of())) {
                String name = folding.fold(m.text());
                for (Harvest h : HARVESTS) {
                    int length = name.codePointCount(0, name.length());
                    if (m.type() == h.type() && h.frames().contains(m.foundBy()) && length >= h.minLength() && length <= 12
                            && !known.contains(name) && !name.endsWith("氏") && name.codePoints().allMatch(Character::isIdeographic)) {
                        juans.computeIfAbsent(h, k -> new TreeMap<>()).computeIfAbsent(name, k -> new TreeSet<>()).add(e.getKey());
                        framed.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        String corpus = all.toString();
        for (Harvest h : HARVESTS) {
            List<String> out = new ArrayList<>();
            out.add("# Generated by org.biannian.authority.tools.FramedNamesGenerator from 宋史 (Kanseki Repository KR2a0032, 四庫全書 text):");
            out.add("# names the annotator's frames find in " + MIN_JUANS + " juan or more, without a record elsewhere; facts only. Do not edit by hand.");
            out.add(h.columns());
            int n = 0;
            for (Map.Entry<String, Set<Integer>> e : juans.getOrDefault(h, Map.of()).entrySet()) {
                String name = e.getKey();
                if (e.getValue().size() < MIN_JUANS || framed.get(name) * MIN_FRAMED_SHARE < occurrences(corpus, name)
                        || h.type() == MentionType.PER && VERBS_AFTER_NAMES.indexOf(name.codePointBefore(name.length())) >= 0) {
                    continue;
                }
                n++;
                List<String> row = new ArrayList<>(List.of(h.idPrefix() + n, name));
                for (int k = 0; k < h.emptyColumns(); k++) {
                    row.add("");
                }
                row.add("宋史 卷" + String.join(", ", e.getValue().stream().limit(5).map(String::valueOf).toList())
                        + (e.getValue().size() > 5 ? " … (" + e.getValue().size() + " juans)" : ""));
                out.add(String.join("\t", row));
            }
            Files.write(Path.of(args[1]).resolve(h.file()), out, StandardCharsets.UTF_8);
            System.out.println(h.file() + ": " + n + " names framed in " + MIN_JUANS + "+ juans of 宋史");
        }
    }

    private static int occurrences(String corpus, String name) {
        int n = 0;
        for (int at = corpus.indexOf(name); at >= 0; at = corpus.indexOf(name, at + name.length())) {
            n++;
        }
        return n;
    }
}
