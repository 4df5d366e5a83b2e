package org.biannian.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

class VariantFoldingTest {

    private static final VariantFolding FOLDING = VariantFolding.builtIn();

    /** 長編卷35–43 (四庫本) as one string, with the line breaks of the edition's pages removed. */
    private static String changbian() {
        try (Stream<Path> files = Files.list(Shared.path("corpus/changbian"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8).replace("¶", "").replace("\n", ""));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    @Test
    void foldsTheSikuFormsOfTheChangbianToTheStandardOnes() {
        assertThat(FOLDING.fold("吕䝉正是嵗冦邉逺㑹𫝊扵閠")).isEqualTo("呂蒙正是歲寇邊遠會傳於閏");
        assertThat(FOLDING.same('吕', '呂')).isTrue();
        assertThat(FOLDING.fold("呂蒙正")).as("the standard form is its own key").isEqualTo("呂蒙正");
    }

    @Test
    void keepsEveryOffset() {
        String text = "𫝊云吕䝉正𨫼子山";
        String folded = FOLDING.fold(text);
        assertThat(folded.codePointCount(0, folded.length())).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(folded.codePointAt(0)).isEqualTo('傳');
    }

    @Test
    void aKeyIsItsOwnKeySoFoldingTwiceChangesNothing() {
        for (int c = 0x2E80; c <= 0x323AF; c++) {
            int key = FOLDING.fold(c);
            assertThat(FOLDING.fold(key)).as("U+%04X → U+%04X", c, key).isEqualTo(key);
        }
    }

    @Test
    void theFoldedChangbianFindsTheStandardNamesAsOftenAsTheEditionWritesTheirVariants() {
        String text = changbian();
        String folded = FOLDING.fold(text);
        assertThat(count(text, "呂端")).isZero();
        assertThat(count(text, "吕端")).isEqualTo(39);
        assertThat(count(folded, "呂端")).isEqualTo(39);
        assertThat(count(text, "吕䝉正")).isEqualTo(10);
        assertThat(count(text, "吕蒙正")).isEqualTo(2);
        assertThat(count(folded, "呂蒙正")).isEqualTo(12);
        assertThat(count(folded, "是歲")).isEqualTo(count(text, "是嵗") + count(text, "是歲")).isEqualTo(9);
    }

    /**
     * 余/餘, 后/後, 云/雲 and the others are different words in classical text, and the 長編 writes
     * both members of each pair (其餘 but 余 "I"; 皇后 but 然後; 云 "says" but 雲安): the folded
     * text must hold each exactly as often as the edition writes it, so nothing was merged.
     */
    @Test
    void doesNotMergeWordsTheChangbianKeepsApart() {
        String text = changbian();
        String folded = FOLDING.fold(text);
        for (String c : new String[] {"余", "餘", "后", "後", "云", "雲"}) {
            assertThat(count(text, c)).as("the 長編 writes %s", c).isPositive();
            assertThat(count(folded, c)).as("%s kept as itself, nothing else folded onto it", c).isEqualTo(count(text, c));
        }
        String[][] pairs = {{"余", "餘"}, {"后", "後"}, {"云", "雲"}, {"干", "幹"}, {"干", "乾"}, {"幹", "乾"},
            {"于", "於"}, {"閏", "閨"}, {"戌", "戍"}, {"已", "巳"}, {"戊", "戌"}, {"五", "伍"}, {"何", "荷"}};
        for (String[] pair : pairs) {
            String a = FOLDING.fold(pair[0]);
            String b = FOLDING.fold(pair[1]);
            assertThat(a).as("%s/%s", pair[0], pair[1]).isNotEqualTo(b);
            assertThat(count(text, pair[0])).as("the 長編 writes %s", pair[0]).isPositive();
            assertThat(count(text, pair[1])).as("the 長編 writes %s", pair[1]).isPositive();
            assertThat(count(folded, a) + count(folded, b)).as("%s/%s", pair[0], pair[1])
                    .isGreaterThanOrEqualTo(count(text, pair[0]) + count(text, pair[1]));
            assertThat(count(folded, a)).as("%s did not absorb %s", pair[0], pair[1])
                    .isLessThan(count(text, pair[0]) + count(text, pair[1]));
        }
        assertThat(count(folded, "皇后")).isEqualTo(count(text, "皇后")).isPositive();
        assertThat(count(folded, "其餘")).isEqualTo(count(text, "其餘"));
    }

    /**
     * Pairs a simplification or a dictionary relates but classical text keeps apart: 乃/迺 (迺 in
     * names), 皇/凰, 台 (三台, 台州) / 臺, 适 (洪适) / 適, 范 (the surname) / 範, 沈 (the surname) / 瀋,
     * 谷/穀, 丑 (the branch) / 醜, 征/徵, 鍾/鐘, 万 (万俟) / 萬, 傅/傳, 烏/於, 豫/余.
     */
    @Test
    void wordsOfTheirOwnInClassicalTextAreNotFolded() {
        String[] pairs = {"乃迺", "皇凰", "台臺", "适適", "范範", "沈瀋", "谷穀", "丑醜", "征徵", "鍾鐘", "万萬", "傅傳", "烏於", "豫余"};
        for (String pair : pairs) {
            assertThat(FOLDING.same(pair.codePointAt(0), pair.codePointAt(1))).as(pair).isFalse();
        }
    }

    @Test
    void simplifiedFormsThatMergedWordsAreNotFolded() {
        assertThat(FOLDING.fold("后余云干台发")).isEqualTo("后余云干台发");
        assertThat(FOLDING.fold("吕")).as("one traditional form only").isEqualTo("呂");
        assertThat(FOLDING.fold("边岁")).as("Unihan lists these as traditional too: left to the simplified search field")
                .isEqualTo("边岁");
    }

    @Test
    void theTableIsTheGeneratedOne() {
        assertThat(FOLDING.size()).isGreaterThan(20_000);
    }

    @Test
    void aUsersListJoinsClassesAndKeepsTheBuiltInOnes() throws Exception {
        Path tsv = Files.createTempFile("variants", ".tsv");
        try {
            // A 四庫 edition writes 元 for 玄, the taboo name of 康熙 (玄燁): 元宗 is 玄宗.
            Files.writeString(tsv, "# this edition's habits\n元\t玄\tavoids 玄燁\n\n呂\t郘\n");
            VariantFolding folding = VariantFolding.withUserVariants(tsv);
            assertThat(folding.fold("元宗")).isEqualTo("玄宗");
            assertThat(folding.same("𤇡".codePointAt(0), '元')).as("the class of 玄 joined").isTrue();
            assertThat(folding.same('吕', '郘')).as("吕 folded to 呂, whose class joined 郘").isTrue();
            assertThat(folding.fold("嵗")).isEqualTo("歲");
            assertThat(folding.size()).isGreaterThan(FOLDING.size());
            assertThat(FOLDING.fold("元宗")).as("the built-in folding is unchanged").isEqualTo("元宗");
        } finally {
            Files.delete(tsv);
        }
    }

    @Test
    void aBadLineIsReportedWithItsLineAndColumn() {
        assertThatThrownBy(() -> FOLDING.extendedBy("my.tsv", "吕\t呂\n吕 呂\n"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("my.tsv:2:1: expected 「variant TAB key」");
        assertThatThrownBy(() -> FOLDING.extendedBy("my.tsv", "# x\n吕\t呂蒙\n"))
                .isInstanceOf(InputException.class).hasMessage("my.tsv:2:3: the key must be one character, found 「呂蒙」 (2 characters)");
        assertThatThrownBy(() -> FOLDING.extendedBy("my.tsv", "𫝊云\t傳\n"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("my.tsv:1:1: the variant must be one character");
        assertThatThrownBy(() -> VariantFolding.withUserVariants(Path.of("no/such/list.tsv")))
                .isInstanceOf(InputException.class).hasMessageContaining("no such variant list");
    }
}
