package org.biannian.calendar;

/** A state whose calendar and eras dates are counted in (宋, 遼, 西夏, 金 …). Interim: replaced by the calendar engine. */
public record Regime(String id, String name) {
}
