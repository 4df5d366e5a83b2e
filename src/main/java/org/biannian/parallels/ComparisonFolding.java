package org.biannian.parallels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.biannian.text.VariantFolding;

/**
 * Folds a character to the key texts are compared by: first its variant key (逺 → 遠, 扵 → 於), then
 * its simplified form (遠 → 远), so a simplified edition matches a traditional one. Code point for
 * code point, so offsets carry over; for comparing only, the text is never changed.
 *
 * <p>The simplified forms are OpenCC's {@code TSCharacters.txt} from the opencc4j jar, one-to-one
 * mappings only (the first reading of each), as the library's search folding reads it.
 */
final class ComparisonFolding {

    private static final String TABLE = "/data/dictionary/TSCharacters.txt";
    private static final ComparisonFolding BUILT_IN = new ComparisonFolding(VariantFolding.builtIn(), loadSimplified());

    private final VariantFolding variants;
    private final Map<Integer, Integer> simplified;

    private ComparisonFolding(VariantFolding variants, Map<Integer, Integer> simplified) {
        this.variants = variants;
        this.simplified = simplified;
    }

    static ComparisonFolding builtIn() {
        return BUILT_IN;
    }

    /** The comparison key of {@code codePoint}. */
    int fold(int codePoint) {
        int v = variants.fold(codePoint);
        Integer s = simplified.get(v);
        if (s != null) {
            return s;
        }
        // A simplified character may itself be a variant of another (e.g. a form only the table lists).
        return variants.fold(v);
    }

    private static Map<Integer, Integer> loadSimplified() {
        try (InputStream in = ComparisonFolding.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC table " + TABLE + " missing from the class path: the opencc4j jar is needed");
            }
            Map<Integer, Integer> map = new HashMap<>(8192);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.split("\t");
                if (cols.length < 2 || cols[0].codePointCount(0, cols[0].length()) != 1) {
                    continue;
                }
                String first = cols[1].split(" ")[0];
                if (first.codePointCount(0, first.length()) == 1) {
                    map.put(cols[0].codePointAt(0), first.codePointAt(0));
                }
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
