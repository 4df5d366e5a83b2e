package org.biannian.calendar;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.biannian.calendar.DateExpression.LunarPhase;
import org.biannian.calendar.DateExpression.Scope;
import org.biannian.text.SourceText;
import org.biannian.text.VariantFolding;

/**
 * Reads Chinese date expressions: [regime] [era] [year] [season] [month] [day], and 是歲 / 是月 / 是春 / 是日.
 *
 * <p>Two uses. {@link #read(String)} reads one whole expression, as typed by a user
 * (「至道三年三月癸巳」, 「宋淳化五年正月癸酉」, 「冬十月」, 「閏月」, 「是歲」); there an era is whatever precedes
 * the year number. {@link #readAt} finds an expression at a position of running text, where
 * bare words must not be taken for dates: there an era must be in the reader's lexicon, a bare
 * year must be followed by a season or month (「二年春」, not 「十年矣」), a season by a month (「夏四月」,
 * not the polity 夏), a lone ganzhi day by punctuation or 朔/晦/望 (「癸酉，」), and an ordinal day
 * 「N日」 by a month before it (「三日」 alone is a duration).
 *
 * <p>Variant characters are read as their standard forms (是嵗 as 是歲, 閠月 as 閏月): the text is folded with
 * {@link VariantFolding#builtIn()} before it is read, code point for code point, so a match's length and the
 * expression's text are those of the text as written; the era and regime names are given as the lexicon
 * writes them.
 */
public final class DateExpressionReader {

    /** Regime names a user may put before an era; data-driven readers add the calendar's own. */
    private static final List<String> DEFAULT_REGIMES = List.of(
            "北宋", "南宋", "大宋", "宋", "大遼", "契丹", "遼", "西夏", "夏", "大金", "金", "元", "唐");

    private static final int MAX_ERA_LENGTH = 6;
    /** More code points than any date expression has: running text is read in a window of this many. */
    private static final int WINDOW = 32;

    private static final VariantFolding FOLDING = VariantFolding.builtIn();

    /** Era names folded, to the name as the lexicon writes it. */
    private final Map<String, String> eras;
    /** The first UTF-16 unit of every era name: most positions of a text start none, and are passed at once. */
    private final Set<Character> eraStarts;
    /**
     * Regime names folded, by their first UTF-16 unit, longest first (a date is tried at every position of a
     * text: looking only at the names that can start there keeps that cheap), and to the name as written.
     */
    private final Map<Character, List<String>> regimes;
    private final Map<String, String> regimeNames;

