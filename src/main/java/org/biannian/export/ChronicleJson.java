package org.biannian.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annals.EntryDate;
import org.biannian.annals.EntryYear;
import org.biannian.annals.Segment;
import org.biannian.annotate.Mention;
import org.biannian.calendar.Jdn;
import org.biannian.sources.ChronicleSources;
import org.biannian.sources.EntrySources;
import org.biannian.sources.Works;
import org.biannian.text.Diagnostic;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/**
 * The JSON document of a parsed chronicle (design.md §3): {@code entries[]} in text order, each
 * with index, headline, narrative, year, date, citations (work, section, juan), notes (works, kind,
 * verdict) and the citation blocks they come from, and the segments that
 * partition the source. Offsets are code points, end exclusive.
 */
public final class ChronicleJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Reads each entry's citation blocks and notes into works, sections, juan and discrepancies. */
    private static final ChronicleSources SOURCES = ChronicleSources.of(Works.builtIn());

    private ChronicleJson() {
    }

    /** The whole document, each entry with the mentions that start inside it (source code points). */
    public static ObjectNode document(Chronicle chronicle, List<Mention> mentions) {
        ObjectNode doc = document(chronicle);
        ArrayNode entries = (ArrayNode) doc.get("entries");
        for (int i = 0; i < chronicle.entries().size(); i++) {
            ((ObjectNode) entries.get(i)).set("mentions", MentionJson.within(mentions, chronicle.entries().get(i).span()));
        }
        return doc;
    }

    /** The whole document. */
    public static ObjectNode document(Chronicle chronicle) {
        ObjectNode doc = JSON.objectNode();
        ObjectNode source = doc.putObject("source");
        source.put("name", chronicle.source().name());
        source.put("codePoints", chronicle.source().length());
        source.put("style", chronicle.style().name());
        ArrayNode entries = doc.putArray("entries");
        for (Entry e : chronicle.entries()) {
            entries.add(entry(chronicle, e));
        }
        ArrayNode segments = doc.putArray("segments");
        for (Segment s : chronicle.segments()) {
            ObjectNode node = segments.addObject();
            node.put("kind", s.kind().name());
            node.put("start", s.span().start());
            node.put("end", s.span().end());
            if (s.entry() > 0) {
                node.put("entry", s.entry());
            }
        }
        doc.set("diagnostics", diagnostics(chronicle.diagnostics()));
        return doc;
    }

    /** One entry, as in the document and the REST API. */
    public static ObjectNode entry(Chronicle chronicle, Entry e) {
        TextView view = chronicle.view();
        ObjectNode node = JSON.objectNode();
        node.put("index", e.index());
        node.set("span", span(e.span()));
        node.put("headline", view.viewSlice(e.headline()));
        node.set("headlineSpan", span(e.headline()));
        if (e.narrative() == null) {
            node.putNull("narrative");
        } else {
            node.put("narrative", view.viewSlice(e.narrative()));
            node.set("narrativeSpan", span(e.narrative()));
        }
        node.set("year", year(e.year()));
        node.set("date", date(e.date()));
        EntrySources sources = SOURCES.read(chronicle.source(), e);
        node.set("citations", SourcesJson.citations(sources));
        node.set("notes", SourcesJson.notes(chronicle.source(), sources));
        ArrayNode blocks = node.putArray("citationBlocks");
        for (Span block : e.citationBlocks()) {
            ObjectNode c = blocks.addObject();
            c.put("text", view.viewSlice(block));
            c.set("span", span(block));
        }
        List<Diagnostic> own = chronicle.diagnostics().stream().filter(d -> e.span().contains(d.span().start())).toList();
        node.set("diagnostics", diagnostics(own));
        return node;
    }

    private static ObjectNode year(EntryYear y) {
        ObjectNode node = JSON.objectNode();
        if (y.julianYear() == null) {
            node.putNull("julianYear");
        } else {
            node.put("julianYear", y.julianYear());
        }
        node.put("regime", y.regime());
        node.put("era", y.era());
        node.put("eraYear", y.eraYear());
        node.put("how", y.how().name());
        return node;
    }

    private static ObjectNode date(EntryDate d) {
        ObjectNode node = JSON.objectNode();
        if (d.resolved() != null) {
            DateJson.put(node, d.resolved());
            node.remove(List.of("regime", "era", "eraYear", "julianYear"));
        }
        node.put("month", d.month());
        node.put("leap", d.leap());
        if (d.ganzhi() == null) {
            node.putNull("day");
        } else {
            node.put("day", Jdn.ganzhiName(d.ganzhi()));
        }
        node.put("written", d.written() == null ? null : d.written().text());
        if (d.span() != null) {
            node.set("span", span(d.span()));
        }
        node.put("inherited", d.inherited());
        return node;
    }

    /** Diagnostics with code, severity, message, span and line:column. */
    public static ArrayNode diagnostics(List<Diagnostic> diagnostics) {
        ArrayNode out = JSON.arrayNode();
        for (Diagnostic d : diagnostics) {
            ObjectNode node = out.addObject();
            node.put("code", d.code());
            node.put("severity", d.severity().name());
            node.put("message", d.message());
            node.put("start", d.span().start());
            node.put("end", d.span().end());
            node.put("line", d.position().line());
            node.put("column", d.position().column());
        }
        return out;
    }

    private static JsonNode span(Span s) {
        ObjectNode node = JSON.objectNode();
        node.put("start", s.start());
        node.put("end", s.end());
        return node;
    }
}
