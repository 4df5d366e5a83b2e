package org.biannian.calendar;

import java.util.ArrayList;
import java.util.List;
import org.biannian.calendar.DateDiagnostic.Code;
import org.biannian.calendar.DateDiagnostic.Severity;
import org.biannian.calendar.DateExpression.LunarPhase;
import org.biannian.calendar.DateExpression.Scope;

/**
 * Resolves one {@link DateExpression} in a {@link DateContext}: regime, then year, then month (or season), then
 * day, each step taking what the expression lacks from the context. A step that fails adds a diagnostic and
 * the resolution stops at the precision reached; nothing is shifted to make a date fit.
 */
final class DateResolver {

    private final ChineseCalendar calendar;

    DateResolver(ChineseCalendar calendar) {
        this.calendar = calendar;
    }

    /** The parts resolved so far; local to one call of {@link #resolve}. */
    private static final class Draft {
        final DateExpression expression;
        Regime regime;
        String era;
        Integer eraYear;
        Integer lunarYear;
        Integer month;
        boolean leap;
        Precision precision = Precision.NONE;
        /** Days as ints while resolving (no boxing on the hot path); meaningful when {@code precision != NONE}. */
        int jdn;
        int firstJdn;
        int lastJdn;
        List<DateDiagnostic> diagnostics = List.of();
        List<Alternative> alternatives = List.of();
        /** The era read, when the text names one: of two months of one label in a year, the one in its days. */
        Era eraRead;
        /** The other eras of the name, when a shared era name was answered by one reading. */
        List<Era> otherEras = List.of();

        Draft(DateExpression expression) {
            this.expression = expression;
        }

        Draft problem(Code code, Severity severity, String message, List<Reading> readings) {
            if (diagnostics.isEmpty()) {
                diagnostics = new ArrayList<>(2);
            }
            diagnostics.add(new DateDiagnostic(code, severity, message, readings));
            return this;
        }

        void range(Precision p, int first, int last) {
            precision = p;
            firstJdn = first;
            lastJdn = last;
        }

        Resolution build() {
            if (precision == Precision.NONE) {
                return new Resolution(expression, regime, era, eraYear, lunarYear, month, leap, precision, null,
                        null, null, diagnostics, alternatives);
            }
            if (precision == Precision.DAY) {
                Integer day = jdn;
                return new Resolution(expression, regime, era, eraYear, lunarYear, month, leap, precision, day,
                        day, day, diagnostics, alternatives);
            }
            return new Resolution(expression, regime, era, eraYear, lunarYear, month, leap, precision, null,
                    firstJdn, lastJdn, diagnostics, alternatives);
        }
    }

    Resolution resolve(DateExpression x, DateContext context) {
        Resolution plain = plainDay(x, context);
        if (plain != null) {
            return plain;
        }
        Draft d = new Draft(x);
        if (!resolveRegimeAndYear(d, x, context)) {
            return d.build();
        }
        Resolution r = resolveInYear(d, x, context);
        if (d.otherEras.isEmpty()) {
            return r;
        }
        // The other readings of a shared era name, each resolved as far as it goes, carried in alternatives.
        List<Alternative> alternatives = new ArrayList<>(r.alternatives());
        for (Era other : d.otherEras) {
            Draft o = new Draft(x);
            setEra(o, other, x.eraYear());
            Resolution ro = resolveInYear(o, x, context);
            if (ro.resolved()) {
                alternatives.add(new Alternative("ERA:" + other.regime().name() + " " + other.name() + " "
                        + other.firstLunarYear(), ro.firstJdn(), ro.lastJdn(), ro.jdn()));
            }
        }
        return new Resolution(x, r.regime(), r.era(), r.eraYear(), r.lunarYear(), r.month(), r.leap(), r.precision(),
                r.jdn(), r.firstJdn(), r.lastJdn(), r.diagnostics(), alternatives);
    }