    private DateExpressionReader(Set<String> eras, Collection<String> regimes) {
        Map<String, String> folded = new HashMap<>();
        for (String era : eras) {
            folded.putIfAbsent(FOLDING.fold(era), era);
        }
        this.eras = Map.copyOf(folded);
        this.eraStarts = folded.keySet().stream().map(e -> e.charAt(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        Map<String, String> names = new HashMap<>();
        for (String regime : regimes) {
            names.putIfAbsent(FOLDING.fold(regime), regime);
        }
        this.regimeNames = Map.copyOf(names);
        this.regimes = names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(java.util.stream.Collectors.groupingBy(r -> r.charAt(0), java.util.stream.Collectors.toList()));
    }

    /** A reader that knows no era names: {@link #readAt} then finds era-less dates only. */
    public static DateExpressionReader basic() {
        return new DateExpressionReader(Set.of(), DEFAULT_REGIMES);
    }

    /** A reader that recognises {@code eraNames} in running text and {@code regimeNames} before them. */
    public static DateExpressionReader withLexicon(Collection<String> eraNames, Collection<String> regimeNames) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(regimeNames);
        all.addAll(DEFAULT_REGIMES);
        return new DateExpressionReader(Set.copyOf(eraNames), all);
    }

    /** A match in running text: its length in code points and what it says. */
    public record Match(int length, DateExpression expression) {
    }

    /** Reads {@code expression} whole (surrounding white space ignored), or empty if it is not one date expression. */
    public Optional<DateExpression> read(String expression) {
        return readWhole(expression, true);
    }

    /**
     * Like {@link #read}, but an era must be one the reader knows: for clauses of running text
     * (「凡三年，」 is no era 「凡」).
     */
    public Optional<DateExpression> readStrict(String expression) {
        return readWhole(expression, false);
    }

    private Optional<DateExpression> readWhole(String expression, boolean guessEras) {
        String s = expression.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String folded = fold(s);
        Parsed p = parse(folded, 0, true, guessEras);
        return p != null && p.end == folded.length() ? Optional.of(p.toExpression(s, folded)) : Optional.empty();
    }

    /** The date expression starting at code point {@code position} of {@code text}, if one does. */
    public Optional<Match> readAt(SourceText text, int position) {
        return match(text.text(), text.charIndex(position));
    }

    /** The date expression starting at code point {@code position} of {@code text}, if one does. */
    public Optional<Match> readAt(String text, int position) {
        return match(text, text.offsetByCodePoints(0, position));
    }

    private Optional<Match> match(String text, int from) {
        int to = from;
        for (int n = 0; n < WINDOW && to < text.length(); n++) {
            to += Character.charCount(text.codePointAt(to));
        }
        String written = text.substring(from, to);
        String folded = fold(written);
        Parsed p = parse(folded, 0, false, false);
        if (p == null) {
            return Optional.empty();
        }
        DateExpression x = p.toExpression(written, folded);
        return Optional.of(new Match(x.text().codePointCount(0, x.text().length()), x));
    }

    /** Mutable scratch for one parse; never escapes. */
    private static final class Parsed {
        String regime;
        String era;
        Integer eraYear;
        Season season;
        Integer month;
        boolean leap;
        boolean leapOfMonthInForce;
        Integer ganzhi;
        Integer dayOfMonth;
        LunarPhase phase;
        Scope scope;
        int end;

        /** The expression, its text as {@code written} (of which {@code folded} is the folding, read from 0). */
        DateExpression toExpression(String written, String folded) {
            String text = written.substring(0, written.offsetByCodePoints(0, folded.codePointCount(0, end)));
            return new DateExpression(text, regime, era, eraYear, season, month, leap,
                    leapOfMonthInForce, ganzhi, dayOfMonth, phase, scope);
        }
    }

    private Parsed parse(String s, int from, boolean whole, boolean guessEras) {
        Parsed p = new Parsed();
        int i = from;
        if (startsWith(s, i, "是")) {
            Parsed scoped = readScope(s, i + 1, p);
            if (scoped != null) {
                return scoped;
            }
        }
        i = readRegimeAndEra(s, i, p, guessEras);
        int[] year = readYear(s, i);
        if (year != null) {
            p.eraYear = year[0];
            i = year[1];
        } else if (p.era != null) {
            return null; // an era needs its year
        }
        boolean hadYear = p.eraYear != null;
        Season season = i < s.length() ? Season.of(s.charAt(i)) : null;
        int afterSeason = season != null ? i + 1 : i;
        p.season = season;
        int monthEnd = readMonth(s, afterSeason, p);
        if (monthEnd > afterSeason) {
            i = monthEnd;
        } else if (season != null) {
            if (!whole && !hadYear) {
                return readLoneDay(s, from, false); // 「夏」 alone in running text is the polity, not summer
            }
            i = afterSeason;
        } else if (!hadYear) {
            return readLoneDay(s, from, whole);
        } else if (!whole && p.era == null) {
            return null; // a bare 「十年」 in running text is a duration, not a date
        }
        if (p.month != null || p.leapOfMonthInForce) {
            i = readDay(s, i, p, whole);
        }
        p.end = i;
        return p;
    }

    private Parsed readScope(String s, int i, Parsed p) {
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        Scope scope = switch (c) {
            case '歲', '年' -> Scope.YEAR;
            case '月' -> Scope.MONTH;
            case '日' -> Scope.DAY;
            case '春', '夏', '秋', '冬' -> Scope.SEASON;
            default -> null;
        };
        if (scope == null) {
            return null;
        }
        if (scope == Scope.SEASON) {
            p.season = Season.of(c);
        }
        p.scope = scope;
        p.end = i + 1;
        return p;
    }

    /**
     * Reads an optional regime and era before a year; returns the index after them (or {@code i} if none). A known
     * era is preferred to a guessed one, and a known era as a whole to a regime + a shorter era: 「元祐三年」 is
     * 元祐, not 元 + 「祐」; 「明昌」 明昌, not 明 + 「昌」.
     */
    private int readRegimeAndEra(String s, int i, Parsed p, boolean guessEras) {
        int whole = readEra(s, i, false);
        if (whole > i) {
            p.era = eraName(s.substring(i, whole));
            return whole;
        }
        List<String> candidates = i < s.length() ? regimes.getOrDefault(s.charAt(i), List.of()) : List.of();
        for (boolean guess : guessEras ? new boolean[] {false, true} : new boolean[] {false}) {
            for (String regime : candidates) {
                if (startsWith(s, i, regime)) {
                    int afterRegime = i + regime.length();
                    int eraEnd = readEra(s, afterRegime, guess);
                    if (eraEnd > afterRegime) {
                        p.regime = regimeNames.get(regime);
                        p.era = eraName(s.substring(afterRegime, eraEnd));
                        return eraEnd;
                    }
                }
            }
        }
        int eraEnd = readEra(s, i, guessEras);
        if (eraEnd > i) {
            p.era = eraName(s.substring(i, eraEnd));
            return eraEnd;
        }
        return i;
    }

    /** {@code s} folded code point for code point; {@code s} itself when nothing folds (the usual case). */
    private static String fold(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int key = FOLDING.fold(c);
            if (key != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(key);
            }
            i += Character.charCount(c);
        }
        return out == null ? s : out.toString();
    }

