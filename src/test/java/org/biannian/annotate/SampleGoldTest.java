package org.biannian.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.biannian.authority.Authority;
import org.biannian.text.SourceText;
import org.biannian.annals.AnnalsParser;
import org.biannian.annals.Chronicle;
import org.biannian.annals.ParseOptions;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.testing.Shared;
import org.biannian.text.TextView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample chronicle against the hand-checked gold mentions: per-type precision, recall and F1
 * (a mention counts when span and type both match), canonical accuracy for matched persons, and
 * every 宋帝/帝 linked to the right emperor.
 */
class SampleGoldTest {

    private static SourceText text;
    private static List<Mention> mentions;
    private static List<JsonNode> gold;

    @BeforeAll
    static void annotate() throws Exception {
        text = Shared.read(Shared.sample());
        mentions = Annotator.of(Authority.builtIn()).annotate(text, regions());
        gold = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Shared.lines("gold/xixiaji-994-998.mentions.jsonl")) {
            if (!line.isBlank()) {
                gold.add(json.readTree(line));
            }
        }
    }

    /** The entries' dates as the annals parser reads them (the sample has no year headings: it starts in 淳化五年). */
    private static List<DatedRegion> regions() {
        ChineseCalendar calendar = ChineseCalendar.builtIn();
        Chronicle chronicle = AnnalsParser.parse(TextView.of(text), new ParseOptions("淳化五年", null, null), calendar);
        return ChronicleRegions.of(chronicle, calendar);
    }

    private static String key(int start, int end, String type) {
        return start + ":" + end + ":" + type;
    }

    @Test
    void spansKeepTheInvariantsAndRunsAreRepeatable() {
        MentionInvariants.check(text, mentions);
        assertThat(Annotator.of(Authority.builtIn()).annotate(text, regions())).isEqualTo(mentions);
    }

    @Test
    void perTypeScoresMeetTheBar() {
        Map<MentionType, Set<String>> goldKeys = new EnumMap<>(MentionType.class);
        Map<MentionType, Set<String>> foundKeys = new EnumMap<>(MentionType.class);
        for (MentionType t : MentionType.values()) {
            goldKeys.put(t, new HashSet<>());
            foundKeys.put(t, new HashSet<>());
        }
        for (JsonNode g : gold) {
            goldKeys.get(MentionType.valueOf(g.get("type").asText())).add(key(g.get("start").asInt(), g.get("end").asInt(), g.get("type").asText()));
        }
        for (Mention m : mentions) {
            foundKeys.get(m.type()).add(key(m.start(), m.end(), m.type().name()));
        }
        Map<MentionType, Double> f1 = new EnumMap<>(MentionType.class);
        System.out.println("type     gold  found  P      R      F1");
        for (MentionType t : MentionType.values()) {
            Set<String> both = new HashSet<>(goldKeys.get(t));
            both.retainAll(foundKeys.get(t));
            double p = foundKeys.get(t).isEmpty() ? 0 : (double) both.size() / foundKeys.get(t).size();
            double r = goldKeys.get(t).isEmpty() ? 0 : (double) both.size() / goldKeys.get(t).size();
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            f1.put(t, f);
            System.out.printf("%-8s %5d %6d  %.3f  %.3f  %.3f%n", t, goldKeys.get(t).size(), foundKeys.get(t).size(), p, r, f);
        }
        if (Boolean.getBoolean("biannian.showErrors") || System.getenv("BIANNIAN_SHOW_ERRORS") != null) {
            for (MentionType t : MentionType.values()) {
                for (String k : goldKeys.get(t)) {
                    if (!foundKeys.get(t).contains(k)) {
                        String[] p = k.split(":");
                        System.out.println("MISSED " + t + " " + text.slice(Integer.parseInt(p[0]), Integer.parseInt(p[1])) + " " + k);
                    }
                }
                for (String k : foundKeys.get(t)) {
                    if (!goldKeys.get(t).contains(k)) {
                        String[] p = k.split(":");
                        int s = Integer.parseInt(p[0]);
                        int e = Integer.parseInt(p[1]);
                        System.out.println("EXTRA  " + t + " " + text.slice(s, e) + " " + k + "  …" + text.slice(Math.max(0, s - 4), Math.min(text.length(), e + 4)).replace("\n", " "));
                    }
                }
            }
        }
        // Thresholds reached so far; the bar is 0.95 for PER, PLACE, OFFICE and 0.90 for POLITY, GROUP.
        assertThat(f1.get(MentionType.PER)).as("PER F1").isGreaterThanOrEqualTo(Thresholds.PER);
        assertThat(f1.get(MentionType.PLACE)).as("PLACE F1").isGreaterThanOrEqualTo(Thresholds.PLACE);
        assertThat(f1.get(MentionType.OFFICE)).as("OFFICE F1").isGreaterThanOrEqualTo(Thresholds.OFFICE);
        assertThat(f1.get(MentionType.POLITY)).as("POLITY F1").isGreaterThanOrEqualTo(Thresholds.POLITY);
        assertThat(f1.get(MentionType.GROUP)).as("GROUP F1").isGreaterThanOrEqualTo(Thresholds.GROUP);
    }

    @Test
    void matchedPersonsHaveTheRightCanonicalName() {
        Map<String, String> canonicalByKey = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PER) {
                canonicalByKey.put(key(m.start(), m.end(), "PER"), m.canonical());
            }
        }
        int matched = 0;
        int right = 0;
        for (JsonNode g : gold) {
            String found = canonicalByKey.get(key(g.get("start").asInt(), g.get("end").asInt(), g.get("type").asText()));
            if (found != null) {
                matched++;
                if (found.equals(g.get("canonical").asText())) {
                    right++;
                } else {
                    System.out.println("PER canonical: " + g.get("text").asText() + " → " + found + ", gold " + g.get("canonical").asText());
                }
            }
        }
        double accuracy = (double) right / matched;
        System.out.printf("PER canonical accuracy: %d/%d = %.3f%n", right, matched, accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everySongEmperorReferenceIsTheRightEmperor() {
        Map<String, Mention> roles = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.ROLE) {
                roles.put(key(m.start(), m.end(), "ROLE"), m);
            }
        }
        int checked = 0;
        for (JsonNode g : gold) {
            String written = g.get("text").asText();
            if (g.get("type").asText().equals("ROLE") && (written.equals("宋帝") || written.equals("帝"))) {
                Mention found = roles.get(key(g.get("start").asInt(), g.get("end").asInt(), "ROLE"));
                assertThat(found).as("ROLE %s at %s", written, g.get("start")).isNotNull();
                assertThat(found.canonical()).as("ROLE %s at %s", written, g.get("start")).isEqualTo(g.get("canonical").asText());
                checked++;
            }
        }
        System.out.println("宋帝/帝 checked: " + checked);
        assertThat(checked).isEqualTo(38);
    }

    /** The bars asserted; raise them as quality improves, never lower them silently. */
    static final class Thresholds {
        static final double PER = 0.95;
        static final double PLACE = 0.95;
        static final double OFFICE = 0.95;
        static final double POLITY = 0.90;
        static final double GROUP = 0.90;
    }
}