    /** Month, season and day within the regime and lunar year of {@code d}. */
    private Resolution resolveInYear(Draft d, DateExpression x, DateContext context) {
        MonthTable table = calendar.table(d.regime);
        if (!table.hasYear(d.lunarYear)) {
            return d.problem(Code.OUT_OF_RANGE, Severity.ERROR, d.lunarYear + " is outside the " + d.regime.name()
                    + " calendar (" + table.firstYear() + "–" + table.lastYear() + ")", List.of()).build();
        }
        boolean yearFromContext = x.era() == null && x.eraYear() == null;
        Season season = x.season();
        if (x.month() != null) {
            d.month = x.month();
            d.leap = x.leap();
        } else if (x.leapOfMonthInForce() || (season == null && yearFromContext
                && (x.hasDay() || x.scope() == Scope.MONTH || x.scope() == Scope.DAY))) {
            if (context.month() == null || !yearFromContext) {
                yearRange(d, table);
                return d.problem(Code.NOTHING_IN_FORCE, Severity.ERROR,
                        "「" + x.text() + "」 needs the month in force, and none is given", List.of()).build();
            }
            d.month = context.month();
            d.leap = x.leapOfMonthInForce() || context.leap();
        } else if (season == null && x.scope() == Scope.SEASON && yearFromContext && context.month() != null) {
            season = Season.ofMonth(context.month());
        }
        if (d.month == null) {
            if (x.hasDay()) {
                d.problem(Code.NOTHING_IN_FORCE, Severity.ERROR, "「" + x.text() + "」 gives a day but no month", List.of());
            }
            if (season != null) {
                seasonRange(d, table, season);
            } else {
                yearRange(d, table);
            }
            labelFromContext(d);
            return d.build();
        }
        if (season != null && Season.ofMonth(d.month) != season) {
            d.problem(Code.SEASON_MONTH_MISMATCH, Severity.WARNING, "month " + d.month + " is not in " + season.character()
                    + "; the month is followed", List.of());
        }
        // 太初元年 ran 十月 to 十二月 twice (the old year's, then its own): the era's days decide which.
        int index = d.eraRead == null ? table.index(d.lunarYear, d.month, d.leap)
                : table.index(d.lunarYear, d.month, d.leap, d.eraRead.firstJdn(), d.eraRead.lastJdn());
        if (index < 0) {
            return monthNotInYear(d, table);
        }
        d.range(Precision.MONTH, table.firstJdn(index), table.lastJdn(index));
        if (x.hasDay()) {
            resolveDay(d, x, table, index);
        }
        labelFromContext(d);
        List<CalendarTables.MonthAlternative> others = calendar.alternatives(d.regime, index);
        if (others != null) {
            List<Alternative> alternatives = new ArrayList<>(others.size());
            for (CalendarTables.MonthAlternative other : others) {
                alternatives.add(new Alternative(other.source(), other.firstJdn(), other.firstJdn() + other.days() - 1,
                        x.hasDay() ? dayIn(x, other.firstJdn(), other.days()) : null));
            }
            d.alternatives = alternatives;
        }
        return d.build();
    }

    /**
     * The common case on a straight path: era (of one regime only) + year + month + ganzhi, all as written and
     * all sound, in a month the tables agree on. Null for anything else, which the general path handles; the
     * answers are the same (ChineseCalendarTest, ReferenceTablesTest).
     */
    private Resolution plainDay(DateExpression x, DateContext context) {
        Integer eraYear = x.eraYear();
        Integer month = x.month();
        Integer ganzhi = x.ganzhi();
        if (x.era() == null || eraYear == null || month == null || ganzhi == null || x.regime() != null
                || x.season() != null || x.scope() != null || x.lunarPhase() != null || x.leapOfMonthInForce()) {
            return null;
        }
        Era era = eraInForce(x.era(), eraYear, context.regime());
        if (era == null) {
            return null;
        }
        MonthTable table = calendar.table(era.regime());
        int lunarYear = era.firstLunarYear() + eraYear - 1;
        int index = table.index(lunarYear, month, x.leap(), era.firstJdn(), era.lastJdn());
        if (index < 0 || calendar.alternatives(era.regime(), index) != null) {
            return null;
        }
        int first = table.firstJdn(index);
        int offset = Math.floorMod(ganzhi - Jdn.ganzhiIndex(first), 60);
        if (offset >= table.days(index)) {
            return null;
        }
        Integer day = first + offset;
        return new Resolution(x, era.regime(), era.name(), eraYear, lunarYear, month, x.leap(), Precision.DAY, day, day, day,
                List.of(), List.of());
    }

