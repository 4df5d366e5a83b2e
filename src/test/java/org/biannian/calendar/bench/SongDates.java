package org.biannian.calendar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.ChineseDay;
import org.biannian.calendar.DateExpression;
import org.biannian.calendar.EraYear;
import org.biannian.calendar.Jdn;

/** Random real dates of one regime (era + year + month + ganzhi; Song by default) for the benchmarks, with their JDNs. */
final class SongDates {

    final DateExpression[] expressions;
    final int[] lunarYears;
    final int[] months;
    final boolean[] leaps;
    final int[] ganzhis;
    final int[] jdns;

    SongDates(int count, long seed) {
        this(count, seed, "song", Jdn.fromJulian(960, 2, 4), Jdn.fromJulian(1279, 3, 19));
    }

    /** Dates of regime {@code regimeId} between days {@code first} and {@code last} (東晉 317–419 …). */
    SongDates(int count, long seed, String regimeId, int first, int last) {
        ChineseCalendar calendar = ChineseCalendar.builtIn();
        Random random = new Random(seed);
        List<ChineseDay> days = new ArrayList<>();
        while (days.size() < count) {
            int jdn = first + random.nextInt(last - first + 1);
            calendar.chineseDays(jdn).stream().filter(d -> d.regime().id().equals(regimeId)).findFirst().ifPresent(days::add);
        }
        expressions = new DateExpression[count];
        lunarYears = new int[count];
        months = new int[count];
        leaps = new boolean[count];
        ganzhis = new int[count];
        jdns = new int[count];
        for (int i = 0; i < count; i++) {
            ChineseDay d = days.get(i);
            EraYear year = d.eras().get(0);
            int ganzhi = Jdn.ganzhiIndex(d.jdn());
            expressions[i] = new DateExpression(d.label(), null, year.era(), year.eraYear(), null, d.month(), d.leap(),
                    false, ganzhi, null, null, null);
            lunarYears[i] = d.lunarYear();
            months[i] = d.month();
            leaps[i] = d.leap();
            ganzhis[i] = ganzhi;
            jdns[i] = d.jdn();
        }
    }
}
