package org.biannian.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.biannian.calendar.Alternative;
import org.biannian.calendar.ChineseDay;
import org.biannian.calendar.DateDiagnostic;
import org.biannian.calendar.Jdn;
import org.biannian.calendar.Reading;
import org.biannian.calendar.Resolution;
import java.util.List;

/**
 * The JSON of a resolved date (design.md §3): {@code jdn} for a day, {@code firstJdn} /
 * {@code lastJdn}, {@code julian} (the Julian calendar, always), {@code civil} (Julian before 1582-10-15,
 * Gregorian from then), {@code gregorian} (proleptic), {@code yearLabel} / {@code yearLabelEn} (「前221年」 /
 * "221 BC": the ISO-style fields count years astronomically),
 * {@code ganzhi}, {@code precision}, {@code diagnostics[]} with code, message and nearest readings,
 * and {@code alternatives} where the reference tables disagree.
 */
public final class DateJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DateJson() {
    }

    /** Adds the resolution's fields to {@code node}. */
    public static ObjectNode put(ObjectNode node, Resolution r) {
        node.put("regime", r.regime() == null ? null : r.regime().name());
        node.put("era", r.era());
        putInt(node, "eraYear", r.eraYear());
        putInt(node, "julianYear", r.lunarYear());
        if (r.lunarYear() != null) {
            // The ISO-style fields count years astronomically (−0220 = 221 BC); these are what a reader shows.
            node.put("yearLabel", Jdn.yearLabel(r.lunarYear()));
            node.put("yearLabelEn", Jdn.yearLabelEn(r.lunarYear()));
        }
        putInt(node, "month", r.month());
        node.put("leap", r.leap());
        node.put("precision", r.precision().name());
        if (r.jdn() != null) {
            node.put("jdn", r.jdn());
        }
        putInt(node, "firstJdn", r.firstJdn());
        putInt(node, "lastJdn", r.lastJdn());
        node.put("julian", r.julian());
        node.put("civil", r.civil());
        node.put("gregorian", r.gregorian());
        if (r.lastJdn() != null && !r.lastJdn().equals(r.firstJdn())) {
            node.put("lastJulian", r.lastJulian());
            node.put("lastCivil", r.lastCivil());
            node.put("lastGregorian", r.lastGregorian());
        }
        node.put("ganzhi", r.ganzhi());
        ArrayNode diagnostics = node.putArray("diagnostics");
        for (DateDiagnostic d : r.diagnostics()) {
            ObjectNode dn = diagnostics.addObject();
            dn.put("code", d.code().name());
            dn.put("severity", d.severity().name());
            dn.put("message", d.message());
            ArrayNode readings = dn.putArray("readings");
            for (Reading reading : d.readings()) {
                readings.add(reading(reading));
            }
        }
        ArrayNode alternatives = node.putArray("alternatives");
        for (Alternative a : r.alternatives()) {
            ObjectNode an = alternatives.addObject();
            an.put("source", a.source());
            an.put("firstJdn", a.firstJdn());
            an.put("lastJdn", a.lastJdn());
            an.put("julian", Jdn.julianString(a.firstJdn()));
            an.put("civil", Jdn.civilString(a.firstJdn()));
            putInt(an, "jdn", a.jdn());
        }
        return node;
    }

    /** A resolution as its own object. */
    public static ObjectNode of(Resolution r) {
        ObjectNode node = JSON.objectNode();
        node.put("expression", r.expression().text());
        return put(node, r);
    }

    /** A day named in every regime (the reverse look-up): jdn, julian, gregorian, ganzhi and {@code chinese[]}. */
    public static ObjectNode ofDay(int jdn, List<ChineseDay> days) {
        ObjectNode node = JSON.objectNode();
        node.put("jdn", jdn);
        node.put("julian", Jdn.julianString(jdn));
        node.put("civil", Jdn.civilString(jdn));
        node.put("gregorian", Jdn.gregorianString(jdn));
        int civilYear = Integer.parseInt(Jdn.civilString(jdn).substring(0, Jdn.civilString(jdn).indexOf('-', 1)));
        node.put("yearLabel", Jdn.yearLabel(civilYear));
        node.put("yearLabelEn", Jdn.yearLabelEn(civilYear));
        node.put("ganzhi", Jdn.ganzhiName(Jdn.ganzhiIndex(jdn)));
        ArrayNode chinese = node.putArray("chinese");
        for (ChineseDay day : days) {
            ObjectNode dn = chinese.addObject();
            dn.put("regime", day.regime().name());
            dn.put("regimeId", day.regime().id());
            dn.put("label", day.label());
            dn.put("era", day.eras().get(0).era());
            dn.put("eraYear", day.eras().get(0).eraYear());
            dn.put("julianYear", day.lunarYear());
            dn.put("yearLabel", Jdn.yearLabel(day.lunarYear()));
            dn.put("month", day.month());
            dn.put("leap", day.leap());
            dn.put("day", day.day());
            dn.put("emperor", day.emperor());
            ArrayNode eras = dn.putArray("eras");
            day.eras().forEach(e -> eras.add(e.label()));
        }
        return node;
    }

    private static ObjectNode reading(Reading r) {
        ObjectNode node = JSON.objectNode();
        node.put("label", r.label());
        node.put("regime", r.regime().name());
        node.put("era", r.era());
        putInt(node, "eraYear", r.eraYear());
        node.put("julianYear", r.lunarYear());
        putInt(node, "month", r.month());
        node.put("leap", r.leap());
        if (r.jdn() != null) {
            node.put("jdn", r.jdn());
            node.put("julian", Jdn.julianString(r.jdn()));
            node.put("civil", Jdn.civilString(r.jdn()));
        }
        node.put("note", r.note());
        return node;
    }

    private static void putInt(ObjectNode node, String field, Integer value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
