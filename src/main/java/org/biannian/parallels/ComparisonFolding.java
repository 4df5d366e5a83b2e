package org.biannian.parallels;

import org.biannian.text.SimplifiedFolding;
import org.biannian.text.VariantFolding;

/**
 * Folds a character to the key texts are compared by: first its variant key (逺 → 遠, 扵 → 於), then
 * its simplified form (遠 → 远), so a simplified edition matches a traditional one. Code point for
 * code point, so offsets carry over; for comparing only, the text is never changed.
 *
 * <p>The simplified forms are those the library's search folds by ({@link SimplifiedFolding}).
 */
final class ComparisonFolding {

    private static final ComparisonFolding BUILT_IN = new ComparisonFolding(VariantFolding.builtIn());

    private final VariantFolding variants;

    private ComparisonFolding(VariantFolding variants) {
        this.variants = variants;
    }

    static ComparisonFolding builtIn() {
        return BUILT_IN;
    }

    /** The comparison key of {@code codePoint}. */
    int fold(int codePoint) {
        int v = variants.fold(codePoint);
        int s = SimplifiedFolding.fold(v);
        if (s != v) {
            return s;
        }
        // A simplified character may itself be a variant of another (e.g. a form only the table lists).
        return variants.fold(v);
    }
}
