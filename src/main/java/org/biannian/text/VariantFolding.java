package org.biannian.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds variant characters (吕/呂, 䝉/蒙, 嵗/歲, 冦/寇) to one key each, code point for code point,
 * so that names, dates, titles and searches match across editions. For comparing only: the
 * source text is never changed, and a folded string has exactly as many code points as its
 * input, so every offset carries over.
 *
 * <p>The table is {@code variants.tsv} beside this class: one line a variant, {@code variant TAB
 * key}. It is generated from the variant tables in the project's generator (see NOTICE).
 */
public final class VariantFolding {

    private static final String TABLE = "variants.tsv";
    private static final VariantFolding BUILT_IN = new VariantFolding(load());

    private final Map<Integer, Integer> keys;

    private VariantFolding(Map<Integer, Integer> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** The built-in folding. */
    public static VariantFolding builtIn() {
        return BUILT_IN;
    }

    /** The key of {@code codePoint}: itself when it has no variant relation. */
    public int fold(int codePoint) {
        Integer k = keys.get(codePoint);
        return k == null ? codePoint : k;
    }

    /** {@code text} with every character replaced by its key; as many code points as {@code text}. */
    public String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(fold(c)));
        return out.toString();
    }

    /** Whether {@code a} and {@code b} fold to the same key. */
    public boolean same(int a, int b) {
        return fold(a) == fold(b);
    }

    /** How many characters have a key other than themselves. */
    public int size() {
        return keys.size();
    }

    private static Map<Integer, Integer> load() {
        try (InputStream in = VariantFolding.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the variant table " + TABLE + " is missing from the class path; rebuild the jar");
            }
            Map<Integer, Integer> map = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length >= 2 && cols[0].codePointCount(0, cols[0].length()) == 1
                        && cols[1].codePointCount(0, cols[1].length()) == 1) {
                    map.put(cols[0].codePointAt(0), cols[1].codePointAt(0));
                }
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
