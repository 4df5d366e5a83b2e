package org.biannian.calendar;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Chinese historical calendar 619–1912: regimes, eras and months, resolving date expressions to Julian
 * Day Numbers and naming any day in every regime's calendar.
 *
 * <p>Facts come from the generated table {@code calendar-tables.txt} (see docs/calendar.md for the sources
 * and how they were checked). Instances are immutable and safe to share between threads.
 */
public final class ChineseCalendar {

    private static volatile ChineseCalendar builtIn;

    private final List<Regime> regimes;
    private final Map<String, Regime> regimesByName = new HashMap<>();
    private final Map<String, MonthTable> calendars;
    private final Map<Regime, List<Era>> eras;
    private final Map<String, List<Era>> erasByName = new HashMap<>();
    private final Map<String, List<Era>> erasByShortForm = new HashMap<>();
    private final Map<String, List<Era>> unborrowedByName = new HashMap<>();
    private final Map<String, List<Era>> unborrowedByShortForm = new HashMap<>();
    /** By name and variants with 異體字 folded (EraNames.fold): the last resort of a look-up. */
    private final Map<String, List<Era>> erasByFoldedName = new HashMap<>();
    private final Map<String, List<Era>> unborrowedByFoldedName = new HashMap<>();
    private final Map<String, Map<Integer, List<CalendarTables.MonthAlternative>>> alternatives;
    private final Map<String, Map<String, List<CalendarTables.MonthAlternative>>> unlabelled;
    private final Map<String, int[]> regimeSpans = new HashMap<>();
    private final Map<String, BitSet> alternativeMonths = new HashMap<>();
    private final DateResolver resolver;
    private volatile DateExpressionReader dateReader;

    private ChineseCalendar(CalendarTables tables) {
        // Plain loops, no streams or lambdas: this runs once at start-up, where their bootstrap costs show.
        this.regimes = List.copyOf(tables.regimes);
        this.calendars = Map.copyOf(tables.calendars);
        this.eras = tables.eras;
        this.alternatives = tables.alternatives;
        this.unlabelled = tables.unlabelled;
        regimesByName.putAll(tables.namedPeriods);
        for (Regime regime : regimes) {
            for (String name : regime.names()) {
                regimesByName.putIfAbsent(name, regime);
            }
            List<Era> own = eras.get(regime);
            MonthTable table = table(regime);
            if (!own.isEmpty()) {
                int first = Integer.MAX_VALUE;
                int last = Integer.MIN_VALUE;
                for (Era era : own) {
                    first = Math.min(first, era.firstJdn());
                    last = Math.max(last, era.lastJdn());
                }
                regimeSpans.put(regime.id(), new int[] {Math.max(first, table.firstDay()), Math.min(last, table.lastDay())});
            }
            for (Era era : own) {
                String shortForm = CalendarTables.shortForm(era.name());
                index(erasByName, era.name(), era);
                for (String alt : era.altNames()) {
                    index(alt.equals(shortForm) ? erasByShortForm : erasByName, alt, era);
                }
            }
        }
        for (Map.Entry<String, List<Era>> e : erasByName.entrySet()) {
            // A name that is some era's own name is not also read as another's variant (東漢 元嘉, 151, is not 永憙,
            // which DDBC also lists as 元嘉).
            boolean someOwn = false;
            for (Era era : e.getValue()) {
                someOwn |= era.name().equals(e.getKey());
            }
            if (someOwn) {
                e.getValue().removeIf(era -> !era.name().equals(e.getKey()));
            }
        }
        for (Map.Entry<String, List<Era>> e : erasByName.entrySet()) {
            for (Era era : e.getValue()) {
                index(erasByFoldedName, EraNames.fold(e.getKey()), era);
            }
        }
        for (Map.Entry<String, List<Era>> e : erasByFoldedName.entrySet()) {
            unborrowedByFoldedName.put(e.getKey(), List.copyOf(withoutBorrowed(e.getValue())));
        }
        // Name → eras without the borrowed ones, computed once: the resolver asks for them on every call.
        for (Map.Entry<String, List<Era>> e : erasByName.entrySet()) {
            unborrowedByName.put(e.getKey(), List.copyOf(withoutBorrowed(e.getValue())));
        }
        for (Map.Entry<String, List<Era>> e : erasByShortForm.entrySet()) {
            unborrowedByShortForm.put(e.getKey(), List.copyOf(withoutBorrowed(e.getValue())));
        }
        for (Map.Entry<String, Map<Integer, List<CalendarTables.MonthAlternative>>> e : alternatives.entrySet()) {
            BitSet months = new BitSet();
            for (int index : e.getValue().keySet()) {
                months.set(index);
            }
            alternativeMonths.put(e.getKey(), months);
        }
        this.resolver = new DateResolver(this);
    }

