package org.biannian.text.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.biannian.testing.Shared;
import org.biannian.text.VariantFolding;
import org.junit.jupiter.api.Test;

class GenerateVariantsTest {

    @Test
    void theShippedTableIsWhatTheGeneratorMakesOfTheSources() throws Exception {
        GenerateVariants.Table table = GenerateVariants.build(Shared.path("reference/variants"));
        VariantFolding builtIn = VariantFolding.builtIn();
        assertThat(builtIn.size()).isEqualTo(table.keys().size());
        table.keys().forEach((variant, key) -> assertThat(builtIn.fold(variant)).as("U+%04X", variant).isEqualTo(key));
    }

    @Test
    void everyKeyIsItsOwnKeyAndNothingIsFoldedOntoACharacterKeptApart() throws Exception {
        GenerateVariants.Table table = GenerateVariants.build(Shared.path("reference/variants"));
        table.keys().values().forEach(key -> assertThat(table.keys()).doesNotContainKey(key));
        GenerateVariants.KEEP_APART.forEach(c -> {
            assertThat(table.keys()).doesNotContainKey(c);
            assertThat(table.keys()).doesNotContainValue(c);
        });
    }

    @Test
    void theFormsReadFrom宋史FoldAsTheirStandardAndTakeWhatFoldedOntoThem() throws Exception {
        GenerateVariants.Table table = GenerateVariants.build(Shared.path("reference/variants"));
        assertThat(table.keys()).containsEntry((int) '曽', (int) '曾').containsEntry((int) '参', (int) '參')
                .containsEntry((int) '卭', (int) '邛');
        // 𢏟 folded onto 强 by the tables; 强 folds to 強, so 𢏟 does too: the table stays idempotent.
        assertThat(table.keys()).containsEntry("𢏟".codePointAt(0), (int) '強');
        assertThat(table.rule().get((int) '曽')).isEqualTo("q");
    }
}
