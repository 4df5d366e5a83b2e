package org.biannian.annals;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.ChineseLabels;
import org.biannian.calendar.DateContext;
import org.biannian.calendar.Resolution;
import org.biannian.calendar.DateExpression;
import org.biannian.calendar.EraYear;
import org.biannian.calendar.Regime;
import org.biannian.calendar.Season;
import org.biannian.text.Span;

/**
 * Carries the date in force from entry to entry, as a reader of annals does.
 *
 * <p>Year headings are often stripped, so the year is inferred: a new 春, or a month number lower
 * than the one in force, starts the next year (a 閏 month of the same number does not). The era
 * name of each year comes from the calendar, so eras roll over where the era table says
 * (淳化五年 → 至道元年).
 */
final class YearTracker {

    /** A problem for the parser to report: code, message, where; an error when the text names a year that never was. */
    record Problem(String code, String message, Span span, boolean error) {
        Problem(String code, String message, Span span) {
            this(code, message, span, false);
        }
    }

    /**
     * The readings of era-year {@code era} {@code eraYear} that were: an era counted no further than its
     * last year (淳化 had five; 淳化九年 never was, and is not counted on into 998).
     */
    static List<EraYear> possibleYears(ChineseCalendar calendar, String era, int eraYear, Regime regimeOrNull) {
        List<EraYear> years = new java.util.ArrayList<>();
        for (org.biannian.calendar.Era e : calendar.erasNamed(era, regimeOrNull)) {
            if (eraYear <= e.years()) {
                years.add(e.year(eraYear));
            }
        }
        return years;
    }

    /** Why {@code era} {@code eraYear} never was: how many years the era had, and when. */
    static String impossibleYear(ChineseCalendar calendar, String era, int eraYear, Regime regimeOrNull) {
        List<org.biannian.calendar.Era> eras = calendar.erasNamed(era, regimeOrNull);
        if (eras.isEmpty()) {
            return "era 「" + era + "」 is not in the era table";
        }
        org.biannian.calendar.Era e = eras.get(0);
        return e.regime().name() + " " + e.name() + " had " + e.years() + " years (" + e.firstLunarYear() + "–"
                + e.lastLunarYear() + "), so 「" + era + ChineseLabels.year(eraYear) + "」 never was";
    }

    private final ChineseCalendar calendar;
    private final Consumer<Problem> problems;
    private Regime regime;
    private Integer lunarYear;
    private String writtenEra;
    /** How the year in force was established. */
    private EntryYear.Source how = EntryYear.Source.START;
    private int month;
    private boolean leap;
    /** The latest month reached this year, for spotting a new year; a season counts as its first month. */
    private int reached;

    /** The name a reign's years are counted by when it had no era names (高帝), from the reign line; or null. */
    private String reignYears;

    /** The dynasty the text names for itself (通鑑's 「晉紀」), or null. */
    private String dynasty;

    /** Whether a month earlier than the one in force, in a year the text wrote, is a look back (編年 without 綱目). */
    private boolean earlierMonthLooksBack;

    YearTracker(ChineseCalendar calendar, Regime regime, Consumer<Problem> problems) {
        this.calendar = calendar;
        this.regime = regime;
        this.problems = problems;
    }

    /**
     * For 編年 such as the 長編, which write every new year out (慶曆五年春正月): there, a record opening with
     * a month earlier than the one in force (「正月丙子率衆五百破環州」 under 二月) looks back within the year;
     * it is dated so, and the month in force stays for the records after it.
     */
    void earlierMonthLooksBack() {
        earlierMonthLooksBack = true;
    }

    /** Starts the text in {@code year} (from {@code --start}). */
    void start(EraYear year) {
        enterYear(year, EntryYear.Source.START);
    }

    /** A year heading names the year of the entries below it. */
    void heading(EraYear year) {
        enterYear(year, EntryYear.Source.HEADING);
    }

    private void enterYear(EraYear year, EntryYear.Source source) {
        regime = year.regime();
        lunarYear = year.lunarYear();
        writtenEra = year.era();
        how = source;
        month = 0;
        leap = false;
        reached = 0;
    }

    /**
     * A month written inside an entry's text with its day (「…十二月乙巳易簡卒」): the month in force for
     * what follows, when it is later in the year than the one in force (an earlier one is a look back).
     */
    void monthInText(int writtenMonth, boolean writtenLeap) {
        if (writtenMonth > month || writtenMonth == month && writtenLeap && !leap) {
            month = writtenMonth;
            leap = writtenLeap;
            reached = Math.max(reached, month);
        }
    }