    private static void index(Map<String, List<Era>> index, String name, Era era) {
        List<Era> list = index.get(name);
        if (list == null) {
            list = new ArrayList<>(1);
            index.put(name, list);
        }
        for (Era known : list) {
            if (known == era) {
                return;
            }
        }
        list.add(era);
    }

    /** Loads the built-in generated tables once; later calls return the same instance. */
    public static ChineseCalendar builtIn() {
        ChineseCalendar c = builtIn;
        if (c == null) {
            synchronized (ChineseCalendar.class) {
                c = builtIn;
                if (c == null) {
                    c = new ChineseCalendar(CalendarTables.load());
                    builtIn = c;
                }
            }
        }
        return c;
    }

    /** A reader of date expressions that knows every era and regime name of these tables. */
    public DateExpressionReader dateReader() {
        DateExpressionReader reader = dateReader;
        if (reader == null) {
            // Built on first use: callers that only resolve (the library, the benchmark) do not pay for it.
            reader = DateExpressionReader.withLexicon(eraNames(), regimeNames());
            dateReader = reader;
        }
        return reader;
    }

    /** Every regime, main-line dynasties and the others, in the order of the tables. */
    public List<Regime> regimes() {
        return regimes;
    }

    /**
     * A regime by name or prefix as written: 宋, 北宋, 南宋, 遼, 契丹, 夏, 西夏, 金, 唐, 元 …; empty if none. A name
     * that denotes part of a regime's years (北宋, 南宋, 蒙古) gives the regime with that period
     * ({@link Regime#partial()}), equal to the whole regime.
     */
    public Optional<Regime> regime(String name) {
        return Optional.ofNullable(name == null ? null : regimesByName.get(name.strip()));
    }

    /** Every regime written {@code name} (漢: 西漢, 東漢, 蜀漢, 成漢 …), the one {@link #regime} gives first. */
    List<Regime> regimesNamed(String name) {
        List<Regime> named = new ArrayList<>(2);
        Regime first = regimesByName.get(name);
        if (first != null) {
            named.add(first);
        }
        for (Regime r : regimes) {
            if (!r.equals(first) && r.names().contains(name)) {
                named.add(r);
            }
        }
        return named;
    }

    /** Every name a regime is written as, for a reader's lexicon. */
    public Set<String> regimeNames() {
        return Set.copyOf(regimesByName.keySet());
    }

    /** Every era name, variant and short form, for a reader's lexicon. */
    public Set<String> eraNames() {
        Set<String> names = new LinkedHashSet<>(erasByName.keySet());
        names.addAll(erasByShortForm.keySet());
        return Set.copyOf(names);
    }

    /** The eras of {@code regime}, in order of their first day. */
    public List<Era> eras(Regime regime) {
        return List.copyOf(eras.getOrDefault(Objects.requireNonNull(regime, "regime"), List.of()));
    }

    /**
     * The eras named {@code era} (a full name or variant; a short form such as 興國 only when no era has that
     * full name), restricted to {@code regime} when not null; empty when none.
     */
    public List<Era> erasNamed(String era, Regime regimeOrNull) {
        if (regimeOrNull == null) {
            List<Era> found = unborrowedByName.get(era);
            found = found != null ? found : unborrowedByShortForm.get(era);
            found = found != null ? found : unborrowedByFoldedName.get(EraNames.fold(era));
            return found != null ? found : List.of();
        }
        List<Era> inRegime = inRegime(erasByName.get(era), regimeOrNull);
        if (inRegime.isEmpty()) {
            inRegime = inRegime(erasByShortForm.get(era), regimeOrNull);
        }
        if (inRegime.isEmpty()) {
            inRegime = inRegime(erasByFoldedName.get(EraNames.fold(era)), regimeOrNull);
        }
        return inRegime;
    }

    private static List<Era> inRegime(List<Era> eras, Regime regime) {
        if (eras == null) {
            return List.of();
        }
        List<Era> inRegime = new ArrayList<>(eras.size());
        for (Era e : eras) {
            if (e.regime().id().equals(regime.id())) {
                inRegime.add(e);
            }
        }
        return inRegime;
    }

