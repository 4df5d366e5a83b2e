package org.biannian.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.biannian.text.SimplifiedFolding;
import org.biannian.text.VariantFolding;
import org.junit.jupiter.api.Test;

/** The one folding of the search index: simplified and variant classes together (issue 14). */
class SearchFoldingTest {

    private static final SearchFolding FOLDING = SearchFolding.builtIn();

    private static boolean same(String a, String b) {
        return FOLDING.fold(a).equals(FOLDING.fold(b));
    }

    @Test
    void whatEitherFoldingJoinsSharesAKey() {
        assertThat(same("李繼遷", "李继迁")).as("simplified").isTrue();
        assertThat(same("呂蒙正", "吕䝉正")).as("variants").isTrue();
        assertThat(same("後", "后")).as("simplification joined them, so search does").isTrue();
        assertThat(same("乾", "干")).as("OpenCC folds 乾 to itself").isFalse();
    }

    @Test
    void classesAreJoinedThroughEitherFolding() {
        // 扵 is a variant of 於 (not of 于), and 於 simplifies to 于: all three share one key.
        VariantFolding variants = VariantFolding.builtIn();
        assertThat(variants.same("扵".codePointAt(0), "於".codePointAt(0))).isTrue();
        assertThat(variants.same("扵".codePointAt(0), "于".codePointAt(0))).isFalse();
        assertThat(SimplifiedFolding.fold("於")).isEqualTo("于");
        assertThat(same("扵", "于")).isTrue();
    }

    @Test
    void foldingKeepsEveryCodePointAndAnEveryDayKey() {
        String text = "𨫼李繼遷，12";
        String folded = FOLDING.fold(text);
        assertThat(folded.codePointCount(0, folded.length())).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(FOLDING.fold("李")).as("the common block's member, not Ext-A 䤚").isEqualTo("李");
        assertThat(FOLDING.fold("，12")).isEqualTo("，12");
    }

    @Test
    void onlyClassesJoiningDifferentWordsAreAmbiguous() {
        for (String c : new String[] {"後", "后", "雲", "云", "餘", "余"}) {
            assertThat(FOLDING.ambiguous(c.codePointAt(0))).as(c).isTrue();
        }
        for (String c : new String[] {"國", "国", "繼", "呂", "山"}) {
            assertThat(FOLDING.ambiguous(c.codePointAt(0))).as(c).isFalse();
        }
        assertThat(FOLDING.fingerprint()).isNotBlank();
    }
}
