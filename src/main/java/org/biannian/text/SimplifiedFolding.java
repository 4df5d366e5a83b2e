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
 * Folds traditional characters to simplified ones, character by character, so that 继迁 finds
 * 繼遷 (search) and a simplified edition lines up with a traditional one (parallels). For comparing
 * only: stored text is never converted.
 *
 * <p>The table is OpenCC's {@code TSCharacters.txt}, read from the opencc4j jar. Only one-to-one
 * mappings are kept (the first reading of each), so a folded text has exactly as many code
 * points as the original and offsets carry over unchanged.
 */
public final class SimplifiedFolding {

    private static final String TABLE = "/data/dictionary/TSCharacters.txt";
    private static final Map<Integer, Integer> MAP = load();

    private SimplifiedFolding() {
    }

    /** {@code text} with every traditional character replaced by its simplified form; as many code points. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(fold(c)));
        return out.toString();
    }

    /** The simplified form of {@code codePoint}: itself when it has none. */
    public static int fold(int codePoint) {
        return MAP.getOrDefault(codePoint, codePoint);
    }

    /** Every character that has a simplified form, with that form (unmodifiable): for foldings built on this one. */
    public static Map<Integer, Integer> table() {
        return MAP;
    }

    /** How many characters have a simplified form. */
    public static int size() {
        return MAP.size();
    }

    private static Map<Integer, Integer> load() {
        try (InputStream in = SimplifiedFolding.class.getResourceAsStream(TABLE)) {
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
