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
 */
public record Regime(String id, String name, List<String> names, String calendar, boolean mainLine) {

    public Regime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calendar, "calendar");
        names = List.copyOf(names);
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
