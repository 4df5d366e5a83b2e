package org.biannian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.biannian.calendar.Alternative;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.ChineseDay;
import org.biannian.calendar.DateDiagnostic;
import org.biannian.calendar.EraYear;
import org.biannian.calendar.Jdn;
import org.biannian.calendar.Reading;
import org.biannian.calendar.Resolution;

/** The JSON shapes of {@code biannian date} (field names are a contract: design.md §3). */
final class DateJson {

    private DateJson() {
    }

    static ObjectNode error(ObjectMapper json, String input, String message) {
        ObjectNode node = json.createObjectNode();
        node.put("error", message);
        node.put("input", input);
        return node;
    }

    static ObjectNode resolution(ObjectMapper json, Resolution r) {
        ObjectNode node = json.createObjectNode();
        node.put("expression", r.expression().text());
        node.put("regime", r.regime() == null ? null : r.regime().name());
        node.put("regimeId", r.regime() == null ? null : r.regime().id());
        node.put("era", r.era());
        node.put("eraYear", r.eraYear());
        node.put("julianYear", r.lunarYear());
        node.put("month", r.month());
        node.put("leap", r.leap());
        node.put("precision", r.precision().name());
        node.put("jdn", r.jdn());
        node.put("firstJdn", r.firstJdn());
        node.put("lastJdn", r.lastJdn());
        node.put("julian", r.julian());
        node.put("lastJulian", r.lastJulian());
        node.put("gregorian", r.gregorian());
        node.put("lastGregorian", r.lastGregorian());
        node.put("ganzhi", r.ganzhi());
        ArrayNode diagnostics = node.putArray("diagnostics");
        for (DateDiagnostic d : r.diagnostics()) {
            ObjectNode dn = diagnostics.addObject();
            dn.put("code", d.code().name());
            dn.put("severity", d.severity().name());
            dn.put("message", d.message());
            ArrayNode readings = dn.putArray("readings");
            for (Reading reading : d.readings()) {
                readings.add(reading(json, reading));
            }
        }
        ArrayNode alternatives = node.putArray("alternatives");
        for (Alternative a : r.alternatives()) {
            ObjectNode an = alternatives.addObject();
            an.put("source", a.source());
            an.put("firstJdn", a.firstJdn());
            an.put("lastJdn", a.lastJdn());
            an.put("julian", Jdn.civilString(a.firstJdn()));
            an.put("jdn", a.jdn());
            an.put("dayJulian", a.jdn() == null ? null : Jdn.civilString(a.jdn()));
        }
        return node;
    }

    private static ObjectNode reading(ObjectMapper json, Reading r) {
        ObjectNode node = json.createObjectNode();
        node.put("label", r.label());
        node.put("regime", r.regime().name());
        node.put("era", r.era());
        node.put("eraYear", r.eraYear());
        node.put("julianYear", r.lunarYear());
        node.put("month", r.month());
        node.put("leap", r.leap());
        node.put("jdn", r.jdn());
        node.put("julian", r.jdn() == null ? null : Jdn.civilString(r.jdn()));
        node.put("note", r.note());
        return node;
    }

    /** The day {@code jdn} in every regime: the reverse look-up. */
    static ObjectNode days(ObjectMapper json, ChineseCalendar calendar, int jdn) {
        ObjectNode node = json.createObjectNode();
        node.put("jdn", jdn);
        node.put("julian", Jdn.civilString(jdn));
        node.put("gregorian", Jdn.gregorianString(jdn));
        node.put("ganzhi", Jdn.ganzhiName(Jdn.ganzhiIndex(jdn)));
        ArrayNode days = node.putArray("chinese");
        for (ChineseDay day : calendar.chineseDays(jdn)) {
            ObjectNode dn = days.addObject();
            dn.put("regime", day.regime().name());
            dn.put("regimeId", day.regime().id());
            dn.put("label", day.label());
            EraYear first = day.eras().get(0);
            dn.put("era", first.era());
            dn.put("eraYear", first.eraYear());
            dn.put("julianYear", day.lunarYear());
            dn.put("month", day.month());
            dn.put("leap", day.leap());
            dn.put("day", day.day());
            dn.put("emperor", day.emperor());
            ArrayNode eras = dn.putArray("eras");
            day.eras().forEach(e -> eras.add(e.label()));
        }
        return node;
    }
}
