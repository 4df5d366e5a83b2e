package org.biannian.calendar;

/**
 * A Chinese date expression as written, before it is resolved: each part is null (or false)
 * when the text does not give it.
 *
 * <p>{@code 至道三年三月癸巳} has era, eraYear, month and ganzhi; {@code 冬十月} has season and
 * month; {@code 閏月} has {@code leapOfMonthInForce}; {@code 是歲} has {@code scope = YEAR}.
 *
 * @param text        the expression exactly as written
 * @param regime      a regime name or prefix as written (宋, 遼, 契丹, 夏, 西夏, 金), or null
 * @param era         the era name as written (淳化, 太平興國, 興國), or null
 * @param eraYear     the year of the era (元年 = 1), or null
 * @param season      the season word, or null
 * @param month       1–12, or null
 * @param leap        閏 before a month number (閏三月)
 * @param leapOfMonthInForce 閏月 without a number: the leap month after the month in force
 * @param ganzhi      day of the sexagenary cycle, 0 = 甲子 … 59 = 癸亥, or null
 * @param dayOfMonth  ordinal day 1–30 (初一, 十五日), or null
 * @param lunarPhase  朔, 望 or 晦, or null
 * @param scope       for 是歲 / 是月 / 是春 …: what the expression points back to, or null
 */
public record DateExpression(
        String text,
        String regime,
        String era,
        Integer eraYear,
        Season season,
        Integer month,
        boolean leap,
        boolean leapOfMonthInForce,
        Integer ganzhi,
        Integer dayOfMonth,
        LunarPhase lunarPhase,
        Scope scope) {

    /** A named day of the lunar month. */
    public enum LunarPhase {
        /** 朔: the first day. */
        SHUO,
        /** 望: the full-moon day, conventionally the 15th. */
        WANG,
        /** 晦: the last day. */
        HUI
    }

    /** What a 是X expression refers to: the year, season or month in force. */
    public enum Scope { YEAR, SEASON, MONTH, DAY }

    public DateExpression {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1..12, got " + month);
        }
        if (ganzhi != null && (ganzhi < 0 || ganzhi > 59)) {
            throw new IllegalArgumentException("ganzhi must be 0..59, got " + ganzhi);
        }
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 30)) {
            throw new IllegalArgumentException("dayOfMonth must be 1..30, got " + dayOfMonth);
        }
        if (eraYear != null && eraYear < 1) {
            throw new IllegalArgumentException("eraYear must be >= 1, got " + eraYear);
        }
    }

    /** Whether the expression names a day (ganzhi, ordinal or 朔/望/晦). */
    public boolean hasDay() {
        return ganzhi != null || dayOfMonth != null || lunarPhase != null;
    }
}