    /**
     * The one era named {@code name} in force in its year {@code eraYear} (乾道五年 is 宋's, not 西夏's), or the one
     * of {@code preferred} among several; null when there is none or no single one. Allocates nothing.
     */
    Era eraInForce(String name, int eraYear, Regime preferred) {
        Era found = null;
        Era ofPreferred = null;
        int fitting = 0;
        int fittingOfPreferred = 0;
        for (Era candidate : calendar.erasNamed(name, null)) {
            if (candidate.counts(eraYear)) {
                found = candidate;
                fitting++;
                if (preferred != null && candidate.regime().id().equals(preferred.id())) {
                    ofPreferred = candidate;
                    fittingOfPreferred++;
                }
            }
        }
        return fitting == 1 ? found : fittingOfPreferred == 1 ? ofPreferred : null;
    }

    /** Sets regime, era, era year and lunar year; false (with a diagnostic) when they cannot be had. */
    private boolean resolveRegimeAndYear(Draft d, DateExpression x, DateContext context) {
        if (x.regime() != null) {
            d.regime = calendar.regime(x.regime()).orElse(null);
            if (d.regime == null) {
                d.problem(Code.REGIME_UNKNOWN, Severity.ERROR, "「" + x.regime() + "」 is not a regime the calendar knows", List.of());
                return false;
            }
        } else {
            d.regime = context.regime();
        }
        if (x.era() != null) {
            return resolveEra(d, x, context);
        }
        Integer contextYear = context.lunarYear();
        if (contextYear == null) {
            d.problem(Code.NOTHING_IN_FORCE, Severity.ERROR, "「" + x.text() + "」 needs the year in force, and none is given", List.of());
            return false;
        }
        if (d.regime == null) {
            d.regime = calendar.mainLineRegime(contextYear);
            if (d.regime == null) {
                d.problem(Code.OUT_OF_RANGE, Severity.ERROR, "no regime's calendar covers " + contextYear, List.of());
                return false;
            }
        }
        if (x.eraYear() == null) {
            d.lunarYear = contextYear;
            return true;
        }
        // 「二年春」 without an era: a year of the era in force at the end of the year in force (after 改元,
        // the new era: 開寶九年 is also 太平興國元年, and the next 二年 is 太平興國's).
        MonthTable table = calendar.table(d.regime);
        if (!table.hasYear(contextYear)) {
            d.lunarYear = contextYear;
            return true;
        }
        int lastDay = table.lastJdn(table.lastIndexOfYear(contextYear));
        List<EraYear> inForce = calendar.eraYearsBetween(d.regime, contextYear, lastDay, lastDay);
        if (inForce.isEmpty()) {
            d.problem(Code.NOTHING_IN_FORCE, Severity.ERROR, "no era is in force to count 「" + x.text() + "」 in", List.of());
            return false;
        }
        EraYear current = inForce.get(inForce.size() - 1);
        d.era = current.era();
        d.eraYear = x.eraYear();
        d.lunarYear = current.lunarYear() - current.eraYear() + x.eraYear();
        return true;
    }

