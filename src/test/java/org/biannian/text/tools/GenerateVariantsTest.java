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
}
