package org.biannian.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.biannian.annals.AnnalsParser;
import org.biannian.annals.ParseOptions;
import org.biannian.authority.Authority;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.tagger.CharTagger;
import org.biannian.testing.Shared;
import org.biannian.text.SourceText;
import org.biannian.text.TextView;

/**
 * How the tagger's confidence threshold trades precision for recall on the held-out passages and the
 * sample: PER and PLACE P/R/F1 pooled over the held-out texts, the unpunctuated biography alone and the
 * sample, for each threshold, and what the tagger alone added (found, right). The threshold in
 * docs/tagger.md was chosen from this table.
 *
 * <p>Run: {@code mvn -o -q test-compile && java -cp target/test-classes:target/classes:$(cat target/classpath.txt)
 * -Dbiannian.shared=../shared org.biannian.annotate.TaggerThresholdSweep}
 */
public final class TaggerThresholdSweep {

    private TaggerThresholdSweep() {
    }

    record Passage(String name, SourceText text, List<DatedRegion> regions, Set<String> gold) {}

    public static void main(String[] args) throws IOException {
        List<Passage> passages = passages();
        Annotator plain = Annotator.of(Authority.builtIn()).withoutTagger();
        CharTagger tagger = CharTagger.builtIn();
        double[] thresholds = args.length > 0 ? java.util.Arrays.stream(args).mapToDouble(Double::parseDouble).toArray()
                : new double[] {Double.POSITIVE_INFINITY, 0, 5, 10, 20, 30, 40, 60};
        System.out.println("threshold  | held-out PER P/R/F1 | PLACE P/R/F1 | bare PER F1 | bare PLACE F1 | sample PER F1 | PLACE F1 | tagger PER right/found | PLACE right/found");
        for (double t : thresholds) {
            Annotator annotator = Double.isInfinite(t) ? plain : plain.withTagger(tagger, t, t);
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (Passage p : passages) {
                List<Mention> found = annotator.annotate(p.text(), p.regions());
                MentionInvariants.check(p.text(), found);
                for (String type : List.of("PER", "PLACE")) {
                    int[] c = new int[5];
                    for (String g : p.gold()) {
                        if (g.endsWith(":" + type)) {
                            c[0]++;
                        }
                    }
                    for (Mention m : found) {
                        if (m.type().name().equals(type)) {
                            boolean right = p.gold().contains(m.start() + ":" + m.end() + ":" + type);
                            c[1]++;
                            c[2] += right ? 1 : 0;
                            if (m.foundBy().equals(TaggerStage.FOUND_BY)) {
                                c[3]++;
                                c[4] += right ? 1 : 0;
                                if (args.length > 0) {
                                    System.out.println("  " + p.name() + " tagger " + type + " " + m.text() + (right ? " ✓" : " ✗"));
                                }
                            }
                        }
                    }
                    String pool = p.name().equals("sample") ? "sample" : "heldout";
                    for (String key : List.of(pool + type, p.name() + type)) {
                        int[] sum = counts.computeIfAbsent(key, k -> new int[5]);
                        for (int i = 0; i < 5; i++) {
                            sum[i] += c[i];
                        }
                    }
                }
            }
            System.out.printf("%-10s | %s | %s | %.3f | %.3f | %.3f | %.3f | %d/%d | %d/%d%n", t,
                    prf(counts.get("heldoutPER")), prf(counts.get("heldoutPLACE")),
                    f1(counts.get("bare" + "PER")), f1(counts.get("bare" + "PLACE")),
                    f1(counts.get("samplePER")), f1(counts.get("samplePLACE")),
                    counts.get("heldoutPER")[4], counts.get("heldoutPER")[3], counts.get("heldoutPLACE")[4], counts.get("heldoutPLACE")[3]);
            System.out.printf("%-10s   sample tagger PER %d/%d, PLACE %d/%d%n", "", counts.get("samplePER")[4], counts.get("samplePER")[3],
                    counts.get("samplePLACE")[4], counts.get("samplePLACE")[3]);
        }
    }

    private static String prf(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
        double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
        return String.format("%.3f %.3f %.3f", p, r, f1(c));
    }

    private static double f1(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
        double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<Passage> passages() throws IOException {
        List<Passage> out = new ArrayList<>();
        ChineseCalendar calendar = ChineseCalendar.builtIn();
        GoldMarkup benji = GoldMarkup.parse(resource("songshi-001-taizu-960.gold.txt"));
        GoldMarkup biography = GoldMarkup.parse(resource("songshi-258-panmei.gold.txt"));
        for (Map.Entry<String, GoldMarkup> e : List.of(Map.entry("benji", benji), Map.entry("biography", biography),
                Map.entry("bare", biography.unpunctuated()))) {
            SourceText text = SourceText.of(e.getKey(), e.getValue().text());
            Set<String> gold = new HashSet<>();
            e.getValue().mentions().forEach(g -> gold.add(g.start() + ":" + g.end() + ":" + g.type()));
            out.add(new Passage(e.getKey(), text, ChronicleRegions.of(AnnalsParser.parse(TextView.of(text), ParseOptions.defaults(), calendar), calendar), gold));
        }
        SourceText sample = Shared.read(Shared.sample());
        Set<String> gold = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Shared.lines("gold/xixiaji-994-998.mentions.jsonl")) {
            if (!line.isBlank()) {
                JsonNode g = json.readTree(line);
                gold.add(g.get("start").asInt() + ":" + g.get("end").asInt() + ":" + g.get("type").asText());
            }
        }
        out.add(new Passage("sample", sample, ChronicleRegions.of(AnnalsParser.parse(TextView.of(sample),
                new ParseOptions("淳化五年", null, null), calendar), calendar), gold));
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TaggerThresholdSweep.class.getResourceAsStream("heldout/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
