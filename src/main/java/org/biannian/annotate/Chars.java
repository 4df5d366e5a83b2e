package org.biannian.annotate;

/** Character classes the recognition rules share. */
final class Chars {

    private Chars() {
    }

    /** Punctuation and line breaks that end a name on either side, as a set: every rule asks at every character. */
    private static final java.util.BitSet BOUNDARIES = new java.util.BitSet();

    static {
        "\n\r ，。、；：「」『』（）《》！？·…,.;:()!?〈〉".codePoints().forEach(BOUNDARIES::set);
    }

    /** Punctuation and line breaks that end a name on either side. */
    static boolean isBoundary(int c) {
        return c < 0 || BOUNDARIES.get(c);
    }

    static boolean isChineseNumeral(int c) {
        return "〇一二三四五六七八九十百千萬兩數".indexOf(c) >= 0;
    }

    /** A Han character (including extension blocks) or a private-use glyph standing for one. */
    static boolean isHan(int c) {
        // The unified block first: nearly every character asked is there, and isIdeographic is a table walk.
        return c >= 0x4E00 && c <= 0x9FFF || Character.isIdeographic(c) || (c >= 0xE000 && c <= 0xF8FF);
    }

    static int at(int[] text, int i) {
        return i >= 0 && i < text.length ? text[i] : -1;
    }

    static boolean isAnyOf(int c, String chars) {
        return c >= 0 && chars.indexOf(c) >= 0;
    }

    /** Whether {@code word} stands in {@code text} at {@code at}. */
    static boolean matchesAt(int[] text, int at, String word) {
        int k = at;
        for (int i = 0; i < word.length(); k++) {
            // A char compared first: most calls fail at the first character, and codePointAt cost more than the test.
            char unit = word.charAt(i);
            int c = Character.isHighSurrogate(unit) ? word.codePointAt(i) : unit;
            if (k < 0 || k >= text.length || text[k] != c) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The characters of {@code chars} as a set, for a class asked at every character. */
    static java.util.BitSet setOf(String chars) {
        java.util.BitSet set = new java.util.BitSet();
        chars.codePoints().forEach(set::set);
        return set;
    }

    private static final java.util.BitSet DAY_STEMS = setOf("甲乙丙丁戊己庚辛壬癸");
    private static final java.util.BitSet DAY_BRANCHES = setOf("子丑寅卯夘辰巳午未申酉戌亥");

    /** The branches 己 pairs with in the cycle of sixty: after 已, as the 四庫 text often prints 己, these make a day. */
    private static final java.util.BitSet BRANCHES_OF_JI = setOf("丑卯夘巳未酉亥");

    /**
     * Whether a cyclical day (辛丑, 丁巳) stands at {@code at}: a stem, which is also often a surname, then a branch; or
     * 已 misprinted for 己 before one of 己's branches (已巳, 已酉).
     */
    static boolean isDayAt(int[] text, int at) {
        int stem = at(text, at);
        return isIn(stem, DAY_STEMS) && isIn(at(text, at + 1), DAY_BRANCHES) || stem == '已' && isIn(at(text, at + 1), BRANCHES_OF_JI);
    }

    /**
     * Several character classes a pass asks at every character, answered by one table read: bit {@code k} of
     * {@link #of} is set when the code point is in the {@code k}-th string. Past the BMP no class holds.
     */
    static final class Classes {
        private final byte[] table = new byte[0x10000];

        Classes(String... classes) {
            if (classes.length > 8) {
                throw new IllegalArgumentException("at most 8 classes, got " + classes.length);
            }
            for (int k = 0; k < classes.length; k++) {
                int bit = 1 << k;
                classes[k].codePoints().filter(c -> c < 0x10000).forEach(c -> table[c] |= (byte) bit);
            }
        }

        int of(int c) {
            return c >= 0 && c < 0x10000 ? table[c] : 0;
        }
    }

    static boolean isIn(int c, java.util.BitSet set) {
        return c >= 0 && set.get(c);
    }

    /** Whether any position of {@code [from, to)} is set: {@code set.get(from, to)} would copy the range first. */
    static boolean anySet(java.util.BitSet set, int from, int to) {
        int first = set.nextSetBit(from);
        return first >= 0 && first < to;
    }
}