    /** The year and date in force for an entry whose headline opens with {@code written} (or none). */
    Dated enter(DateExpression written, Span span) {
        if (written == null) {
            EntryYear year = currentYear();
            return new Dated(year, new EntryDate(null, null, month, leap, null, true, resolve(null, year, month, leap)));
        }
        if (written.eraYear() == null && looksBack(written)) {
            EntryYear year = currentYear();
            return new Dated(year, new EntryDate(written, span, written.month(), written.leap(), written.ganzhi(), false,
                    resolve(written, year, written.month(), written.leap())));
        }
        if (written.eraYear() != null) {
            readWrittenYear(written, span);
        } else if (startsNewYear(written)) {
            if (lunarYear != null) {
                lunarYear++;
            }
            writtenEra = null;
            how = EntryYear.Source.INFERRED;
            month = 0;
            leap = false;
            reached = 0;
        }
        int dateMonth = month;
        if (written.month() != null) {
            month = written.month();
            leap = written.leap();
            reached = Math.max(reached, month);
            dateMonth = month;
        } else if (written.leapOfMonthInForce()) {
            leap = true;
        } else if (written.season() != null) {
            reached = Math.max(reached, written.season().firstMonth());
            dateMonth = 0;
        } else if (written.scope() == DateExpression.Scope.YEAR) {
            dateMonth = 0;
        }
        boolean dateLeap = dateMonth != 0 && leap;
        EntryYear year = currentYear();
        return new Dated(year, new EntryDate(written, span, dateMonth, dateLeap, written.ganzhi(), false,
                resolve(written, year, dateMonth, dateLeap)));
    }

    /**
     * Resolves the date in force: the year, month and leap flag as tracked, the day as written.
     * The expression is complete, so the calendar needs no context; a headline without a date
     * stands for the month (or year) in force.
     */
    private Resolution resolve(DateExpression written, EntryYear year, int dateMonth, boolean dateLeap) {
        if (year.julianYear() == null || year.era() == null) {
            return null;
        }
        String text = written != null ? written.text()
                : year.era() + ChineseLabels.year(year.eraYear()) + (dateMonth == 0 ? "" : ChineseLabels.month(dateMonth, dateLeap));
        Season season = written != null && dateMonth == 0 ? written.season() : null;
        DateExpression inForce = new DateExpression(text, year.regime(), year.era(), year.eraYear(), season,
                dateMonth == 0 ? null : dateMonth, dateLeap, false,
                written == null ? null : written.ganzhi(), written == null ? null : written.dayOfMonth(),
                written == null ? null : written.lunarPhase(), null);
        return calendar.resolve(inForce, DateContext.NONE);
    }

    private void readWrittenYear(DateExpression written, Span span) {
        if (written.regime() != null) {
            calendar.regime(written.regime()).ifPresent(r -> regime = r);
        }
        String era = written.era() != null ? written.era() : currentEraName();
        if (era == null && reignYears != null) {
            era = reignYears; // 「三年冬十月」 under 「太祖髙皇帝」: the years of 高帝, who had no era names
        }
        if (era == null) {
            problems.accept(new Problem("YEAR_WITHOUT_ERA",
                    "「" + written.text() + "」 gives a year but no era is in force; pass --start", span));
            return;
        }
        String printed = era;
        era = calendar.erasNamed(era, regime).isEmpty() ? daTaiSwapped(era, regime) : era;
        if (!era.equals(printed)) {
            problems.accept(new Problem("ERA_READ_AS", "era 「" + printed + "」 read as 「" + era
                    + "」: 大 and 太 stand for each other in printed era names", span));
        }
        if (calendar.erasNamed(era, regime).isEmpty()) {
            // An era of another regime than the one in force (通鑑's 晉紀 dates by 永和): the calendar reads it,
            // settled by the dynasty the text names when it names one, else by the main line.
            Optional<EraYear> elsewhere = written.regime() == null ? otherRegimesYear(written, era) : Optional.empty();
            if (elsewhere.isEmpty()) {
                problems.accept(new Problem("ERA_UNKNOWN", "era 「" + era + "」 is not in the era table", span));
                return;
            }
            enterWrittenYear(elsewhere.get(), era);
            return;
        }
        List<EraYear> candidates = possibleYears(calendar, era, written.eraYear(), regime);
        if (candidates.isEmpty()) {
            // A warning, not the heading's error: the year in force is kept, so nothing below moves. In unpunctuated
            // text this is mostly a date inside a quotation read across a line end (「唐武徳¶九年八月」 in 慶曆).
            problems.accept(new Problem("WRITTEN_YEAR_NOT_IN_ERA", impossibleYear(calendar, era, written.eraYear(), regime)
                    + "; the year in force is left as it was", span, false));
            return;
        }
        enterWrittenYear(candidates.get(0), era);
    }

