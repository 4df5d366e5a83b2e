package org.biannian.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.biannian.authority.Authority;
import org.biannian.testing.Shared;
import org.biannian.text.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 in the recogniser: the 四庫 長編 writes 呂端 as 吕端 and 呂蒙正 as 吕䝉正. The pack's records
 * (宋 chief ministers, with their dates) match them through the variant folding; the mention keeps the
 * text as written and takes the pack's canonical.
 */
class VariantNamesTest {

    private static final Annotator ANNOTATOR = Annotator.of(Authority.builtIn());

    @Test
    void changbianVariantSpellingsOfTheMinistersArePersonsWithThePacksCanonical() throws IOException {
        int[] occurrences = new int[2];
        int[] linked = new int[2];
        String[][] names = {{"吕端", "呂端", "per:lv-duan"}, {"吕䝉正", "呂蒙正", "per:lv-mengzheng"}};
        List<Path> files;
        try (Stream<Path> s = Files.list(Shared.path("corpus/changbian"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(9);
        for (Path file : files) {
            SourceText text = Shared.read(file);
            List<Mention> mentions = ANNOTATOR.annotate(text, List.of());
            MentionInvariants.check(text, mentions);
            String t = text.text();
            for (int n = 0; n < names.length; n++) {
                for (int at = t.indexOf(names[n][0]); at >= 0; at = t.indexOf(names[n][0], at + 1)) {
                    occurrences[n]++;
                    int start = t.codePointCount(0, at);
                    int end = start + names[n][0].codePointCount(0, names[n][0].length());
                    String[] name = names[n];
                    if (mentions.stream().anyMatch(m -> m.start() == start && m.end() == end && m.type() == MentionType.PER
                            && m.text().equals(name[0]) && m.canonical().equals(name[1]) && name[2].equals(m.id()))) {
                        linked[n]++;
                    }
                }
            }
        }
        System.out.printf("吕端: %d of %d; 吕䝉正: %d of %d%n", linked[0], occurrences[0], linked[1], occurrences[1]);
        assertThat(occurrences[0]).isGreaterThanOrEqualTo(30);
        assertThat(occurrences[1]).isGreaterThanOrEqualTo(5);
        assertThat((double) linked[0] / occurrences[0]).as("吕端 linked").isGreaterThanOrEqualTo(0.9);
        assertThat((double) linked[1] / occurrences[1]).as("吕䝉正 linked").isGreaterThanOrEqualTo(0.9);
    }
}
