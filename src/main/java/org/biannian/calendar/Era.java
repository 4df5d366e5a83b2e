package org.biannian.calendar;

import java.util.List;
import java.util.Objects;

/**
 * An era (年號) of a regime: the days it was in force and the lunar years it numbers.
 *
 * <p>Its first year (元年) is the lunar year in which it was proclaimed, even when that was late in the
 * year (太平興國 began in the 12th month of 開寶九年, so 976 is both 開寶九年 and 太平興國元年).
 *
 * @param regime         the regime that used it
 * @param name           its usual name (太平興國)
 * @param altNames       other names and taboo variants (正觀 for 貞觀), and the common short form
 *                       (興國) as the last, when it has one
 * @param firstJdn       the first day it was in force
 * @param lastJdn        the last day it was in force
 * @param firstLunarYear the lunar year of its 元年 (the Julian year in which that Chinese year began)
 * @param lastLunarYear  the lunar year of its last day
 * @param adoptedLunarYear the lunar year of its first day in this regime: later than its 元年 for an era the regime
 *                       took over part-way (後漢 天福 from 天福十二年, 947)
 * @param reigns         the emperors who reigned under it, with their days, in order
 */
public record Era(Regime regime, String name, List<String> altNames, int firstJdn, int lastJdn,
                  int firstLunarYear, int lastLunarYear, int adoptedLunarYear, List<Reign> reigns) {

    /** An emperor's days under an era (至道 under 太宗 to 997-05-07, then under 真宗). */
    public record Reign(String emperor, int firstJdn, int lastJdn) {
    }

    public Era {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(name, "name");
        altNames = List.copyOf(altNames);
        reigns = List.copyOf(reigns);
        if (lastJdn < firstJdn || lastLunarYear < firstLunarYear || adoptedLunarYear < firstLunarYear) {
            throw new IllegalArgumentException("era " + name + " ends before it begins");
        }
    }

    /** How many years it numbers: 淳化 (990–994) has 5. */
    public int years() {
        return lastLunarYear - firstLunarYear + 1;
    }

    /** Whether its year {@code eraYear} is one this regime counted by it: within its years, and not before it took it up. */
    public boolean counts(int eraYear) {
        return eraYear >= 1 && eraYear <= years() && firstLunarYear + eraYear - 1 >= adoptedLunarYear;
    }

    /** The emperor reigning on {@code jdn} under this era, or null when the day is outside it. */
    public String emperorOn(int jdn) {
        for (Reign r : reigns) {
            if (r.firstJdn() <= jdn && jdn <= r.lastJdn()) {
                return r.emperor();
            }
        }
        return null;
    }

    /** The label of year {@code eraYear} of this era. */
    public EraYear year(int eraYear) {
        return new EraYear(regime, name, eraYear, firstLunarYear + eraYear - 1);
    }
}
