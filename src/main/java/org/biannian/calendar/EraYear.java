package org.biannian.calendar;

import java.util.Objects;

/**
 * A year named by an era: 淳化五年 of 宋, which is lunar year 994.
 *
 * @param regime    the regime whose era it is
 * @param era       the era's usual name (太平興國, also when written 興國)
 * @param eraYear   1 for 元年
 * @param lunarYear the Julian-calendar year in which that Chinese year began (淳化五年 → 994)
 */
public record EraYear(Regime regime, String era, int eraYear, int lunarYear) {

    public EraYear {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(era, "era");
    }

    /** The year as written: 淳化五年, 太平興國元年. */
    public String label() {
        return era + ChineseLabels.year(eraYear);
    }

    @Override
    public String toString() {
        return regime.name() + label();
    }
}
