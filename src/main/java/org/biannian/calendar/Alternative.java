package org.biannian.calendar;

/**
 * Another reference table's reading of the month a date falls in, where the tables disagree (e.g. DDBC starts
 * 宋 天聖九年九月 a day before lunar_months and ytliu0 do). The resolution follows the majority; this says
 * what the other reading gives.
 *
 * @param source   the table, e.g. {@code DDBC:北宋}
 * @param firstJdn the month's first day in that table
 * @param lastJdn  the month's last day in that table
 * @param jdn      the expression's day under that reading, or null (not a day, or not in that month)
 */
public record Alternative(String source, int firstJdn, int lastJdn, Integer jdn) {
}
