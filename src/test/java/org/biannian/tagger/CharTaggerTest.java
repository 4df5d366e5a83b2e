package org.biannian.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.biannian.tagger.tools.GenerateTaggerModel;
import org.biannian.tagger.tools.KyotoTreebank;
import org.biannian.tagger.tools.TaggerScore;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * The shipped tagger model: it is what the generator writes from the treebank, and it finds names in
 * the treebank's test split, which it never saw (春秋戰國 history in 十八史略, 戰國策…; it learned from
 * the dev split, 唐 history among others). Floors are the scores measured when the model was made
 * (docs/tagger.md) less a margin of 0.03.
 */
class CharTaggerTest {

    private static final Path NER = Shared.path("reference/ner");

    @Test
    void theShippedModelIsWhatTheGeneratorWrites() throws IOException {
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        GenerateTaggerModel.train(NER).write(generated);
        byte[] shipped;
        try (InputStream in = CharTagger.class.getResourceAsStream("kyoto-names.model")) {
            shipped = in.readAllBytes();
        }
        assertThat(generated.toByteArray()).as("re-run GenerateTaggerModel (see its javadoc)").isEqualTo(shipped);
    }

    @Test
    void findsNamesInUnseenTreebankSentences() throws IOException {
        List<LabelledText> test = KyotoTreebank.sentences(NER.resolve("lzh_kyoto-ud-test.conllu"));
        TaggerScore all = TaggerScore.of(CharTagger.builtIn(), test, 0);
        System.out.println("== Kyoto test split, sentences\n" + all);
        assertThat(all.f1(NameKind.PERSON)).as("PERSON F1").isGreaterThan(0.38);
        assertThat(all.f1(NameKind.PLACE)).as("PLACE F1").isGreaterThan(0.25);
        assertThat(all.f1(NameKind.POLITY)).as("POLITY F1").isGreaterThan(0.80);
        TaggerScore sure = TaggerScore.of(CharTagger.builtIn(), test, 20);
        System.out.println("== confidence ≥ 20\n" + sure);
        assertThat(sure.precision(NameKind.PERSON)).as("PERSON precision at confidence 20").isGreaterThan(0.81);
    }

    @Test
    void namesStopAtPunctuationAndTaggingIsRepeatable() {
        int[] text = "嶺南劉鋹數寇桂陽，命美為行營諸軍都部署。".codePoints().toArray();
        List<TaggedSpan> spans = CharTagger.builtIn().tag(text);
        assertThat(CharTagger.builtIn().tag(text)).isEqualTo(spans);
        for (TaggedSpan s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                assertThat(Character.UnicodeScript.of(text[i])).isEqualTo(Character.UnicodeScript.HAN);
            }
            assertThat(s.confidence()).isGreaterThanOrEqualTo(0);
        }
        assertThat(spans).anySatisfy(s -> {
            assertThat(new String(text, s.start(), s.end() - s.start())).isEqualTo("劉鋹");
            assertThat(s.kind()).isEqualTo(NameKind.PERSON);
        });
    }
}
