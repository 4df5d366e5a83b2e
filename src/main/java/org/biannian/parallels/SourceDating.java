package org.biannian.parallels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.DateContext;
import org.biannian.calendar.DateExpression;
import org.biannian.calendar.DateExpressionReader;
import org.biannian.calendar.Regime;
import org.biannian.calendar.Resolution;

/**
 * Finds the dates a source writes in its running text and the date in force after each: 「淳化五年春正月甲寅朔
 * …癸酉…二月…戊子」 puts 癸酉 in 淳化五年正月 and 戊子 in 二月. Dates in small notes do not change the date in
 * force (a note quoting another work's date is no date of the narrative).
 *
 * <p>四庫 copies write 己 as 已 and 卯 as 夘 (「已夘」 for 己卯, 「乙已」 for 乙巳): those are read as the
 * stems and branches they stand for. An era year far outside the years the document covers (「淳熈五年」, a
 * copyist's slip for 淳化) does not change the year in force.
 */
final class SourceDating {

    /** A date written at reading characters {@code [start, end)} and what is in force after it. */
    record Mark(int start, int end, PassageDate date) {
    }

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final int WINDOW = 24;
    /** How far (in years) an era year may stand from the years the document covers before it is taken for a slip. */
    private static final int YEAR_SLACK = 1;

    private final ChineseCalendar calendar;
    private final Set<Integer> firstCharacters;
    /** The regime read in when a document says nothing of its own: the Song calendar the annals of the period follow. */
    private final Regime fallbackRegime;

    SourceDating(ChineseCalendar calendar) {
        this.calendar = calendar;
        Set<Integer> first = new HashSet<>();
        for (String era : calendar.eraNames()) {
            first.add(era.codePointAt(0));
        }
        for (String r : calendar.regimeNames()) {
            first.add(r.codePointAt(0));
        }
        "甲乙丙丁戊己庚辛壬癸一二三四五六七八九十正閏春夏秋冬是元".codePoints().forEach(first::add);
        this.firstCharacters = Set.copyOf(first);
        this.fallbackRegime = calendar.regime("宋").orElse(null);
    }