    private boolean resolveEra(Draft d, DateExpression x, DateContext context) {
        // A regime written with the era restricts it. The regime in force (context) decides among the eras of the
        // name when it has one that counts the year (吳越 乾德 is 宋's, which 吳越 took up); otherwise it is only a
        // preference, applied in narrow(): a 遼 chronicle may well date by a Song era.
        Regime written = x.regime() == null ? null : d.regime;
        d.regime = written;
        int year = x.eraYear() == null ? 1 : x.eraYear();
        List<Era> candidates = inPeriod(calendar.erasNamed(x.era(), written), written);
        if (written != null) {
            // A name several regimes were written by (漢, 魏, 晉, 宋 …): the eras of any of them, the year and the main
            // line deciding (魏太和十年 is 北魏's: 曹魏's 太和 had seven years).
            List<Regime> namesakes = calendar.regimesNamed(x.regime());
            if (namesakes.size() > 1) {
                List<Era> ofNamesakes = new ArrayList<>(candidates);
                for (Regime namesake : namesakes) {
                    if (!namesake.equals(written)) {
                        ofNamesakes.addAll(calendar.erasNamed(x.era(), namesake));
                    }
                }
                candidates = ofNamesakes;
            }
        }
        Regime inForce = context.regime();
        if (written == null && inForce != null) {
            List<Era> ofRegimeInForce = new ArrayList<>();
            for (Era e : inPeriod(calendar.erasNamed(x.era(), inForce), inForce)) {
                if (e.counts(year)) {
                    ofRegimeInForce.add(e);
                }
            }
            if (ofRegimeInForce.isEmpty()) {
                // A regime in force given by a name several share (晉: 西晉 and 東晉): their eras count too (a 晉紀
                // chapter's 永和 is 東晉's, not 東漢's).
                for (String name : inForce.names()) {
                    for (Regime namesake : calendar.regimesNamed(name)) {
                        if (!namesake.equals(inForce)) {
                            for (Era e : calendar.erasNamed(x.era(), namesake)) {
                                if (e.counts(year) && !ofRegimeInForce.contains(e)) {
                                    ofRegimeInForce.add(e);
                                }
                            }
                        }
                    }
                }
            }
            candidates = ofRegimeInForce.isEmpty() ? candidates : ofRegimeInForce;
        }
        if (candidates.isEmpty()) {
            List<Era> elsewhere = d.regime == null ? List.of() : calendar.erasNamed(x.era(), null);
            List<Reading> readings = new ArrayList<>();
            if (!elsewhere.isEmpty()) {
                for (Era e : elsewhere) {
                    readings.add(eraReading(e, year, x, "era of " + e.regime().name()));
                }
                d.problem(Code.ERA_UNKNOWN, Severity.ERROR, "「" + x.era() + "」 is not an era of " + x.regime()
                        + " but of " + elsewhere.get(0).regime().name(), readings);
            } else {
                for (Era e : EraNames.closeTo(x.era(), calendar.allEras())) {
                    readings.add(eraReading(e, year, x, "close name"));
                }
                d.problem(Code.ERA_UNKNOWN, Severity.ERROR, "no era is named 「" + x.era() + "」", readings);
            }
            return false;
        }
        if (candidates.size() > 1) {
            candidates = narrow(candidates, year, context);
        }
        if (candidates.size() > 1) {
            Era primary = primary(candidates);
            List<Reading> readings = new ArrayList<>();
            for (Era e : candidates) {
                readings.add(eraReading(e, year, x, e.regime().name() + " " + e.reigns().get(0).emperor()));
            }
            if (primary == null) {
                d.problem(Code.ERA_AMBIGUOUS, Severity.ERROR, "「" + x.era() + "」 was an era of " + candidates.size()
                        + " regimes or periods; give the regime (e.g. 「" + candidates.get(0).regime().name() + x.era() + "」)", readings);
                return false;
            }
            List<Era> others = new ArrayList<>(candidates);
            others.remove(primary);
            d.otherEras = others;
            d.problem(Code.ERA_AMBIGUOUS, Severity.WARNING, "「" + x.era() + "」 was an era of " + candidates.size()
                    + " regimes or periods; read as " + primary.regime().name() + "'s (" + primary.reigns().get(0).emperor()
                    + ", " + primary.firstLunarYear() + "), the others are in alternatives", readings);
            candidates = List.of(primary);
        }
        Era era = candidates.get(0);
        if (x.eraYear() == null) {
            d.regime = era.regime();
            d.era = era.name();
            d.range(Precision.ERA, era.firstJdn(), era.lastJdn());
            return false;
        }
        setEra(d, era, year);
        if (year > era.years()) {
            List<Reading> readings = new ArrayList<>();
            MonthTable table = calendar.table(era.regime());
            if (table.hasYear(d.lunarYear)) {
                int first = table.firstJdn(table.firstIndexOfYear(d.lunarYear));
                int last = table.lastJdn(table.lastIndexOfYear(d.lunarYear));
                for (EraYear label : calendar.eraYearsBetween(era.regime(), d.lunarYear, first, last)) {
                    readings.add(new Reading(label.regime(), label.era(), label.eraYear(), label.lunarYear(), null, false,
                            null, "the era in force that year"));
                }
            }
            d.problem(Code.YEAR_OUT_OF_ERA, Severity.WARNING, x.era() + " has " + era.years() + " years; "
                    + x.era() + ChineseLabels.year(year) + " is counted on to " + d.lunarYear, readings);
        }
        return true;
    }

