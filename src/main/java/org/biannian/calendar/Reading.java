package org.biannian.calendar;

/**
 * A plausible reading of a date that does not resolve as written: the same ganzhi in the month before, or
 * the leap month, or another era's year.
 *
 * @param regime    the regime
 * @param era       the era's name, or null
 * @param eraYear   the era year, or null
 * @param lunarYear the lunar year
 * @param month     the month, or null for a whole year
 * @param leap      whether the month is the leap month
 * @param jdn       the day under this reading, or null when the reading is a month or year
 * @param note      what differs from the text, for people (e.g. 「前月」)
 */
public record Reading(Regime regime, String era, Integer eraYear, int lunarYear, Integer month, boolean leap,
                      Integer jdn, String note) {

    /** The reading as the histories would write it: 宋至道元年九月乙丑. */
    public String label() {
        StringBuilder s = new StringBuilder(regime.name());
        if (era != null && eraYear != null) {
            s.append(era).append(ChineseLabels.year(eraYear));
        } else {
            s.append(lunarYear).append('年');
        }
        if (month != null) {
            s.append(ChineseLabels.month(month, leap));
        }
        if (jdn != null) {
            s.append(Jdn.ganzhiName(Jdn.ganzhiIndex(jdn)));
        }
        return s.toString();
    }
}