    /**
     * Drops the eras a regime borrowed from another of the same calendar (吳越 counted its years by 宋's
     * 太平興國): their years are the same days, so they make no ambiguity. The main-line regime's era stays.
     */
    private static List<Era> withoutBorrowed(List<Era> eras) {
        if (eras.size() < 2) {
            return eras;
        }
        List<Era> kept = new ArrayList<>(eras.size());
        for (Era e : eras) {
            boolean borrowed = false;
            for (Era o : eras) {
                borrowed |= !e.regime().mainLine() && o != e && o.regime().mainLine()
                        && o.regime().calendar().equals(e.regime().calendar()) && o.firstLunarYear() == e.firstLunarYear();
            }
            if (!borrowed) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * Candidate readings of an era-year (e.g. "淳化", 5), restricted to {@code regime} when not null; empty when
     * the era is unknown; several when the name is ambiguous. Short forms (興國) work. A year past the era's
     * end is still returned, counted on (淳化六年 → 995): {@link #resolve} reports it as YEAR_OUT_OF_ERA.
     */
    public List<EraYear> eraYears(String era, int eraYear, Regime regimeOrNull) {
        Objects.requireNonNull(era, "era");
        if (eraYear < 1) {
            throw new IllegalArgumentException("eraYear must be >= 1, got " + eraYear);
        }
        List<EraYear> result = new ArrayList<>();
        for (Era e : erasNamed(era, regimeOrNull)) {
            result.add(e.year(eraYear));
        }
        return result;
    }

    /**
     * The era-year labels in force during month ({@code lunarYear}, {@code month}, {@code leap}) of {@code regime},
     * in order; two when the era changed within that month (改元); the first is the one in force on its first day.
     * Empty when the regime has no such month.
     */
    public List<EraYear> eraYearsAt(Regime regime, int lunarYear, int month, boolean leap) {
        MonthTable table = table(regime);
        int index = table.index(lunarYear, month, leap);
        if (index < 0) {
            return List.of();
        }
        return eraYearsBetween(regime, lunarYear, table.firstJdn(index), table.lastJdn(index));
    }

    /** The era years in force on some day of [{@code firstJdn}, {@code lastJdn}] of lunar year {@code lunarYear}. */
    List<EraYear> eraYearsBetween(Regime regime, int lunarYear, int firstJdn, int lastJdn) {
        List<Era> overlapping = new ArrayList<>(2);
        for (Era e : eras.get(regime)) {
            // Not an era whose count has not begun (二世's era opens with the months of 始皇三十七年).
            if (e.firstJdn() <= lastJdn && e.lastJdn() >= firstJdn && lunarYear >= e.firstLunarYear()) {
                overlapping.add(e);
            }
        }
        if (overlapping.isEmpty()) {
            // Between two eras (a gap in the records): the era whose years cover the lunar year names it.
            Era nearest = null;
            for (Era e : eras.get(regime)) {
                if (e.firstLunarYear() <= lunarYear && (nearest == null || e.firstJdn() > nearest.firstJdn())) {
                    nearest = e;
                }
            }
            if (nearest == null || lunarYear - nearest.lastLunarYear() > 1) {
                return List.of();
            }
            overlapping.add(nearest);
        }
        overlapping.sort(Comparator.comparingInt(Era::firstJdn));
        List<EraYear> result = new ArrayList<>(overlapping.size());
        for (Era e : overlapping) {
            result.add(e.year(lunarYear - e.firstLunarYear() + 1));
        }
        return result;
    }

    /** Whether (regime, lunarYear) has that month (leap or not). */
    public boolean hasMonth(Regime regime, int lunarYear, int month, boolean leap) {
        return table(regime).index(lunarYear, month, leap) >= 0;
    }

    /** The leap month number of a lunar year in a regime, or 0. */
    public int leapMonth(Regime regime, int lunarYear) {
        return table(regime).leapMonth(lunarYear);
    }

    /** The first and last day of month ({@code lunarYear}, {@code month}, {@code leap}) of {@code regime}, or empty. */
    public Optional<int[]> monthSpan(Regime regime, int lunarYear, int month, boolean leap) {
        MonthTable table = table(regime);
        int index = table.index(lunarYear, month, leap);
        return index < 0 ? Optional.empty() : Optional.of(new int[] {table.firstJdn(index), table.lastJdn(index)});
    }

    /**
     * Resolves an expression; parts the expression lacks come from {@code context} (the date in force). Never
     * throws for a date that cannot be: the resolution carries diagnostics and what could be resolved.
     */
    public Resolution resolve(DateExpression expression, DateContext context) {
        Objects.requireNonNull(expression, "expression");
        return resolver.resolve(expression, context == null ? DateContext.NONE : context);
    }

    /**
     * The JDN of a ganzhi day in era-year-month, for bulk conversion without a {@link Resolution}: -1 when it
     * cannot be resolved (unknown era, or one ambiguous even with {@code regimeOrNull} preferred; no such month;
     * the ganzhi not in the month) — then use {@link #resolve} to learn why. Same answers as {@code resolve}
     * with {@code regimeOrNull} as the regime in force, for the dates it resolves.
     */
    public int jdnOf(String era, int eraYear, int month, boolean leap, int ganzhi, Regime regimeOrNull) {
        if (era == null || eraYear < 1 || ganzhi < 0 || ganzhi > 59) {
            return -1;
        }
        Era e = resolver.eraInForce(era, eraYear, regimeOrNull);
        if (e == null || regimeOrNull != null && !e.regime().id().equals(regimeOrNull.id())) {
            return -1;
        }
        MonthTable table = table(e.regime());
        int index = table.index(e.firstLunarYear() + eraYear - 1, month, leap, e.firstJdn(), e.lastJdn());
        if (index < 0) {
            return -1;
        }
        int first = table.firstJdn(index);
        int offset = Math.floorMod(ganzhi - Jdn.ganzhiIndex(first), 60);
        return offset < table.days(index) ? first + offset : -1;
    }

    /** Reverse: the Chinese date of {@code jdn} in every regime that has a calendar that day, in table order. */
    public List<ChineseDay> chineseDays(int jdn) {
        List<ChineseDay> days = new ArrayList<>();
        for (Regime regime : regimes) {
            int[] span = regimeSpans.get(regime.id());
            if (span == null || jdn < span[0] || jdn > span[1]) {
                continue;
            }
            MonthTable table = table(regime);
            int index = table.indexOf(jdn);
            if (index < 0) {
                continue; // a hole in the regime's records (前涼 between 376 and 386)
            }
            int lunarYear = table.yearOf(index);
            List<EraYear> inForce = eraYearsBetween(regime, lunarYear, jdn, jdn);
            if (inForce.isEmpty()) {
                continue; // an interregnum of the regime (唐 under 武周, 690–705)
            }
            String emperor = null;
            for (Era e : eras.get(regime)) {
                String reigning = e.emperorOn(jdn);
                emperor = reigning != null ? reigning : emperor;
            }
            days.add(new ChineseDay(regime, inForce, emperor, lunarYear, table.monthOf(index), table.isLeap(index),
                    jdn - table.firstJdn(index) + 1, jdn));
        }
        return days;
    }

    /** All regimes' eras, for diagnostics that look for close names. */
    Collection<List<Era>> allEras() {
        return eras.values();
    }

    MonthTable table(Regime regime) {
        MonthTable table = calendars.get(Objects.requireNonNull(regime, "regime").calendar());
        if (table == null) {
            throw new IllegalArgumentException("no calendar for regime " + regime.id());
        }
        return table;
    }

    /** The other tables' readings of month {@code index} of {@code regime}'s calendar, or null when they agree. */
    List<CalendarTables.MonthAlternative> alternatives(Regime regime, int index) {
        Map<Integer, List<CalendarTables.MonthAlternative>> byMonth = alternatives.get(regime.id());
        // Most months have none: test the bit set first, without boxing the index.
        return byMonth == null || !alternativeMonths.get(regime.id()).get(index) ? null : byMonth.get(index);
    }

    /** The other tables' readings of a month {@code regime}'s calendar lacks (蒙古 至元七年閏十一月), or null. */
    List<CalendarTables.MonthAlternative> alternatives(Regime regime, int lunarYear, int month, boolean leap) {
        Map<String, List<CalendarTables.MonthAlternative>> byLabel = unlabelled.get(regime.id());
        return byLabel == null ? null : byLabel.get(CalendarTables.label(lunarYear, month, leap));
    }

    /** The main-line regime whose eras cover lunar year {@code lunarYear}, or null. */
    Regime mainLineRegime(int lunarYear) {
        for (Regime regime : regimes) {
            if (regime.mainLine()) {
                for (Era e : eras.get(regime)) {
                    if (e.firstLunarYear() <= lunarYear && lunarYear <= e.lastLunarYear()) {
                        return regime;
                    }
                }
            }
        }
        return null;
    }
}
