package org.biannian.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Interim stand-in with a handful of Song eras, until the table-driven engine lands (issue 3).
 *
 * <p>NOTE for the calendar engine replacing this file: the annals parser calls exactly
 * {@link #builtIn()}, {@link #regime(String)}, {@link #eraYears}, {@link #eraYearsAt} and
 * {@link #dateReader()} — keep them; {@code dateReader()} must return
 * {@code DateExpressionReader.withLexicon(all era names and short forms, all regime names)}.
 */
public final class ChineseCalendar {

    private static final Regime SONG = new Regime("song", "宋");
    /** era, first lunar year, first month. */
    private static final Object[][] ERAS = {
            {"太平興國", 976, 12}, {"雍熙", 984, 11}, {"端拱", 988, 1}, {"淳化", 990, 1},
            {"至道", 995, 1}, {"咸平", 998, 1}, {"景德", 1004, 1}};
    private static final ChineseCalendar BUILT_IN = new ChineseCalendar();

    public static ChineseCalendar builtIn() {
        return BUILT_IN;
    }

    public Optional<Regime> regime(String name) {
        return name.startsWith("宋") || name.endsWith("宋") ? Optional.of(SONG) : Optional.empty();
    }

    public List<EraYear> eraYears(String era, int eraYear, Regime regime) {
        for (Object[] e : ERAS) {
            if (e[0].equals(era)) {
                return List.of(new EraYear(SONG, era, eraYear, (int) e[1] + eraYear - 1));
            }
        }
        return List.of();
    }

    public List<EraYear> eraYearsAt(Regime regime, int lunarYear, int month, boolean leap) {
        List<EraYear> out = new ArrayList<>();
        for (int i = ERAS.length - 1; i >= 0; i--) {
            int y = (int) ERAS[i][1];
            int m = (int) ERAS[i][2];
            if (lunarYear > y || lunarYear == y && month >= m) {
                out.add(new EraYear(SONG, (String) ERAS[i][0], lunarYear - y + 1, lunarYear));
                break;
            }
        }
        return out;
    }

    public DateExpressionReader dateReader() {
        List<String> names = new ArrayList<>();
        for (Object[] e : ERAS) {
            names.add((String) e[0]);
        }
        return DateExpressionReader.withLexicon(names, List.of());
    }
}
