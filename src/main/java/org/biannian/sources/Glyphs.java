package org.biannian.sources;

/** Character classes and Chinese numerals, over code points, for reading citations and notes. */
final class Glyphs {

    private Glyphs() {
    }

    static boolean isOpenBracket(int c) {
        return c == '（' || c == '(';
    }

    static boolean isCloseBracket(int c) {
        return c == '）' || c == ')';
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }

    /** Punctuation that ends a sentence or clause, where a note may begin after it. */
    static boolean endsSentence(int c) {
        return c == '。' || c == '；' || c == ';' || c == '？' || c == '！' || c == '」' || c == '』';
    }

    /** Punctuation that ends a reading (一作X, …作Y). */
    static boolean endsReading(int c) {
        return c == '，' || c == ',' || c == '。' || c == '、' || c == '；' || c == '：' || c == ':' || c == '」'
                || c == '』' || c == '「' || c == '）' || c == ')' || c == '（' || c == '(' || c == '《' || c == '》'
                || c == '？' || c == '！' || isSpace(c);
    }

    /** A character that may belong to a name or word: Han, private-use glyphs, and the 「<…>」 placeholder marks. */
    static boolean isWordChar(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.getType(c) == Character.PRIVATE_USE || c == '<' || c == '>' || c == '〇';
    }

    static boolean isNumeral(int c) {
        return "〇零一二兩三四五六七八九十百千".indexOf(c) >= 0 || (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /**
     * The value of a run of Chinese (三十五, 一百七十七, 一〇五) or Arabic numerals, or -1 when it is not a number
     * a juan could have.
     */
    static int numeralValue(int[] cps, int from, int to) {
        if (from >= to || to - from > 12) {
            return -1;
        }
        boolean positional = true;
        for (int i = from; i < to; i++) {
            if ("十百千".indexOf(cps[i]) >= 0) {
                positional = false;
            }
        }
        if (positional) {
            int value = 0;
            for (int i = from; i < to; i++) {
                int d = digit(cps[i]);
                if (d < 0) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }
        int total = 0;
        int pending = -1;
        for (int i = from; i < to; i++) {
            int c = cps[i];
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit > 0) {
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else {
                int d = digit(c);
                if (d < 0) {
                    return -1;
                }
                pending = d;
            }
        }
        return total + Math.max(pending, 0);
    }

    private static int digit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        int i = "〇一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i;
        }
        return c == '零' ? 0 : c == '兩' ? 2 : -1;
    }

    /** Whether {@code cps} holds {@code word} at {@code at}; {@code word} is a cue word of BMP characters only. */
    static boolean startsWith(int[] cps, int at, int end, String word) {
        int n = word.length();
        if (at < 0 || at + n > end) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (cps[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String string(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    /** Length in written characters: a 「<白>」 placeholder counts as one. */
    static int glyphCount(String s) {
        int n = 0;
        boolean inPlaceholder = false;
        for (int c : s.codePoints().toArray()) {
            if (c == '<') {
                inPlaceholder = true;
            } else if (c == '>') {
                inPlaceholder = false;
                n++;
            } else if (!inPlaceholder) {
                n++;
            }
        }
        return n;
    }
}
