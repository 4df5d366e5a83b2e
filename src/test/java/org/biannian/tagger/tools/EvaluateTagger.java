package org.biannian.tagger.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.biannian.tagger.CharTagger;
import org.biannian.tagger.LabelledText;

/**
 * Scores the generator's model on the Kyoto test split (unseen in training), sentence by sentence and
 * paragraph by paragraph, at a few confidence thresholds.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes org.biannian.tagger.tools.EvaluateTagger ../shared/reference/ner}
 */
public final class EvaluateTagger {

    private EvaluateTagger() {
    }

    public static void main(String[] args) throws IOException {
        Path ner = Path.of(args[0]);
        long t0 = System.nanoTime();
        CharTagger tagger = GenerateTaggerModel.train(ner);
        System.out.printf("trained in %.1f s, %d features%n", (System.nanoTime() - t0) / 1e9, tagger.featureCount());
        Path test = ner.resolve("lzh_kyoto-ud-test.conllu");
        List<LabelledText> sentences = KyotoTreebank.sentences(test);
        List<LabelledText> paragraphs = KyotoTreebank.paragraphTexts(test);
        for (double threshold : new double[] {0, 2, 5, 10, 20}) {
            System.out.println("== test sentences, confidence ≥ " + threshold);
            System.out.print(TaggerScore.of(tagger, sentences, threshold));
            System.out.println("== test paragraphs, confidence ≥ " + threshold);
            System.out.print(TaggerScore.of(tagger, paragraphs, threshold));
        }
    }
}
