package org.biannian.calendar;

/**
 * A year named by an era: {@code 淳化} 5 of the Song is the Chinese year that began in Julian 994.
 *
 * @param lunarYear the Julian-calendar year in which that Chinese year began
 */
public record EraYear(Regime regime, String era, int eraYear, int lunarYear) {
}
