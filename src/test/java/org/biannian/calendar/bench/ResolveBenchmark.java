package org.biannian.calendar.bench;

import java.util.concurrent.TimeUnit;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.DateContext;
import org.biannian.calendar.Resolution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resolving era + year + month + ganzhi (「淳化五年正月癸酉」 as a parsed expression) to a JDN, on one thread, over
 * 4096 random real Song dates; and ICU4J's ChineseCalendar on the same days given lunar year, month and ganzhi
 * (ICU has no eras of the Song, so it gets the easier task). Run: see docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResolveBenchmark {

    private static final int SIZE = 4096;

    private ChineseCalendar calendar;
    private SongDates dates;
    private SongDates jinDates;
    private DateContext inJin;
    private org.graalvm.shadowed.com.ibm.icu.util.ChineseCalendar icu;
    private DateContext inSong;
    private int next;

    @Setup
    public void setUp() {
        calendar = ChineseCalendar.builtIn();
        dates = new SongDates(SIZE, 42);
        inSong = DateContext.of(calendar.regime("宋").orElseThrow());
        jinDates = new SongDates(SIZE, 42, "dongjin", org.biannian.calendar.Jdn.fromJulian(318, 1, 1),
                org.biannian.calendar.Jdn.fromJulian(419, 12, 31));
        inJin = DateContext.of(calendar.regime("東晉").orElseThrow());
        icu = new org.graalvm.shadowed.com.ibm.icu.util.ChineseCalendar();
    }

    /** The whole resolution, as the annals parser gets it: the document's regime (宋) in force. */
    @Benchmark
    public Resolution resolveEraYearMonthGanzhi() {
        int i = next++ & (SIZE - 1);
        return calendar.resolve(dates.expressions[i], inSong);
    }

    /**
     * The same with no regime in force: 8% of Song dates then name an era another regime also used that year
     * (紹興 of 西遼, 天禧 of 西遼, 乾道 of 西夏) and come back as ERA_AMBIGUOUS with every candidate.
     */
    @Benchmark
    public Resolution resolveWithoutContext() {
        int i = next++ & (SIZE - 1);
        return calendar.resolve(dates.expressions[i], DateContext.NONE);
    }

    /** The same before 619: random 東晉 dates (318–419), 東晉 in force; within 20 % of the Song figure (issue 17). */
    @Benchmark
    public Resolution resolveBefore619() {
        int i = next++ & (SIZE - 1);
        return calendar.resolve(jinDates.expressions[i], inJin);
    }

    /** The allocation-free path for bulk conversion: era + year + month + ganzhi to a JDN. */
    @Benchmark
    public int jdnOfEraYearMonthGanzhi() {
        int i = next++ & (SIZE - 1);
        return calendar.jdnOf(dates.expressions[i].era(), dates.expressions[i].eraYear(), dates.months[i], dates.leaps[i],
                dates.ganzhis[i], inSong.regime());
    }

    /** ICU4J: the first day of (lunar year, month, leap), then the ganzhi's offset in it. */
    @Benchmark
    public int icuLunarYearMonthGanzhi() {
        int i = next++ & (SIZE - 1);
        return IcuDates.jdn(icu, dates.lunarYears[i], dates.months[i], dates.leaps[i], dates.ganzhis[i]);
    }
}
