package org.biannian.calendar;

import java.util.List;
import java.util.Objects;

/**
 * A day as one regime named it: 宋 至道三年三月二十九日 (癸巳).
 *
 * @param regime    the regime
 * @param eras      the era years in force that day (usually one; two when rival eras overlapped)
 * @param emperor   the reigning emperor as DDBC records it, or null
 * @param lunarYear the lunar year
 * @param month     the month, 1–12
 * @param leap      whether it is the leap month
 * @param day       the day of the month, 1–30
 * @param jdn       the Julian Day Number
 */
public record ChineseDay(Regime regime, List<EraYear> eras, String emperor, int lunarYear, int month, boolean leap,
                         int day, int jdn) {

    public ChineseDay {
        Objects.requireNonNull(regime, "regime");
        eras = List.copyOf(eras);
    }

    /** The day's ganzhi, e.g. 癸巳. */
    public String ganzhi() {
        return Jdn.ganzhiName(Jdn.ganzhiIndex(jdn));
    }

    /** As the histories write it: 宋至道三年三月二十九日. */
    public String label() {
        String year = eras.isEmpty() ? lunarYear + "年" : eras.get(0).label();
        return regime.name() + year + ChineseLabels.month(month, leap) + ChineseLabels.day(day) + "日";
    }
}
