package org.biannian.calendar;

import java.util.List;
import java.util.Objects;

/**
 * A state that counted its own years (宋, 遼, 西夏, 金 …), with the names a text may call it by.
 *
 * @param id       stable identifier, e.g. {@code song}, {@code liao}, {@code xixia}, {@code jin}
 * @param name     the display name, e.g. 宋
 * @param names    every name it is written as, the display name first (宋, 北宋, 南宋 …)
 * @param calendar the calendar its months follow: {@code official} (the Chinese official calendar),
 *                 or its own id when it kept a calendar of its own (遼, 西夏, 金)
 * @param mainLine whether it is the dynasty of the main line of Chinese official history in its years
 *                 (唐, 五代, 宋, 元, 明, 清), used when a text names no regime
 * @param fromLunarYear the first lunar year of the period the name it was looked up by denotes (北宋 to 1127,
 *                 南宋 from 1127, 蒙古 to 1271), or {@link Integer#MIN_VALUE} when the name denotes all of it
 * @param toLunarYear the last lunar year of that period, or {@link Integer#MAX_VALUE}
 */
public record Regime(String id, String name, List<String> names, String calendar, boolean mainLine,
                     int fromLunarYear, int toLunarYear) {

    public Regime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calendar, "calendar");
        names = List.copyOf(names);
        if (toLunarYear < fromLunarYear) {
            throw new IllegalArgumentException("regime " + id + ": period ends before it begins");
        }
    }

    /** The whole regime, whatever period of it a name denotes. */
    public Regime(String id, String name, List<String> names, String calendar, boolean mainLine) {
        this(id, name, names, calendar, mainLine, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** The same regime as named for years {@code from}–{@code to} only (北宋, 蒙古): equal to the whole regime. */
    Regime during(int from, int to) {
        return new Regime(id, name, names, calendar, mainLine, from, to);
    }

    /** Whether the name it was looked up by denotes part of its years only. */
    public boolean partial() {
        return fromLunarYear != Integer.MIN_VALUE || toLunarYear != Integer.MAX_VALUE;
    }

    /** Whether lunar years {@code first}–{@code last} meet the period the name denotes. */
    boolean meets(int first, int last) {
        return first <= toLunarYear && last >= fromLunarYear;
    }

    /** Whether it keeps a calendar of its own rather than the official one. */
    public boolean ownCalendar() {
        return calendar.equals(id);
    }

    /** Regimes are identified by their id (the record's other parts follow from it). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Regime r && r.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
