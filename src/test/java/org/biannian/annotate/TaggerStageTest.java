package org.biannian.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.biannian.annals.AnnalsParser;
import org.biannian.annals.ParseOptions;
import org.biannian.authority.Authority;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.tagger.CharTagger;
import org.biannian.text.SourceText;
import org.biannian.text.TextView;
import org.junit.jupiter.api.Test;

/**
 * The tagger wired beside the dictionary and rules, on the held-out 宋史 passages: it adds persons
 * the packs and rules missed, each marked {@code foundBy} tagger, and never touches a mention another
 * stage found (everything else is exactly what the annotator without it finds).
 */
class TaggerStageTest {

    private static final Annotator PLAIN = Annotator.of(Authority.builtIn()).withoutTagger();
    private static final Annotator TAGGED = PLAIN.withTagger(CharTagger.builtIn(), Annotator.TAGGER_PERSON_CONFIDENCE,
            Double.POSITIVE_INFINITY);

    @Test
    void addsPersonsTheRulesMissedAndChangesNothingElse() throws IOException {
        int added = 0;
        int right = 0;
        for (String name : List.of("songshi-001-taizu-960.gold.txt", "songshi-258-panmei.gold.txt", "songshi-014-shenzong-1064.gold.txt",
                "songshi-285-chenzhizhong.gold.txt")) {
            GoldMarkup gold = GoldMarkup.parse(resource(name));
            for (GoldMarkup passage : List.of(gold, gold.unpunctuated())) {
                SourceText text = SourceText.of(name, passage.text());
                ChineseCalendar calendar = ChineseCalendar.builtIn();
                List<DatedRegion> regions = ChronicleRegions.of(AnnalsParser.parse(TextView.of(text), ParseOptions.defaults(), calendar), calendar);
                List<Mention> plain = PLAIN.annotate(text, regions);
                List<Mention> tagged = TAGGED.annotate(text, regions);
                MentionInvariants.check(text, tagged);
                Set<String> goldKeys = new HashSet<>();
                passage.mentions().forEach(g -> goldKeys.add(g.start() + ":" + g.end() + ":" + g.type()));
                List<Mention> byTagger = tagged.stream().filter(m -> m.foundBy().equals(TaggerStage.FOUND_BY)).toList();
                for (Mention m : byTagger) {
                    assertThat(m.type()).isEqualTo(MentionType.PER);
                    assertThat(plain).noneMatch(p -> p.start() < m.end() && m.start() < p.end());
                    added++;
                    right += goldKeys.contains(m.start() + ":" + m.end() + ":PER") ? 1 : 0;
                    System.out.println("tagger: " + m.text() + " in " + name);
                }
                assertThat(tagged.stream().filter(m -> !m.foundBy().equals(TaggerStage.FOUND_BY)).toList())
                        .as("the other stages' mentions are unchanged").isEqualTo(plain);
            }
        }
        System.out.println("tagger persons on the held-out passages: " + right + " right of " + added);
        // Measured: 2 of 2 (劉鋹 after 嶺南 in the biography, with and without punctuation) until the thirteenth session;
        // 1 of 1 since, the model re-trained on features folded by the variant table's new rows (GenerateVariants.SUPPLEMENT):
        // 劉鋹 unpunctuated fell under the threshold. The held-out pool's PER is the same with either model (docs/tagger.md).
        // Since the eighteenth session 劉鋹 is in persons.tsv (宋史 卷481), so the tagger adds nothing there; two passages
        // more: 党令征 in 神宗紀 1064 and 郭承祐 in 陳執中傳, each with and without punctuation, 4 of 4.
        assertThat(right).isGreaterThanOrEqualTo(4);
        assertThat(right).as("every person the tagger added is in the gold").isEqualTo(added);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TaggerStageTest.class.getResourceAsStream("heldout/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
