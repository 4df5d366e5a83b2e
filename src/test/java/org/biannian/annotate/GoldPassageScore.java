package org.biannian.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biannian.annals.AnnalsParser;
import org.biannian.annals.ParseOptions;
import org.biannian.authority.Authority;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.text.SourceText;
import org.biannian.text.TextView;

/**
 * Scores hand-annotated passages (the held-out gold format) on the built-in pack as a user has it, each with and
 * without its punctuation, and pooled: the figures docs/authority.md gives for a round of fresh passages "as they came".
 * {@code HeldOutGoldTest} scores the committed passages on the smaller pack instead ({@code UnseenAuthority}).
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.biannian.annotate.GoldPassageScore [--unseen] [--errors] FILE…</pre>
 */
public final class GoldPassageScore {

    private static final List<MentionType> SCORED = List.of(MentionType.PER, MentionType.PLACE, MentionType.OFFICE);

    private GoldPassageScore() {
    }

    public static void main(String[] args) throws IOException {
        boolean unseen = List.of(args).contains("--unseen");
        boolean errors = List.of(args).contains("--errors");
        Annotator annotator = Annotator.of(unseen ? UnseenAuthority.of(Authority.builtIn()) : Authority.builtIn());
        Map<MentionType, int[]> punctuated = new EnumMap<>(MentionType.class);
        Map<MentionType, int[]> bare = new EnumMap<>(MentionType.class);
        for (String arg : args) {
            if (arg.startsWith("--")) {
                continue;
            }
            GoldMarkup gold = GoldMarkup.parse(Files.readString(Path.of(arg)).strip());
            String name = Path.of(arg).getFileName().toString();
            score(annotator, name, gold, punctuated, errors);
            score(annotator, name + " unpunctuated", gold.unpunctuated(), bare, errors);
        }
        print("pooled", punctuated);
        print("pooled unpunctuated", bare);
    }

    /** Scores one passage into {@code pooled} (gold, found, both per type) and prints its line. */
    private static void score(Annotator annotator, String name, GoldMarkup gold, Map<MentionType, int[]> pooled, boolean errors) {
        SourceText text = SourceText.of(name, gold.text());
        ChineseCalendar calendar = ChineseCalendar.builtIn();
        List<Mention> found = annotator.annotate(text,
                ChronicleRegions.of(AnnalsParser.parse(TextView.of(text), ParseOptions.defaults(), calendar), calendar));
        Map<MentionType, int[]> counts = new EnumMap<>(MentionType.class);
        for (MentionType type : SCORED) {
            Set<List<Integer>> expected = new HashSet<>();
            gold.mentions().stream().filter(g -> g.type().equals(type.name())).forEach(g -> expected.add(List.of(g.start(), g.end())));
            Set<List<Integer>> got = new HashSet<>();
            found.stream().filter(m -> m.type() == type).forEach(m -> got.add(List.of(m.start(), m.end())));
            Set<List<Integer>> both = new HashSet<>(expected);
            both.retainAll(got);
            int[] c = {expected.size(), got.size(), both.size()};
            counts.put(type, c);
            int[] p = pooled.computeIfAbsent(type, t -> new int[3]);
            for (int k = 0; k < 3; k++) {
                p[k] += c[k];
            }
            if (errors) {
                expected.stream().filter(s -> !got.contains(s)).forEach(s -> System.out.println("MISSED " + type + " " + quote(gold, s) + "  " + name));
                got.stream().filter(s -> !expected.contains(s)).forEach(s -> System.out.println("EXTRA  " + type + " " + quote(gold, s) + "  " + name));
            }
        }
        print(name, counts);
    }

    private static String quote(GoldMarkup gold, List<Integer> span) {
        int[] cps = gold.text().codePoints().toArray();
        int from = Math.max(0, span.get(0) - 10);
        int to = Math.min(cps.length, span.get(1) + 10);
        return new String(cps, span.get(0), span.get(1) - span.get(0))
                + "  …" + new String(cps, from, to - from).replace('\n', ' ') + "…";
    }

    private static void print(String label, Map<MentionType, int[]> counts) {
        StringBuilder line = new StringBuilder(String.format("%-48s", label));
        for (MentionType type : SCORED) {
            int[] c = counts.getOrDefault(type, new int[3]);
            double f1 = c[0] + c[1] == 0 ? 1 : 2.0 * c[2] / (c[0] + c[1]);
            line.append(String.format("  %s %.3f (gold %d, found %d, right %d)", type, f1, c[0], c[1], c[2]));
        }
        System.out.println(line);
    }
}