    /**
     * The dates of {@code reading} outside its notes, in order.
     *
     * @param regime     the regime whose calendar dates without a regime are read in, or null
     * @param yearWindow the Julian years the document covers ({first, last}), or null when unknown
     */
    List<Mark> find(Reading reading, Regime regime, int[] yearWindow) {
        // The narrative's characters outside notes, with 已/夘 read as date characters where they stand in a date.
        StringBuilder text = new StringBuilder();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < reading.length(); i++) {
            if (!reading.inNote(i)) {
                if (reading.punctuatedBefore(i) && text.length() > 0) {
                    text.append('。'); // keeps 「十之七。十二月」 from reading as one number
                    positions.add(-1);
                }
                text.appendCodePoint(reading.raw(i));
                positions.add(i);
            }
        }
        String dating = readAsDates(text.toString());
        int[] at = positions.stream().mapToInt(Integer::intValue).toArray();
        DateExpressionReader reader = calendar.dateReader();
        DateContext context = regime == null ? DateContext.NONE : DateContext.of(regime);
        List<Mark> marks = new ArrayList<>();
        int cp = 0;
        for (int i = 0; i < dating.length(); ) {
            int c = dating.codePointAt(i);
            Optional<DateExpressionReader.Match> match = Optional.empty();
            if (firstCharacters.contains(c) && !continuesDate(dating, i)) {
                int end = Math.min(dating.length(), i + WINDOW);
                if (end < dating.length() && Character.isHighSurrogate(dating.charAt(end - 1))) {
                    end--;
                }
                match = reader.readAt(dating.substring(i, end), 0);
                if (match.isEmpty()) {
                    match = bareDay(dating, i);
                }
            }
            if (match.isEmpty() || !worthReading(match.get())) {
                i += Character.charCount(c);
                cp++;
                continue;
            }
            DateExpression expression = match.get().expression();
            Resolution r = calendar.resolve(expression, context);
            int length = match.get().length();
            if (yearWindow != null && !within(r.lunarYear(), yearWindow)) {
                // A year outside the document (a copyist's slip, or nothing in force yet): keep the month and day,
                // read in the year in force or the document's first year.
                DateContext fallback = new DateContext(context.regime() != null ? context.regime() : fallbackRegime,
                        context.lunarYear() != null ? context.lunarYear() : Integer.valueOf(yearWindow[0]),
                        context.month(), context.leap());
                r = calendar.resolve(withoutYear(expression), fallback);
            }
            boolean strayDay = match.get().expression().text().length() == 2 && expression.ganzhi() != null
                    && expression.month() == null && !r.diagnostics().isEmpty();
            if (r.lunarYear() != null && r.regime() != null && !strayDay) {
                context = new DateContext(r.regime(), r.lunarYear(), r.month() != null ? r.month() : context.month(),
                        r.month() != null ? r.leap() : context.leap());
                String written = text.substring(i, i + length);
                marks.add(new Mark(at[cp], at[cp + length - 1] + 1, new PassageDate(written, r.lunarYear(), r.month(), r.leap(),
                        r.firstJdn(), r.lastJdn(), r.precision(), false)));
            }
            i += length; // date characters are all in the Basic Multilingual Plane
            cp += length;
        }
        return marks;
    }

    /**
     * A day written bare in unpunctuated text (「丙寅趙保忠至自夏州」), which the reader of running text leaves
     * alone: a stem and a branch of the same parity.
     */
    private static Optional<DateExpressionReader.Match> bareDay(String text, int i) {
        if (i + 1 >= text.length()) {
            return Optional.empty();
        }
        int stem = STEMS.indexOf(text.charAt(i));
        int branch = BRANCHES.indexOf(text.charAt(i + 1));
        if (stem < 0 || branch < 0 || stem % 2 != branch % 2) {
            return Optional.empty();
        }
        int ganzhi = Math.floorMod(6 * stem - 5 * branch, 60);
        return Optional.of(new DateExpressionReader.Match(2, new DateExpression(text.substring(i, i + 2), null, null, null, null,
                null, false, false, ganzhi, null, null, null)));
    }

    private static boolean within(Integer year, int[] window) {
        return year != null && year >= window[0] - YEAR_SLACK && year <= window[1] + YEAR_SLACK;
    }

    private static DateExpression withoutYear(DateExpression e) {
        return new DateExpression(e.text(), null, null, null, e.season(), e.month(), e.leap(), e.leapOfMonthInForce(),
                e.ganzhi(), e.dayOfMonth(), e.lunarPhase(), e.scope());
    }

    /** A date worth tracking: a day, a month or an era year (a bare 元 or a number alone is not). */
    private static boolean worthReading(DateExpressionReader.Match m) {
        var e = m.expression();
        return e.ganzhi() != null || e.month() != null || e.eraYear() != null || e.lunarPhase() != null;
    }

    private static boolean continuesDate(String text, int i) {
        if (i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        return "〇一二三四五六七八九十百廿卅元年月閏正".indexOf(before) >= 0;
    }

    /** 已 after a stem is 巳, 已 before a branch is 己, 夘 is 卯, 戍 after a stem is 戌: how 四庫 copyists wrote them. Same length. */
    static String readAsDates(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '夘') {
                chars[i] = '卯';
            } else if (chars[i] == '戍' && i > 0 && STEMS.indexOf(chars[i - 1]) >= 0) {
                chars[i] = '戌';
            }
        }
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] != '已') {
                continue;
            }
            if (i > 0 && STEMS.indexOf(chars[i - 1]) >= 0) {
                chars[i] = '巳';
            } else if (i + 1 < chars.length && BRANCHES.indexOf(chars[i + 1]) >= 0) {
                chars[i] = '己';
            }
        }
        return new String(chars);
    }
}
