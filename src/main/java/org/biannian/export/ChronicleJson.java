package org.biannian.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annals.EntryDate;
import org.biannian.annals.EntryYear;
import org.biannian.annals.Segment;
import org.biannian.calendar.Jdn;
import org.biannian.annotate.Candidate;
import org.biannian.annotate.Mention;
import org.biannian.library.Analysis;
import org.biannian.sources.EntrySources;
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

    private ChronicleJson() {
    }

    /**
     * Writes the whole document to {@code out}, one entry at a time, so that memory stays bounded
     * by the analysis itself however long the text.
     */
    public static void write(Analysis analysis, JsonGenerator out) throws IOException {
        Chronicle chronicle = analysis.chronicle();
        out.writeStartObject();
        out.writeObjectFieldStart("source");
        out.writeStringField("key", analysis.key());
        out.writeStringField("name", chronicle.source().name());
        out.writeStringField("sha256", analysis.sha256());
        out.writeNumberField("codePoints", chronicle.source().length());
        out.writeStringField("style", chronicle.style().name());
        if (chronicle.options().title() != null) {
            out.writeStringField("title", chronicle.options().title()); // --title: what the user calls it
        } else if (chronicle.view().title().isPresent()) {
            // The title the file's header gives (Kanripo #+TITLE, #+PROPERTY: JUAN), not its file name.
            out.writeStringField("title", chronicle.view().title().get().display());
        }
        if (chronicle.view().title().isPresent()) {
            out.writeStringField("work", chronicle.view().title().get().work());
            out.writeStringField("juan", chronicle.view().title().get().juan());
        }
        out.writeEndObject();
        out.writeArrayFieldStart("entries");
        for (Entry e : chronicle.entries()) {
            out.writeTree(entry(analysis, e));
        }
        out.writeEndArray();
        out.writeArrayFieldStart("segments");
        for (Segment s : chronicle.segments()) {
            out.writeStartObject();
            out.writeStringField("kind", s.kind().name());
            out.writeNumberField("start", s.span().start());
            out.writeNumberField("end", s.span().end());
            if (s.entry() > 0) {
                out.writeNumberField("entry", s.entry());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeFieldName("diagnostics");
        out.writeTree(diagnostics(chronicle.diagnostics()));
        out.writeEndObject();
        out.flush();
    }

    /** One entry, as in the document and the REST API. */
    public static ObjectNode entry(Analysis analysis, Entry e) {
        Chronicle chronicle = analysis.chronicle();
        TextView view = chronicle.view();
        ObjectNode node = JSON.objectNode();
        node.put("id", analysis.entryId(e.index()));
        node.put("document", analysis.key());
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
        EntrySources sources = analysis.sourcesOf(e);
        node.set("citations", SourcesJson.citations(sources));
        node.set("notes", SourcesJson.notes(chronicle.source(), sources));
        ArrayNode blocks = node.putArray("citationBlocks");
        for (Span block : e.citationBlocks()) {
            ObjectNode c = blocks.addObject();
            c.put("text", view.viewSlice(block));
            c.set("span", span(block));
        }
        ArrayNode mentions = node.putArray("mentions");
        for (Mention m : analysis.mentionsIn(e)) {
            mentions.add(mention(view, m));
        }
        List<Diagnostic> own = Analysis.within(chronicle.diagnostics(), e.span(), Diagnostic::span);
        node.set("diagnostics", diagnostics(own));
        return node;
    }

    /** A mention as in {@code annotate} (design.md §3): start, end, text, type, canonical, id where linked. */
    public static ObjectNode mention(TextView view, Mention m) {
        ObjectNode node = JSON.objectNode();
        node.put("start", m.start());
        node.put("end", m.end());
        node.put("text", view.viewSlice(m.span()));
        node.put("type", m.type().name());
        node.put("canonical", m.canonical());
        if (m.id() != null) {
            node.put("id", m.id());
        }
        if (!m.candidates().isEmpty()) {
            ArrayNode candidates = node.putArray("candidates");
            for (Candidate c : m.candidates()) {
                candidates.addObject().put("id", c.id()).put("canonical", c.canonical()).put("score", c.score());
            }
        }
        node.put("foundBy", m.foundBy());
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