    /** An era name read (folded) as the lexicon writes it; a guessed one as read. */
    private String eraName(String folded) {
        return eras.getOrDefault(folded, folded);
    }

    /** The end of an era name at {@code i} followed by a year, or {@code i} if there is none. */
    private int readEra(String s, int i, boolean guessEras) {
        int longest = Math.min(MAX_ERA_LENGTH, s.length() - i);
        for (int len = longest > 0 && eraStarts.contains(s.charAt(i)) ? longest : 0; len >= 1; len--) {
            // The year first: it fails at once on most characters, where the look-up would build a string.
            if (readYear(s, i + len) != null && eras.containsKey(s.substring(i, i + len))) {
                return i + len;
            }
        }
        // An era not in the lexicon: the shortest name that leaves a year, so that 「統和十二年」 is 統和 + 十二年,
        // not 統和十 + 二年.
        for (int len = 1; guessEras && len <= longest; len++) {
            String candidate = s.substring(i, i + len);
            if (isHanOnly(candidate) && !startsNumeral(candidate) && readYear(s, i + len) != null) {
                return i + len;
            }
        }
        return i;
    }

    private static boolean startsNumeral(String s) {
        return ChineseNumerals.read(s, 0) != null || s.charAt(0) == '元';
    }

    private static boolean isHanOnly(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * {value, end} of 「元年」 / 「N年」 at i, or null. 「N載」 too: 天寶三載–至德三載 (744–758) counted years in 載
     * (「天寶十四載十一月」).
     */
    private static int[] readYear(String s, int i) {
        if (startsWith(s, i, "元年") || startsWith(s, i, "元載")) {
            return new int[] {1, i + 2};
        }
        int[] n = ChineseNumerals.read(s, i);
        if (n != null && n[0] >= 1 && n[1] < s.length() && isYear(s.charAt(n[1]))) {
            return new int[] {n[0], n[1] + 1};
        }
        return null;
    }

    private static boolean isYear(char c) {
        return c == '年' || c == '載';
    }

    /** Reads [閏](正|臘|N)月 or 閏月 at i into p; returns the end, or i if there is no month. */
    private static int readMonth(String s, int i, Parsed p) {
        int j = i;
        boolean leap = false;
        if (startsWith(s, j, "閏") || startsWith(s, j, "闰")) {
            leap = true;
            j++;
            if (startsWith(s, j, "月")) {
                p.leapOfMonthInForce = true;
                return j + 1;
            }
        }
        if (!leap && (startsWith(s, j, "後九月") || startsWith(s, j, "後十二月"))) {
            // 秦 and 漢 before 太初 put their leap month at the year's end, 後九月; 景初三年 had a 後十二月.
            leap = true;
            j++;
        }
        int month;
        if (startsWith(s, j, "正月")) {
            month = 1;
            j += 2;
        } else if (startsWith(s, j, "臘月") || startsWith(s, j, "腊月")) {
            month = 12;
            j += 2;
        } else {
            int[] n = ChineseNumerals.read(s, j);
            if (n == null || n[0] < 1 || n[0] > 12 || n[1] >= s.length() || s.charAt(n[1]) != '月') {
                return i;
            }
            month = n[0];
            j = n[1] + 1;
        }
        p.month = month;
        p.leap = leap;
        return j;
    }

    /** Reads a day: ganzhi [朔|晦|望], 朔/晦/望, 初N, and N日 after a month or when whole. */
    private static int readDay(String s, int i, Parsed p, boolean afterMonthOrWhole) {
        int g = ganzhiAt(s, i);
        if (g >= 0) {
            p.ganzhi = g;
            return readPhase(s, i + 2, p);
        }
        int phaseEnd = readPhase(s, i, p);
        if (phaseEnd > i) {
            return phaseEnd;
        }
        if (startsWith(s, i, "初")) {
            int[] n = ChineseNumerals.read(s, i + 1);
            if (n != null && n[0] >= 1 && n[0] <= 10) {
                p.dayOfMonth = n[0];
                return n[1] < s.length() && s.charAt(n[1]) == '日' ? n[1] + 1 : n[1];
            }
        }
        int[] n = ChineseNumerals.read(s, i);
        if (n != null && n[0] >= 1 && n[0] <= 30 && n[1] < s.length() && s.charAt(n[1]) == '日'
                && afterMonthOrWhole) {
            p.dayOfMonth = n[0];
            return n[1] + 1;
        }
        return i;
    }

    private static int readPhase(String s, int i, Parsed p) {
        if (i < s.length()) {
            LunarPhase phase = switch (s.charAt(i)) {
                case '朔' -> LunarPhase.SHUO;
                case '望' -> LunarPhase.WANG;
                case '晦' -> LunarPhase.HUI;
                default -> null;
            };
            if (phase != null) {
                p.phase = phase;
                return i + 1;
            }
        }
        return i;
    }

    /** A day with no month: a ganzhi (「癸酉，」), 初N, or, whole, 「十五日」. */
    private static Parsed readLoneDay(String s, int from, boolean whole) {
        Parsed p = new Parsed();
        int g = ganzhiAt(s, from);
        if (g >= 0) {
            p.ganzhi = g;
            int end = readPhase(s, from + 2, p);
            if (!whole && end == from + 2 && !followedByBreak(s, end)) {
                return null;
            }
            p.end = end;
            return p;
        }
        int end = readDay(s, from, p, whole);
        if (end == from || (!whole && p.phase != null)) {
            return null; // a lone 朔 or 望 in running text is a word, not a date
        }
        p.end = end;
        return p;
    }

    private static boolean followedByBreak(String s, int i) {
        return i == s.length() || "，,。、；：夜".indexOf(s.charAt(i)) >= 0;
    }

    private static int ganzhiAt(String s, int i) {
        if (i + 1 >= s.length()) {
            return -1;
        }
        return Jdn.ganzhiIndex(s.charAt(i), s.charAt(i + 1));
    }

    private static boolean startsWith(String s, int i, String prefix) {
        return s.startsWith(prefix, i);
    }
}