    private static void setEra(Draft d, Era era, int year) {
        d.eraRead = era;
        d.regime = era.regime();
        d.era = era.name();
        d.eraYear = year;
        d.lunarYear = era.firstLunarYear() + year - 1;
    }

    /** The eras among {@code eras} that meet the years {@code regime}'s name denotes (北宋, 蒙古); all when null. */
    private static List<Era> inPeriod(List<Era> eras, Regime regime) {
        if (regime == null || !regime.partial()) {
            return eras;
        }
        List<Era> kept = new ArrayList<>(eras.size());
        for (Era e : eras) {
            if (regime.meets(e.firstLunarYear(), e.lastLunarYear())) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * The reading a shared era name is answered with when nothing decides: the main line's (紹興 is 宋's, not
     * 西遼's; 貞觀 唐's, not 西夏's), or, when all are one regime's (西夏 大慶 1036 and 1140, 元 至元 1264 and 1335),
     * the first proclaimed (the later is the one texts mark, 後至元). Null when regimes off the main line remain:
     * then nothing is guessed.
     */
    private static Era primary(List<Era> candidates) {
        Era mainLine = null;
        int mainLines = 0;
        boolean oneRegime = true;
        Era first = candidates.get(0);
        for (Era e : candidates) {
            if (e.regime().mainLine()) {
                mainLine = e;
                mainLines++;
            }
            oneRegime &= e.regime().id().equals(first.regime().id());
            first = e.firstJdn() < first.firstJdn() ? e : first;
        }
        if (oneRegime) {
            return first;
        }
        return mainLines == 1 ? mainLine : null;
    }

    /**
     * Of several eras of one name: those in force in that year (long enough, and not taken over only later:
     * 天福三年 is 後晉's, 天福十二年 後漢's), then those of the regime in force, then the nearest in time.
     */
    private static List<Era> narrow(List<Era> candidates, int year, DateContext context) {
        List<Era> fitting = new ArrayList<>();
        for (Era e : candidates) {
            if (e.counts(year)) {
                fitting.add(e);
            }
        }
        List<Era> result = fitting.isEmpty() ? candidates : fitting;
        if (result.size() > 1 && context.regime() != null) {
            List<Era> inRegime = result.stream().filter(e -> e.regime().id().equals(context.regime().id())).toList();
            result = inRegime.isEmpty() ? result : inRegime;
        }
        if (result.size() > 1 && context.lunarYear() != null) {
            int target = context.lunarYear();
            int best = result.stream().mapToInt(e -> distance(e, year, target)).min().orElseThrow();
            List<Era> nearest = result.stream().filter(e -> distance(e, year, target) == best).toList();
            // Only a year in force close to one reading settles it; two centuries apart is no evidence.
            result = nearest.size() == 1 && best <= 60 ? nearest : result;
        }
        return result;
    }

    private static int distance(Era era, int year, int target) {
        return Math.abs(era.firstLunarYear() + year - 1 - target);
    }

    private Reading eraReading(Era e, int year, DateExpression x, String note) {
        return new Reading(e.regime(), e.name(), year, e.firstLunarYear() + year - 1, x.month(), x.leap(), null, note);
    }

    private void resolveDay(Draft d, DateExpression x, MonthTable table, int index) {
        int first = table.firstJdn(index);
        int days = table.days(index);
        if (x.ganzhi() != null) {
            int offset = Math.floorMod(x.ganzhi() - Jdn.ganzhiIndex(first), 60);
            if (offset >= days) {
                ganzhiNotInMonth(d, x.ganzhi(), table, index);
                return;
            }
            int day = first + offset;
            LunarPhase phase = x.lunarPhase();
            if ((phase == LunarPhase.SHUO && offset != 0) || (phase == LunarPhase.HUI && offset != days - 1)) {
                int phaseDay = phase == LunarPhase.SHUO ? first : first + days - 1;
                d.problem(Code.GANZHI_NOT_PHASE, Severity.WARNING, Jdn.ganzhiName(x.ganzhi()) + " is day " + (offset + 1)
                        + " of the month, not its " + (phase == LunarPhase.SHUO ? "朔" : "晦") + " ("
                        + Jdn.ganzhiName(Jdn.ganzhiIndex(phaseDay)) + "); the ganzhi is followed",
                        List.of(reading(d, table, index, phaseDay, phase == LunarPhase.SHUO ? "朔" : "晦")));
            }
            d.jdn = day;
        } else if (x.dayOfMonth() != null) {
            if (x.dayOfMonth() > days) {
                d.problem(Code.DAY_NOT_IN_MONTH, Severity.ERROR, "the month has " + days + " days, not " + x.dayOfMonth(),
                        List.of(reading(d, table, index, first + days - 1, "晦")));
                return;
            }
            d.jdn = first + x.dayOfMonth() - 1;
        } else {
            d.jdn = switch (x.lunarPhase()) {
                case SHUO -> first;
                case WANG -> first + 14;
                case HUI -> first + days - 1;
            };
        }
        d.precision = Precision.DAY;
    }

    /** The day of expression {@code x} in a month of {@code days} days from {@code first}, or null if not in it. */
    private static Integer dayIn(DateExpression x, int first, int days) {
        if (x.ganzhi() != null) {
            int offset = Math.floorMod(x.ganzhi() - Jdn.ganzhiIndex(first), 60);
            return offset < days ? first + offset : null;
        }
        if (x.dayOfMonth() != null) {
            return x.dayOfMonth() <= days ? first + x.dayOfMonth() - 1 : null;
        }
        return switch (x.lunarPhase()) {
            case SHUO -> first;
            case WANG -> first + 14;
            case HUI -> first + days - 1;
        };
    }

    /**
     * GANZHI_NOT_IN_MONTH with the nearest readings: the same ganzhi in the month before or after (one of
     * which is the leap month of that number when there is one), then the ganzhi with one character changed.
     */
    private void ganzhiNotInMonth(Draft d, int ganzhi, MonthTable table, int index) {
        List<Reading> readings = new ArrayList<>();
        for (int other : new int[] {index - 1, index + 1}) {
            if (other < 0 || other >= table.months() || table.isHole(other)) {
                continue;
            }
            Integer day = dayOfGanzhi(ganzhi, table.firstJdn(other), table.days(other));
            if (day != null) {
                String note = table.isLeap(other) || table.isLeap(index) ? "閏月 / 本月 confused"
                        : other < index ? "previous month" : "next month";
                readings.add(reading(d, table, other, day, note));
            }
        }
        int stem = ganzhi % 10;
        int branch = ganzhi % 12;
        String written = Jdn.ganzhiName(ganzhi);
        for (int i = 0; i < 60; i++) {
            if (i != ganzhi && (i % 10 == stem || i % 12 == branch)) {
                Integer day = dayOfGanzhi(i, table.firstJdn(index), table.days(index));
                if (day != null) {
                    readings.add(reading(d, table, index, day, written + " → " + Jdn.ganzhiName(i) + " (one character)"));
                }
            }
        }
        d.problem(Code.GANZHI_NOT_IN_MONTH, Severity.ERROR, "there is no " + written + " day in "
                + (d.era != null ? d.era + ChineseLabels.year(d.eraYear) : d.lunarYear + "年")
                + ChineseLabels.month(d.month, d.leap) + " (" + Jdn.civilString(table.firstJdn(index)) + " – "
                + Jdn.civilString(table.lastJdn(index)) + ")", readings);
    }

    private static Integer dayOfGanzhi(int ganzhi, int first, int days) {
        int offset = Math.floorMod(ganzhi - Jdn.ganzhiIndex(first), 60);
        return offset < days ? first + offset : null;
    }

    private Reading reading(Draft d, MonthTable table, int index, Integer jdn, String note) {
        int year = table.yearOf(index);
        int day = jdn != null ? jdn : table.firstJdn(index);
        List<EraYear> labels = calendar.eraYearsBetween(d.regime, year, day, day);
        EraYear label = labels.isEmpty() ? null : labels.get(0);
        return new Reading(d.regime, label == null ? null : label.era(), label == null ? null : label.eraYear(), year,
                table.monthOf(index), table.isLeap(index), jdn, note);
    }

    private Resolution monthNotInYear(Draft d, MonthTable table) {
        List<Reading> readings = new ArrayList<>();
        // A year at the table's edge may lack the month asked for as well: offer only months the table holds.
        int regular = d.leap ? table.index(d.lunarYear, d.month, false) : -1;
        if (regular >= 0) {
            readings.add(reading(d, table, regular, null, "the regular month"));
        }
        int leapOfYear = table.leapMonth(d.lunarYear);
        int leapIndex = leapOfYear != 0 ? table.index(d.lunarYear, leapOfYear, true) : -1;
        if (leapIndex >= 0) {
            readings.add(reading(d, table, leapIndex, null, "the year's leap month"));
        }
        String name = ChineseLabels.month(d.month, d.leap);
        d.problem(Code.MONTH_NOT_IN_YEAR, Severity.ERROR, "the year " + d.lunarYear + " of " + d.regime.name() + " has no "
                + name + (leapOfYear == 0 ? " (it has no leap month)" : " (its leap month is " + ChineseLabels.month(leapOfYear, true) + ")"),
                readings);
        List<CalendarTables.MonthAlternative> others = calendar.alternatives(d.regime, d.lunarYear, d.month, d.leap);
        if (others != null) {
            List<Alternative> alternatives = new ArrayList<>(others.size());
            for (CalendarTables.MonthAlternative other : others) {
                alternatives.add(new Alternative(other.source(), other.firstJdn(), other.firstJdn() + other.days() - 1,
                        d.expression.hasDay() ? dayIn(d.expression, other.firstJdn(), other.days()) : null));
            }
            d.alternatives = alternatives;
        }
        d.month = null;
        d.leap = false;
        yearRange(d, table);
        labelFromContext(d);
        return d.build();
    }

    private static void yearRange(Draft d, MonthTable table) {
        d.range(Precision.YEAR, table.firstJdn(table.firstIndexOfYear(d.lunarYear)),
                table.lastJdn(table.lastIndexOfYear(d.lunarYear)));
    }

    /** A season: its three months and the leap month that follows its last, if any (閏三月 is spring). */
    private static void seasonRange(Draft d, MonthTable table, Season season) {
        boolean leapAtEnd = table.leapMonth(d.lunarYear) == season.lastMonth();
        // A year at the table's edge may hold only part of the season (fuzzing found 元熙元年 of a table that starts
        // within it): the range is the months it holds, and a season it holds none of is the year, with the problem said.
        int first = -1;
        for (int month = season.firstMonth(); month <= season.lastMonth() && first < 0; month++) {
            first = table.index(d.lunarYear, month, false);
        }
        int last = leapAtEnd ? table.index(d.lunarYear, season.lastMonth(), true) : -1;
        for (int month = season.lastMonth(); month >= season.firstMonth() && last < 0; month--) {
            last = table.index(d.lunarYear, month, false);
        }
        if (first < 0 || last < 0) {
            yearRange(d, table);
            d.problem(Code.MONTH_NOT_IN_YEAR, Severity.ERROR, "the year " + d.lunarYear + " of " + d.regime.name()
                    + " holds no month of " + season.character() + " in the tables", List.of());
            return;
        }
        d.range(Precision.SEASON, table.firstJdn(first), table.lastJdn(last));
    }

    /** When the text gives no era: the era year in force on the first day resolved. */
    private void labelFromContext(Draft d) {
        if (d.era != null || d.precision == Precision.NONE) {
            return;
        }
        int first = d.precision == Precision.DAY ? d.jdn : d.firstJdn;
        List<EraYear> labels = calendar.eraYearsBetween(d.regime, d.lunarYear, first, first);
        if (!labels.isEmpty()) {
            d.era = labels.get(0).era();
            d.eraYear = labels.get(0).eraYear();
        }
    }
}
