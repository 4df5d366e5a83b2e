package org.biannian.tagger;

/**
 * The features of each character position, as exact 64-bit keys (template in the top bits, then up to
 * two code points of 24 bits each), so extraction allocates nothing and keys never collide. Characters
 * other than Han ideographs (punctuation, line ends, markup) read as one boundary symbol: the tagger
 * learned from unpunctuated text, where the only boundaries are the ends of a passage.
 */
public final class Features {

    /** Features per position. */
    public static final int PER_POSITION = 14;

    static final int BOUNDARY = 0;

    /** Characters that end place names (汴州, 保安軍, 石堡寨, 鐵門關) or name a kind of place. */
    private static final String PLACE_SUFFIXES = "州軍縣寨砦堡府郡鎮城關山水河江陵宮殿寺廟原谷嶺川泉池口塞";
    /** The commonest one-character Han surnames, a class so the tagger can generalise from the few its treebank names. */
    private static final String SURNAMES = "李王張劉陳楊趙黃周吳徐孫胡朱高林何郭馬羅梁宋鄭謝韓唐馮于董蕭程曹袁鄧許傅沈曾彭呂"
            + "蘇盧蔣蔡賈丁魏薛葉閻余潘杜戴夏鍾汪田任姜范方石姚譚廖鄒熊金陸郝孔白崔康毛邱秦江史顧侯邵孟龍萬段雷錢湯尹黎易常武喬賀"
            + "賴龔文种折寇竇柴符狄晏滕龐韋裴溫聶柳向翟樊苗辛牛焦祝鮑党米耿";

    private static final int OTHER = 1;
    private static final int SURNAME = 2;
    private static final int SUFFIX = 3;
    private static final int NUMERAL = 4;
    private static final String NUMERALS = "一二三四五六七八九十百千萬";

    private Features() {
    }

    /** The text as the features read it: non-Han code points become {@link #BOUNDARY}. */
    public static int[] normalised(int[] codePoints) {
        int[] out = new int[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            out[i] = isHan(c) ? c : BOUNDARY;
        }
        return out;
    }

    /** CJK unified ideographs (the URO, extension A, the compatibility block, the supplementary planes' extensions). */
    private static boolean isHan(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF
                || c >= 0x20000 && c <= 0x3FFFF;
    }

    /** The character class of each position of a {@link #normalised} text (computed once, read by {@link #at}). */
    static int[] classes(int[] text) {
        int[] out = new int[text.length];
        classes(text, 0, text.length, out);
        return out;
    }

    /** Writes the classes of positions {@code [from, to)} of a {@link #normalised} text into {@code out}. */
    static void classes(int[] text, int from, int to, int[] out) {
        for (int i = from; i < to; i++) {
            out[i] = charClass(text[i]);
        }
    }

    /** Writes the {@link #PER_POSITION} keys of position {@code i} of a {@link #normalised} text (with its {@link #classes}) into {@code into}. */
    static void at(int[] text, int[] classes, int i, long[] into) {
        int c0 = cp(text, i);
        int m1 = cp(text, i - 1);
        int m2 = cp(text, i - 2);
        int p1 = cp(text, i + 1);
        int p2 = cp(text, i + 2);
        int k = 0;
        into[k++] = key(0, 0, 0);
        into[k++] = key(1, c0, 0);
        into[k++] = key(2, m1, 0);
        into[k++] = key(3, p1, 0);
        into[k++] = key(4, m2, 0);
        into[k++] = key(5, p2, 0);
        into[k++] = key(6, m1, c0);
        into[k++] = key(7, c0, p1);
        into[k++] = key(8, m2, m1);
        into[k++] = key(9, p1, p2);
        into[k++] = key(10, m1, p1);
        int k0 = classes[i];
        int km1 = i > 0 ? classes[i - 1] : BOUNDARY;
        int kp1 = i + 1 < classes.length ? classes[i + 1] : BOUNDARY;
        into[k++] = key(11, km1 * 8 + k0, kp1);
        into[k++] = key(12, k0, p1);
        into[k++] = key(13, m1, k0 * 8 + kp1);
    }

    private static int cp(int[] text, int i) {
        return i < 0 || i >= text.length ? BOUNDARY : text[i];
    }

    private static final java.util.BitSet SURNAME_SET = set(SURNAMES);
    private static final java.util.BitSet SUFFIX_SET = set(PLACE_SUFFIXES);
    private static final java.util.BitSet NUMERAL_SET = set(NUMERALS);

    private static java.util.BitSet set(String chars) {
        java.util.BitSet set = new java.util.BitSet();
        chars.codePoints().forEach(set::set);
        return set;
    }

    private static int charClass(int c) {
        if (c == BOUNDARY) {
            return BOUNDARY;
        }
        if (SURNAME_SET.get(c)) {
            return SURNAME;
        }
        if (SUFFIX_SET.get(c)) {
            return SUFFIX;
        }
        return NUMERAL_SET.get(c) ? NUMERAL : OTHER;
    }

    private static long key(int template, int a, int b) {
        return ((long) template << 48) | ((long) a << 24) | b;
    }
}
