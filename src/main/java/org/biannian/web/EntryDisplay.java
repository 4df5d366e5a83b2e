package org.biannian.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.biannian.annals.Entry;
import org.biannian.annals.EntryYear;
import org.biannian.annotate.Mention;
import org.biannian.calendar.ChineseLabels;
import org.biannian.calendar.Jdn;
import org.biannian.export.ChronicleJson;
import org.biannian.library.Analysis;
import org.biannian.sources.Citation;
import org.biannian.sources.CriticalNote;
import org.biannian.sources.EntrySources;
import org.biannian.text.Diagnostic;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/**
 * How the reader lays an entry out, added to the entry JSON as {@code display}: its Chinese date
 * label (淳化五年正月癸酉), and the headline, narrative and citation blocks cut into runs of text
 * that each carry the marks covering them (mention, citation, note, diagnostic, by index into the
 * entry's own arrays; {@code s} indexes {@code sourceDiagnostics}, the apparatus's findings). The page
 * puts each run in with {@code textContent}; it never parses markup.
 */
final class EntryDisplay {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EntryDisplay() {
    }

    static ObjectNode of(Analysis analysis, Entry e) {
        TextView view = analysis.chronicle().view();
        List<Mention> mentions = analysis.mentionsIn(e);
        EntrySources sources = analysis.sourcesOf(e);
        List<Citation> citations = sources.citations();
        List<CriticalNote> notes = sources.notes();
        List<Diagnostic> diagnostics = Analysis.within(analysis.chronicle().diagnostics(), e.span(), Diagnostic::span);
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            marks.add(new Mark("m", i, mentions.get(i).span()));
        }
        for (int i = 0; i < citations.size(); i++) {
            marks.add(new Mark("c", i, citations.get(i).span()));
        }
        for (int i = 0; i < notes.size(); i++) {
            marks.add(new Mark("n", i, notes.get(i).span()));
        }
        addDiagnostics(marks, "d", diagnostics, e);
        // The apparatus's own findings (a misprinted title, a section completed) stand in the citation blocks.
        List<Diagnostic> apparatus = new ArrayList<>();
        sources.blocks().forEach(b -> apparatus.addAll(b.allDiagnostics()));
        sources.inlineNotes().forEach(n -> apparatus.addAll(n.diagnostics()));
        addDiagnostics(marks, "s", apparatus, e);
        ObjectNode node = JSON.objectNode();
        node.put("label", label(e));
        node.set("sourceDiagnostics", ChronicleJson.diagnostics(apparatus));
        node.set("headline", runs(view, e.headline(), marks));
        node.set("narrative", e.narrative() == null ? JSON.nullNode() : runs(view, e.narrative(), marks));
        ArrayNode blocks = node.putArray("blocks");
        for (Span block : e.citationBlocks()) {
            blocks.add(runs(view, block, marks));
        }
        return node;
    }

    private static void addDiagnostics(List<Mark> marks, String kind, List<Diagnostic> diagnostics, Entry e) {
        for (int i = 0; i < diagnostics.size(); i++) {
            Span s = diagnostics.get(i).span();
            // An empty span (a missing part) still marks the character it stands before.
            marks.add(new Mark(kind, i, s.isEmpty() ? new Span(s.start(), Math.min(s.start() + 1, e.span().end())) : s));
        }
    }

    /** The date in Chinese as the histories write it: 淳化五年正月癸酉, or 至道元年是歲 for a year alone. */
    static String label(Entry e) {
        EntryYear y = e.year();
        StringBuilder s = new StringBuilder();
        if (y.era() != null && y.eraYear() > 0) {
            s.append(y.era()).append(ChineseLabels.year(y.eraYear()));
        }
        if (e.date().month() > 0) {
            s.append(ChineseLabels.month(e.date().month(), e.date().leap()));
        } else if (s.length() > 0) {
            s.append("是歲");
        }
        if (e.date().ganzhi() != null) {
            s.append(Jdn.ganzhiName(e.date().ganzhi()));
        }
        return s.toString();
    }

    private static ArrayNode runs(TextView view, Span part, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(part.start());
        cuts.add(part.end());
        List<Mark> inside = new ArrayList<>();
        for (Mark m : marks) {
            if (m.span.overlaps(part)) {
                inside.add(m);
                cuts.add(Math.max(part.start(), m.span.start()));
                cuts.add(Math.min(part.end(), m.span.end()));
            }
        }
        ArrayNode out = JSON.arrayNode();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                Span piece = new Span(from, to);
                String text = view.viewSlice(piece);
                if (!text.isEmpty()) {
                    ObjectNode run = out.addObject().put("t", text);
                    for (Mark m : inside) {
                        if (m.span.contains(piece)) {
                            // A run lies in at most one mention, citation or note; diagnostics may overlap.
                            if (m.kind.equals("d") || m.kind.equals("s")) {
                                (run.has(m.kind) ? (ArrayNode) run.get(m.kind) : run.putArray(m.kind)).add(m.index);
                            } else {
                                run.put(m.kind, m.index);
                            }
                        }
                    }
                }
            }
            from = to;
        }
        return out;
    }

    private record Mark(String kind, int index, Span span) {
    }
}
