package org.biannian.tagger.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biannian.tagger.Labels;
import org.biannian.tagger.LabelledText;
import org.biannian.tagger.NameKind;
import org.biannian.text.VariantFolding;

/**
 * Reads a UD Classical Chinese Kyoto CoNLL-U file (../shared/reference/ner) into labelled texts: a
 * surname word and the given-name word after it are one person, a lone surname or given name or a
 * {@code Prs} word is a person, {@code Geo} a place (with an administrative suffix word after it taken
 * in: 汴 + 州 → 汴州, as our guidelines tag it), {@code Nat} a polity. Text is variant-folded as the
 * annotator folds it.
 */
public final class KyotoTreebank {

    /** Words after a place name that our guidelines count as part of it. */
    private static final String PLACE_SUFFIX_WORDS = "州郡縣軍府鎮寨城關";

    record Word(String form, String upos, String nameType) {}

    private KyotoTreebank() {
    }

    /** One labelled text per sentence. */
    public static List<LabelledText> sentences(Path conllu) throws IOException {
        List<LabelledText> out = new ArrayList<>();
        for (List<List<Word>> paragraph : paragraphs(conllu)) {
            for (List<Word> sentence : paragraph) {
                out.add(labelled(sentence));
            }
        }
        return out;
    }

    /** One labelled text per paragraph (its sentences run together, as unpunctuated text reads). */
    public static List<LabelledText> paragraphTexts(Path conllu) throws IOException {
        List<LabelledText> out = new ArrayList<>();
        for (List<List<Word>> paragraph : paragraphs(conllu)) {
            List<Word> all = new ArrayList<>();
            paragraph.forEach(all::addAll);
            out.add(labelled(all));
        }
        return out;
    }

    private static List<List<List<Word>>> paragraphs(Path conllu) throws IOException {
        List<List<List<Word>>> paragraphs = new ArrayList<>();
        List<List<Word>> paragraph = new ArrayList<>();
        List<Word> sentence = new ArrayList<>();
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            if (line.startsWith("# newpar") || line.startsWith("# newdoc")) {
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph);
                    paragraph = new ArrayList<>();
                }
            } else if (line.isBlank()) {
                if (!sentence.isEmpty()) {
                    paragraph.add(sentence);
                    sentence = new ArrayList<>();
                }
            } else if (!line.startsWith("#")) {
                String[] f = line.split("\t");
                if (f.length < 6 || !f[0].matches("\\d+")) {
                    continue;
                }
                String nameType = null;
                for (String feat : f[5].split("\\|")) {
                    if (feat.startsWith("NameType=")) {
                        nameType = feat.substring("NameType=".length());
                    }
                }
                sentence.add(new Word(f[1], f[3], nameType));
            }
        }
        if (!sentence.isEmpty()) {
            paragraph.add(sentence);
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        return paragraphs;
    }

    private static LabelledText labelled(List<Word> words) {
        VariantFolding folding = VariantFolding.builtIn();
        List<Integer> cps = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            NameKind kind = kind(word.nameType());
            int span = 1;
            if ("Sur".equals(word.nameType()) && w + 1 < words.size() && "Giv".equals(words.get(w + 1).nameType())) {
                span = 2;
            } else if (kind == NameKind.PLACE && w + 1 < words.size() && words.get(w + 1).nameType() == null
                    && "NOUN".equals(words.get(w + 1).upos()) && PLACE_SUFFIX_WORDS.contains(words.get(w + 1).form())) {
                span = 2;
            }
            boolean first = true;
            for (int k = w; k < w + span; k++) {
                for (int cp : words.get(k).form().codePoints().toArray()) {
                    cps.add(folding.fold(cp));
                    labels.add(kind == null ? Labels.OUTSIDE : first ? Labels.begin(kind) : Labels.inside(kind));
                    first = false;
                }
            }
            w += span - 1;
        }
        return new LabelledText(cps.stream().mapToInt(Integer::intValue).toArray(), labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static NameKind kind(String nameType) {
        if (nameType == null) {
            return null;
        }
        return switch (nameType) {
            case "Prs", "Sur", "Giv" -> NameKind.PERSON;
            case "Geo" -> NameKind.PLACE;
            case "Nat" -> NameKind.POLITY;
            default -> null;
        };
    }
}
