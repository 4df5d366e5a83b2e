package org.biannian.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.biannian.sources.Citation;
import org.biannian.sources.CitationBlock;
import org.biannian.sources.CriticalNote;
import org.biannian.sources.EntrySources;
import org.biannian.sources.SourceIndex;
import org.biannian.sources.VariantReading;
import org.biannian.sources.WorkRef;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * The critical apparatus as JSON: the {@code sources} document (design.md §3), and the citations and
 * notes of one entry in the {@code parse} document. Spans are {@code {"start", "end"}} code points, end
 * exclusive, as in {@link ChronicleJson}.
 */
public final class SourcesJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SourcesJson() {
    }

    /**
     * The {@code sources} document: {@code works[]} (one row per work·section·juan with its entries),
     * {@code byWork[]}, {@code singleSource[]}, {@code notes[]}, {@code oppositions[]},
     * {@code juanMismatches[]} and {@code diagnostics[]}.
     */
    public static ObjectNode index(SourceText text, SourceIndex index) {
        ObjectNode root = JSON.objectNode();
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
            ObjectNode o = JSON.objectNode().put("entry", n.entry());
            o.setAll(note(text, n.note()));
            notes.add(o);
        }
        ArrayNode oppositions = root.putArray("oppositions");
        for (SourceIndex.Opposition p : index.oppositions()) {
            ObjectNode o = oppositions.addObject();
            o.putArray("works").add(p.first()).add(p.second());
            ArrayNode ns = o.putArray("notes");
            for (SourceIndex.EntryNote n : p.notes()) {
                ObjectNode x = ns.addObject();
                x.put("entry", n.entry());
                x.set("span", span(n.note().span()));
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
            ObjectNode o = JSON.objectNode().put("entry", d.entry());
            o.setAll((ObjectNode) ChronicleJson.diagnostics(List.of(d.diagnostic())).get(0));
            diagnostics.add(o);
        }
        return root;
    }

    /** An entry's citations, for {@code parse}: work, section, juan (or null) and span of each, and which block it is in. */
    public static ArrayNode citations(EntrySources entry) {
        ArrayNode out = JSON.arrayNode();
        List<CitationBlock> blocks = entry.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            for (Citation c : blocks.get(b).citations()) {
                out.add(citation(c).put("block", b));
            }
        }
        return out;
    }

    /** An entry's notes, for {@code parse}: works, kind, verdict, variants and span of each. */
    public static ArrayNode notes(SourceText text, EntrySources entry) {
        ArrayNode out = JSON.arrayNode();
        entry.notes().forEach(n -> out.add(note(text, n)
                .put("place", entry.inlineNotes().contains(n) ? "INLINE" : "CRITICAL")));
        return out;
    }

    static ObjectNode citation(Citation c) {
        ObjectNode o = JSON.objectNode();
        o.put("work", c.work());
        o.put("section", c.section());
        o.put("juan", c.juan());
        o.put("smallNote", c.smallNote());
        o.put("author", c.author());
        o.put("asCited", c.asCited());
        o.put("known", c.known());
        o.set("span", span(c.span()));
        return o;
    }

    static ObjectNode note(SourceText text, CriticalNote n) {
        ObjectNode o = JSON.objectNode();
        o.set("span", span(n.span()));
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
            x.set("span", span(v.span()));
        }
        o.set("diagnostics", ChronicleJson.diagnostics(n.diagnostics()));
        return o;
    }

    private static void refs(ArrayNode out, List<WorkRef> refs) {
        for (WorkRef r : refs) {
            ObjectNode x = out.addObject();
            x.put("work", r.work());
            x.put("section", r.section());
            x.put("juan", r.juan());
            x.put("asCited", r.asCited());
            x.put("known", r.known());
            x.set("span", span(r.span()));
        }
    }

    private static ObjectNode span(Span span) {
        return JSON.objectNode().put("start", span.start()).put("end", span.end());
    }

    private static void ints(ArrayNode out, List<Integer> values) {
        values.forEach(out::add);
    }
}
