package org.biannian.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.biannian.calendar.Jdn;
import org.biannian.parallels.Difference;
import org.biannian.parallels.Parallel;
import org.biannian.parallels.PassageDate;

/** A parallel as JSON: one line of {@code biannian parallels}, one item of {@code /api/entries/{id}/parallels}. */
public final class ParallelJson {

    private ParallelJson() {
    }

    /** {@code parallel} as an ordered map (entry, document, start, end, text, cited, citation, date, dateAgreement, differences, score). */
    public static Map<String, Object> of(Parallel parallel) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entry", parallel.entry());
        out.put("document", parallel.document());
        out.put("start", parallel.span().start());
        out.put("end", parallel.span().end());
        out.put("coreStart", parallel.core().start());
        out.put("coreEnd", parallel.core().end());
        out.put("text", parallel.text());
        out.put("cited", parallel.cited());
        out.put("citation", parallel.citation());
        if (parallel.juanFound() != null) {
            out.put("juanFound", parallel.juanFound());
        }
        out.put("date", date(parallel.date()));
        out.put("dateAgreement", parallel.dateAgreement().name());
        List<Map<String, Object>> differences = new ArrayList<>();
        for (Difference d : parallel.differences()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.kind().name());
            m.put("entryText", d.entryText());
            m.put("sourceText", d.sourceText());
            m.put("entryStart", d.entrySpan().start());
            m.put("entryEnd", d.entrySpan().end());
            m.put("sourceStart", d.sourceSpan().start());
            m.put("sourceEnd", d.sourceSpan().end());
            differences.add(m);
        }
        out.put("differences", differences);
        out.put("sharedNames", parallel.sharedNames());
        out.put("score", parallel.score());
        return out;
    }

    private static Map<String, Object> date(PassageDate date) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("written", date.written());
        out.put("julianYear", date.lunarYear());
        out.put("month", date.month());
        out.put("leap", date.leap());
        out.put("precision", date.precision().name());
        out.put("firstJdn", date.firstJdn());
        out.put("lastJdn", date.lastJdn());
        out.put("julian", date.firstJdn() == null ? null : Jdn.civilString(date.firstJdn()));
        out.put("carried", date.carried());
        return out;
    }
}
