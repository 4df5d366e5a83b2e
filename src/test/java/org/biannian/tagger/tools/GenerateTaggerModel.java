package org.biannian.tagger.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biannian.tagger.CharTagger;
import org.biannian.tagger.LabelledText;
import org.biannian.tagger.PerceptronTrainer;

/**
 * Trains the built-in name tagger on the dev split of the UD Classical Chinese Kyoto treebank (CC BY-SA
 * 4.0, Koichi Yasuoka et al.; the model is a derived work under the same licence, see NOTICE) and writes
 * {@code kyoto-names.model}. The test split stays unseen, for {@code CharTaggerTest} and docs/tagger.md.
 * Deterministic: a fixed seed and epoch count, so a re-run writes the same bytes.
 *
 * <p>Run: {@code mvn -o -q test-compile && java -cp target/test-classes:target/classes
 * org.biannian.tagger.tools.GenerateTaggerModel ../shared/reference/ner
 * src/main/resources/org/biannian/tagger/kyoto-names.model}
 */
public final class GenerateTaggerModel {

    public static final long SEED = 20261206L;
    public static final int EPOCHS = 10;

    private GenerateTaggerModel() {
    }

    /** The model the generator ships, trained from the treebank in {@code nerDirectory}. */
    public static CharTagger train(Path nerDirectory) throws IOException {
        Path dev = nerDirectory.resolve("lzh_kyoto-ud-dev.conllu");
        // Sentences teach the boundaries punctuated text has; whole paragraphs teach names inside running unpunctuated text.
        List<LabelledText> texts = new ArrayList<>(KyotoTreebank.sentences(dev));
        texts.addAll(KyotoTreebank.paragraphTexts(dev));
        return PerceptronTrainer.train(texts, EPOCHS, SEED);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateTaggerModel NER_DIRECTORY MODEL_FILE");
            System.exit(2);
        }
        CharTagger tagger = train(Path.of(args[0]));
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            tagger.write(out);
        }
        System.out.println("wrote " + args[1] + ": " + tagger.featureCount() + " features, " + Files.size(Path.of(args[1])) + " bytes");
    }
}