    private void enterWrittenYear(EraYear year, String era) {
        regime = year.regime();
        lunarYear = year.lunarYear();
        writtenEra = era;
        month = 0;
        leap = false;
        reached = 0;
        how = EntryYear.Source.WRITTEN;
    }

    /**
     * The dynasty a text names for itself (「晉紀二十二」 above 通鑑's entries), as a regime name the calendar
     * reads (晉: 西晉 or 東晉, the year decides); null when it names none.
     */
    void dynasty(String name) {
        dynasty = name;
    }

    /**
     * {@code era} with 大 and 太 exchanged when the regime in force has that era and not the one printed
     * (通鑑's 「大建」 for 陳's 太建, 「大和」 for 太和); else {@code era} itself.
     */
    private String daTaiSwapped(String era, Regime inForce) {
        String swapped = era.indexOf('大') >= 0 ? era.replace('大', '太') : era.replace('太', '大');
        return !swapped.equals(era) && !calendar.erasNamed(swapped, inForce).isEmpty() ? swapped : era;
    }

    /** A reign line names an emperor whose years are counted without era names (「太祖髙皇帝」: 高帝). */
    void reignYears(String name) {
        reignYears = name;
    }

    private Optional<EraYear> otherRegimesYear(DateExpression written, String era) {
        DateExpression asked = new DateExpression(era + ChineseLabels.year(written.eraYear()), dynasty, era, written.eraYear(),
                null, null, false, false, null, null, null, null);
        Resolution r = calendar.resolve(asked, DateContext.NONE);
        if (r.regime() == null || r.lunarYear() == null || r.eraYear() == null) {
            return Optional.empty();
        }
        return Optional.of(new EraYear(r.regime(), r.era(), r.eraYear(), r.lunarYear()));
    }

    private boolean looksBack(DateExpression written) {
        return earlierMonthLooksBack && (how == EntryYear.Source.WRITTEN || how == EntryYear.Source.HEADING)
                && reached > 0 && written.month() != null && written.season() == null
                && (written.month() < month || written.month() == month && leap && !written.leap()); // 八月 after 閏八月
    }

    private boolean startsNewYear(DateExpression written) {
        if (reached == 0) {
            return false;
        }
        if (written.month() != null && !written.leap()) {
            return written.month() < month || written.season() == Season.SPRING && reached > 3;
        }
        return written.season() == Season.SPRING && reached > 3;
    }

    private String currentEraName() {
        return currentYear().era();
    }

    /**
     * Whether {@code written} names an era and year wholly before the year in force: in a 編年 text, which
     * runs forward, such a date opening a line (「具載¶建隆三年三月丁夘詔書」 in 乾德五年) is a reference.
     */
    boolean namesEarlierYear(DateExpression written) {
        if (lunarYear == null || written.era() == null || written.eraYear() == null) {
            return false;
        }
        List<EraYear> years = possibleYears(calendar, written.era(), written.eraYear(), regime);
        return !years.isEmpty() && years.stream().allMatch(y -> y.lunarYear() < lunarYear);
    }

    /** The era of the year in force, or null before any year is known. */
    String eraInForce() {
        return lunarYear == null ? null : currentEraName();
    }

    private EntryYear currentYear() {
        EntryYear.Source source = how;
        String regimeName = regime == null ? null : regime.name();
        if (lunarYear == null) {
            return new EntryYear(regimeName, writtenEra, 0, null, source);
        }
        List<EraYear> labels = calendar.eraYearsAt(regime, lunarYear, month == 0 ? 1 : month, leap);
        EraYear label = labels.stream().filter(l -> l.era().equals(writtenEra)).findFirst()
                .orElse(labels.isEmpty() ? null : labels.get(0));
        if (label == null) {
            return new EntryYear(regimeName, null, 0, lunarYear, source);
        }
        return new EntryYear(regimeName, label.era(), label.eraYear(), lunarYear, source);
    }

    /** The year and date of one entry. */
    record Dated(EntryYear year, EntryDate date) {
    }
}
