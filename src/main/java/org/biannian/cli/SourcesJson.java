package org.biannian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.biannian.sources.Citation;
import org.biannian.sources.CriticalNote;
import org.biannian.sources.EntrySources;
import org.biannian.sources.SourceIndex;
import org.biannian.sources.VariantReading;
import org.biannian.sources.WorkRef;
import org.biannian.text.Diagnostic;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * The critical apparatus as JSON: the {@code sources} document, and the {@code citations} and {@code notes}
 * of one entry for {@code parse}. Spans are {@code start} / {@code end} code points, end exclusive.
 */
final class SourcesJson {

    private final ObjectMapper json;
    private final SourceText text;

    SourcesJson(ObjectMapper json, SourceText text) {
        this.json = json;
        this.text = text;
    }

    /** The {@code sources} command's document (design.md §3). */
    ObjectNode index(SourceIndex index) {
        ObjectNode root = json.createObjectNode();
        root.put("file", text.name());
        ArrayNode works = root.putArray("works");
        for (SourceIndex.Row row : index.rows()) {
            ObjectNode o = works.addObject();
            o.put("work", row.work());
            o.put("section", row.section());
            o.put("juan", row.juan());
            ints(o.putArray("entries"), row.entries());
            o.put("citations", row.citations());
            ints(o.putArray("years"), row.years());
        }
        ArrayNode byWork = root.putArray("byWork");
        for (SourceIndex.WorkSummary s : index.works()) {
            ObjectNode o = byWork.addObject();
            o.put("work", s.work());
            o.put("known", s.known());
            ints(o.putArray("entries"), s.entries());
            o.put("citations", s.citations());
            ints(o.putArray("years"), s.years());
            ArrayNode sections = o.putArray("sections");
            s.sections().forEach(sections::add);
            ints(o.putArray("juans"), s.juans());
        }
        ArrayNode single = root.putArray("singleSource");
        for (SourceIndex.SingleSource s : index.singleSource()) {
            single.addObject().put("entry", s.entry()).put("work", s.work());
        }
        ArrayNode notes = root.putArray("notes");
        for (SourceIndex.EntryNote n : index.notes()) {
            notes.add(note(n.note()).put("entry", n.entry()));
        }
        ArrayNode oppositions = root.putArray("oppositions");
        for (SourceIndex.Opposition p : index.oppositions()) {
            ObjectNode o = oppositions.addObject();
            o.putArray("works").add(p.first()).add(p.second());
            ArrayNode ns = o.putArray("notes");
            for (SourceIndex.EntryNote n : p.notes()) {
                ObjectNode x = ns.addObject();
                x.put("entry", n.entry());
                span(x, n.note().span());
                x.put("kind", n.note().kind().name());
                x.put("verdict", n.note().verdict());
            }
        }
        ArrayNode mismatches = root.putArray("juanMismatches");
        for (SourceIndex.JuanMismatch m : index.juanMismatches()) {
            ObjectNode o = mismatches.addObject();
            o.put("entry", m.entry());
            o.set("citation", citation(m.citation()));
            o.put("julianYear", m.julianYear());
            o.put("juanCoversFrom", m.covers().firstYear());
            o.put("juanCoversTo", m.covers().lastYear());
        }
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (SourceIndex.EntryDiagnostic d : index.diagnostics()) {
            diagnostics.add(diagnostic(d.diagnostic()).put("entry", d.entry()));
        }
        return root;
    }

    /** An entry's citations, for {@code parse}: work, section, juan (or null) and span of each. */
    ArrayNode citations(EntrySources entry) {
        ArrayNode out = json.createArrayNode();
        entry.citations().forEach(c -> out.add(citation(c)));
        return out;
    }

    /** An entry's notes, for {@code parse}: works, kind, verdict and span of each. */
    ArrayNode notes(EntrySources entry) {
        ArrayNode out = json.createArrayNode();
        entry.notes().forEach(n -> out.add(note(n)));
        return out;
    }

    ObjectNode citation(Citation c) {
        ObjectNode o = json.createObjectNode();
        o.put("work", c.work());
        o.put("section", c.section());
        o.put("juan", c.juan());
        o.put("smallNote", c.smallNote());
        o.put("author", c.author());
        o.put("asCited", c.asCited());
        o.put("known", c.known());
        span(o, c.span());
        return o;
    }

    ObjectNode note(CriticalNote n) {
        ObjectNode o = json.createObjectNode();
        span(o, n.span());
        o.put("text", text.slice(n.span()));
        o.put("kind", n.kind().name());
        o.put("verdict", n.verdict());
        refs(o.putArray("works"), n.works());
        refs(o.putArray("silentWorks"), n.silentWorks());
        ArrayNode variants = o.putArray("variants");
        for (VariantReading v : n.variants()) {
            ObjectNode x = variants.addObject();
            x.put("reading", v.reading());
            x.put("original", v.original());
            x.put("work", v.work() == null ? null : v.work().label());
            x.put("kind", v.kind().name());
            x.put("aliasCandidate", v.aliasCandidate());
            span(x, v.span());
        }
        ArrayNode diagnostics = o.putArray("diagnostics");
        n.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        return o;
    }

    private void refs(ArrayNode out, List<WorkRef> refs) {
        for (WorkRef r : refs) {
            ObjectNode x = out.addObject();
            x.put("work", r.work());
            x.put("section", r.section());
            x.put("juan", r.juan());
            x.put("asCited", r.asCited());
            x.put("known", r.known());
            span(x, r.span());
        }
    }

    private ObjectNode diagnostic(Diagnostic d) {
        ObjectNode o = json.createObjectNode();
        o.put("code", d.code());
        o.put("severity", d.severity().name());
        o.put("message", d.message());
        span(o, d.span());
        o.put("line", d.position().line());
        o.put("column", d.position().column());
        return o;
    }

    private static void span(ObjectNode o, Span span) {
        o.put("start", span.start());
        o.put("end", span.end());
    }

    private static void ints(ArrayNode out, List<Integer> values) {
        values.forEach(out::add);
    }
}
