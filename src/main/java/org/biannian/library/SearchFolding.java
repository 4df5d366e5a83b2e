package org.biannian.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.biannian.text.SimplifiedFolding;
import org.biannian.text.VariantFolding;

/**
 * The one folding search uses, so that the index holds the text once: characters that simplified
 * folding (繼 → 继) or variant folding (䝉 → 蒙, 呂/吕) puts together share one key, taken
 * transitively (a class joined by either). A word matches wherever the text writes it as written,
 * simplified, or in any edition's variant: what three indexed copies of the text used to find.
 * Code point for code point, like both foldings it joins.
 *
 * <p>Some classes join different words: simplification wrote 後 and 后, 雲 and 云, 餘 and 余 alike.
 * Their characters are {@link #ambiguous}: the index also records where the text writes them, so a
 * search ranks the entries writing the word as the query does first (OpenCC's {@code
 * STCharacters.txt}, a simplified character with more than one traditional reading, names them).
 */
final class SearchFolding {

    /** Beyond the CJK extension planes nothing folds (both tables stop before U+40000). */
    private static final int LIMIT = 0x40000;
    private static final String SIMPLIFIED_TO_TRADITIONAL = "/data/dictionary/STCharacters.txt";
    private static final SearchFolding BUILT_IN = new SearchFolding(VariantFolding.builtIn());

    /** The key of each code point below {@link #table}'s length (0: itself). */
    private final int[] table;
    /** Characters of classes that join different words (后/後). */
    private final java.util.BitSet ambiguous = new java.util.BitSet();
    /** A fingerprint of the classes, recorded with the index: another table means another index. */
    private final String fingerprint;

    private SearchFolding(VariantFolding variants) {
        int[] parent = new int[LIMIT];
        for (int c = 0; c < LIMIT; c++) {
            parent[c] = c;
        }
        // Only the characters some table names can share a key; every other one keeps its own.
        java.util.BitSet named = new java.util.BitSet(LIMIT);
        for (Map.Entry<Integer, Integer> e : SimplifiedFolding.table().entrySet()) {
            join(parent, named, e.getKey(), e.getValue());
        }
        for (int c = 0; c < LIMIT; c++) {
            int key = variants.fold(c);
            if (key != c) {
                join(parent, named, c, key);
            }
        }
        // Each class under its first member in the common block (U+4E00–U+9FFF: 李, not Ext-A 䤚), else
        // its smallest: the index's terms stay readable, and a BMP character keeps a BMP key.
        int[] best = new int[LIMIT];
        java.util.Arrays.fill(best, -1);
        for (int c = named.nextSetBit(0); c >= 0; c = named.nextSetBit(c + 1)) {
            int root = find(parent, c);
            if (best[root] < 0 || !common(best[root]) && common(c)) {
                best[root] = c;
            }
        }
        int[] table = new int[LIMIT];
        int max = 0;
        long hash = 1125899906842597L;
        for (int c = named.nextSetBit(0); c >= 0; c = named.nextSetBit(c + 1)) {
            int key = best[find(parent, c)];
            if (key != c) {
                table[c] = key;
                max = c;
                hash = 31 * (31 * hash + c) + key;
            }
        }
        java.util.BitSet joinsWords = new java.util.BitSet();
        for (int c : oneToManySimplifications()) {
            if (c < LIMIT && named.get(c)) {
                joinsWords.set(find(parent, c));
            }
        }
        for (int c = named.nextSetBit(0); c >= 0; c = named.nextSetBit(c + 1)) {
            if (joinsWords.get(find(parent, c))) {
                ambiguous.set(c);
                hash = 31 * hash + c;
            }
        }
        this.table = java.util.Arrays.copyOf(table, max + 1);
        this.fingerprint = Long.toHexString(hash);
    }

    /** Puts {@code a} and {@code b} in one class, both named by a table. */
    private static void join(int[] parent, java.util.BitSet named, int a, int b) {
        if (a < 0 || a >= LIMIT || b < 0 || b >= LIMIT) {
            return;
        }
        named.set(a);
        named.set(b);
        union(parent, a, b);
    }

    /** The folding of the built-in tables. */
    static SearchFolding builtIn() {
        return BUILT_IN;
    }

    /** The simplified characters OpenCC reads back as more than one traditional character (后: 後 后). */
    private static List<Integer> oneToManySimplifications() {
        try (InputStream in = SearchFolding.class.getResourceAsStream(SIMPLIFIED_TO_TRADITIONAL)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC table " + SIMPLIFIED_TO_TRADITIONAL
                        + " missing from the class path: the opencc4j jar is needed");
            }
            List<Integer> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.split("\t");
                if (cols.length >= 2 && cols[0].codePointCount(0, cols[0].length()) == 1
                        && cols[1].strip().split(" ").length > 1) {
                    out.add(cols[0].codePointAt(0));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static boolean common(int c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    private static int find(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }

    /** The key of {@code codePoint}: itself when nothing folds it. */
    int fold(int codePoint) {
        if (codePoint < 0 || codePoint >= table.length) {
            return codePoint;
        }
        int k = table[codePoint];
        return k == 0 ? codePoint : k;
    }

    /** Whether {@code codePoint}'s class joins different words (後 and 后), so that its written form counts in ranking. */
    boolean ambiguous(int codePoint) {
        return codePoint >= 0 && ambiguous.get(codePoint);
    }

    /** {@code text} with every character replaced by its key; as many code points as {@code text}. */
    String fold(CharSequence text) {
        return org.biannian.text.VariantFolding.foldEach(text, this::fold);
    }

    /** Changes whenever the classes change (another table), so that an index folded otherwise is rebuilt. */
    String fingerprint() {
        return fingerprint;
    }
}
