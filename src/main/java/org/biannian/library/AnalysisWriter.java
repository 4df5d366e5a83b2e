package org.biannian.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annals.EntryDate;
import org.biannian.annals.EntryYear;
import org.biannian.annals.Note;
import org.biannian.annals.ParseOptions;
import org.biannian.annals.Segment;
import org.biannian.annotate.Candidate;
import org.biannian.annotate.Mention;
import org.biannian.calendar.Alternative;
import org.biannian.calendar.DateDiagnostic;
import org.biannian.calendar.DateExpression;
import org.biannian.calendar.Reading;
import org.biannian.calendar.Regime;
import org.biannian.calendar.Resolution;
import org.biannian.sources.Citation;
import org.biannian.sources.CitationBlock;
import org.biannian.sources.CriticalNote;
import org.biannian.sources.EntrySources;
import org.biannian.sources.VariantReading;
import org.biannian.sources.WorkRef;
import org.biannian.text.Diagnostic;
import org.biannian.text.DocumentTitle;
import org.biannian.text.SourceText;
import org.biannian.text.Span;
import org.biannian.text.TextView;
import org.biannian.text.VariantFolding;

/**
 * Writes the payload of {@link AnalysisCodec}'s format, field by field in the order {@link AnalysisReader}
 * reads them. Each part of an analysis has one write method here and one read method there, side by side
 * in the same order.
 */
final class AnalysisWriter {

    /** How a string that may be the text at a span is stored: as itself, or as that span of the source or the view. */
    static final int LITERAL = 0;
    static final int SOURCE_SLICE = 1;
    static final int VIEW_SLICE = 2;

    /** The prefix of the ids of names found by rule (document-local). */
    static final String LOCAL = "local:";

    /** The fields of a date expression, as bits of the mask saying which are written. */
    static final int TEXT = 1;
    static final int REGIME = 1 << 1;
    static final int ERA = 1 << 2;
    static final int ERA_YEAR = 1 << 3;
    static final int SEASON = 1 << 4;
    static final int MONTH = 1 << 5;
    static final int GANZHI = 1 << 6;
    static final int DAY = 1 << 7;
    static final int PHASE = 1 << 8;
    static final int SCOPE = 1 << 9;
    /** Booleans: the value itself, not whether it differs. */
    static final int LEAP = 1 << 10;
    static final int LEAP_OF_MONTH_IN_FORCE = 1 << 11;

    private final BlobOutput out = new BlobOutput();
    private final TextView view;
    private final SourceText source;
    /** The start of the span written last: each span is written as its distance from it. */
    private int cursor;
    /** Regimes written so far, by all their fields (Regime's own equality looks at the id only). */
    private final Map<List<Object>, Integer> regimes = new HashMap<>();

    private AnalysisWriter(TextView view) {
        this.view = view;
        this.source = view.source();
    }

    static byte[] write(Analysis analysis) {
        Chronicle chronicle = analysis.chronicle();
        AnalysisWriter w = new AnalysisWriter(chronicle.view());
        w.out.writeUnsigned(w.source.length());
        w.view();
        w.options(chronicle.options());
        w.out.writeEnum(chronicle.style());
        w.out.writeUnsigned(chronicle.entries().size());
        int previousIndex = 0;
        for (Entry e : chronicle.entries()) {
            w.entry(e, previousIndex);
            previousIndex = e.index();
        }
        w.out.writeUnsigned(chronicle.segments().size());
        int previousEntry = 0;
        for (Segment s : chronicle.segments()) {
            w.out.writeEnum(s.kind());
            w.span(s.span());
            w.out.writeSigned(s.entry() - previousEntry);
            previousEntry = s.entry();
        }
        w.diagnostics(chronicle.diagnostics());
        w.out.writeUnsigned(analysis.mentions().size());
        for (Mention m : analysis.mentions()) {
            w.mention(m);
        }
        // Analysis requires one EntrySources per entry.
        for (int i = 0; i < analysis.sources().size(); i++) {
            w.sources(analysis.sources().get(i), i + 1);
        }
        List<String> ids = AnalysisCodec.recordIds(analysis.records());
        w.out.writeUnsigned(ids.size());
        ids.forEach(w.out::writeString);
        return w.out.toByteArray();
    }

    /**
     * How the text was read, so that it need not be read again (the Kanripo reader runs at some 0.5 M characters
     * a second, the codec at tens of millions) and is read as ingest read it whatever the readers become: the
     * runs of source code points the view keeps, any code point it shows otherwise, and the title of its header.
     */
    private void view() {
        if (view.isIdentity()) {
            out.writeByte(0);
        } else {
            out.writeByte(1);
            SourceText shown = view.text();
            List<int[]> runs = new java.util.ArrayList<>();
            List<int[]> changed = new java.util.ArrayList<>();
            int runStart = -1;
            int runLength = 0;
            for (int i = 0, at = 0; i < shown.length(); i++) {
                int o = view.toSource(i);
                if (runLength > 0 && o == runStart + runLength) {
                    runLength++;
                } else {
                    if (runLength > 0) {
                        runs.add(new int[] {runStart, runLength});
                    }
                    runStart = o;
                    runLength = 1;
                }
                int c = shown.text().codePointAt(at);
                at += Character.charCount(c);
                if (c != source.codePointAt(o)) {
                    changed.add(new int[] {i, c});
                }
            }
            if (runLength > 0) {
                runs.add(new int[] {runStart, runLength});
            }
            out.writeUnsigned(runs.size());
            int end = 0;
            for (int[] run : runs) {
                out.writeUnsigned(run[0] - end);
                out.writeUnsigned(run[1]);
                end = run[0] + run[1];
            }
            out.writeUnsigned(changed.size());
            int previous = 0;
            for (int[] c : changed) {
                out.writeUnsigned(c[0] - previous);
                out.writeUnsigned(c[1]);
                previous = c[0];
            }
        }
        DocumentTitle title = view.title().orElse(null);
        out.writeString(title == null ? null : title.work());
        out.writeString(title == null ? null : title.juan());
    }

    private void options(ParseOptions o) {
        out.writeString(o.start());
        out.writeString(o.regime());
        out.writeEnum(o.style());
        out.writeEnum(o.format());
        out.writeString(o.title());
        VariantFolding builtIn = VariantFolding.builtIn();
        if (o.variants().equals(builtIn)) {
            out.writeUnsigned(0);
            return;
        }
        // A user's list: only how its keys differ from the built-in table's.
        out.writeUnsigned(1);
        Map<Integer, Integer> mine = o.variants().keys();
        List<Integer> dropped = builtIn.keys().keySet().stream().filter(c -> !mine.containsKey(c)).sorted().toList();
        Map<Integer, Integer> changed = new TreeMap<>();
        mine.forEach((c, k) -> {
            if (!k.equals(builtIn.keys().get(c))) {
                changed.put(c, k);
            }
        });
        out.writeUnsigned(dropped.size());
        int previous = 0;
        for (int c : dropped) {
            out.writeUnsigned(c - previous);
            previous = c;
        }
        out.writeUnsigned(changed.size());
        previous = 0;
        for (Map.Entry<Integer, Integer> e : changed.entrySet()) {
            out.writeUnsigned(e.getKey() - previous);
            out.writeSigned(e.getValue() - e.getKey());
            previous = e.getKey();
        }
    }

    private void entry(Entry e, int previousIndex) {
        out.writeSigned(e.index() - previousIndex - 1);
        span(e.span());
        span(e.headline());
        nullableSpan(e.narrative());
        out.writeUnsigned(e.citationBlocks().size());
        e.citationBlocks().forEach(this::span);
        out.writeUnsigned(e.notes().size());
        for (Note n : e.notes()) {
            out.writeEnum(n.kind());
            span(n.span());
        }
        EntryYear y = e.year();
        out.writeString(y.regime());
        out.writeString(y.era());
        out.writeSigned(y.eraYear());
        out.writeNullable(y.julianYear());
        out.writeEnum(y.how());
        date(e.date(), y.julianYear());
    }

    /** @param yearInForce the entry's Julian year, which its resolved lunar year mostly is */
    private void date(EntryDate d, Integer yearInForce) {
        out.writeByte((d.written() != null ? 1 : 0) | (d.span() != null ? 2 : 0) | (d.leap() ? 4 : 0)
                | (d.inherited() ? 8 : 0) | (d.resolved() != null ? 16 : 0));
        if (d.span() != null) {
            span(d.span());
        }
        out.writeUnsigned(d.month());
        out.writeNullable(d.ganzhi());
        if (d.written() != null) {
            expression(d.written(), d.span(), null);
        }
        if (d.resolved() != null) {
            resolution(d.resolved(), d.written(), d.span(), yearInForce);
        }
    }

    /**
     * A date expression as the fields in which it differs from {@code base} (all of them when base is null): a
     * resolution's expression is the written one with the regime and era in force filled in, so it costs a few bits.
     *
     * @param at where the expression stands in the source, or null: its text is then read back from there
     */
    private void expression(DateExpression x, Span at, DateExpression base) {
        int mask = (differs(x.text(), base == null ? null : base.text()) ? TEXT : 0)
                | (differs(x.regime(), base == null ? null : base.regime()) ? REGIME : 0)
                | (differs(x.era(), base == null ? null : base.era()) ? ERA : 0)
                | (differs(x.eraYear(), base == null ? null : base.eraYear()) ? ERA_YEAR : 0)
                | (differs(x.season(), base == null ? null : base.season()) ? SEASON : 0)
                | (differs(x.month(), base == null ? null : base.month()) ? MONTH : 0)
                | (differs(x.ganzhi(), base == null ? null : base.ganzhi()) ? GANZHI : 0)
                | (differs(x.dayOfMonth(), base == null ? null : base.dayOfMonth()) ? DAY : 0)
                | (differs(x.lunarPhase(), base == null ? null : base.lunarPhase()) ? PHASE : 0)
                | (differs(x.scope(), base == null ? null : base.scope()) ? SCOPE : 0)
                | (x.leap() ? LEAP : 0)
                | (x.leapOfMonthInForce() ? LEAP_OF_MONTH_IN_FORCE : 0);
        out.writeUnsigned(mask);
        if ((mask & TEXT) != 0) {
            int mode = textMode(x.text(), at);
            out.writeByte(mode);
            if (mode == LITERAL) {
                out.writeString(x.text());
            }
        }
        if ((mask & REGIME) != 0) {
            out.writeString(x.regime());
        }
        if ((mask & ERA) != 0) {
            out.writeString(x.era());
        }
        if ((mask & ERA_YEAR) != 0) {
            out.writeNullable(x.eraYear());
        }
        if ((mask & SEASON) != 0) {
            out.writeEnum(x.season());
        }
        if ((mask & MONTH) != 0) {
            out.writeNullable(x.month());
        }
        if ((mask & GANZHI) != 0) {
            out.writeNullable(x.ganzhi());
        }
        if ((mask & DAY) != 0) {
            out.writeNullable(x.dayOfMonth());
        }
        if ((mask & PHASE) != 0) {
            out.writeEnum(x.lunarPhase());
        }
        if ((mask & SCOPE) != 0) {
            out.writeEnum(x.scope());
        }
    }

    private static boolean differs(Object a, Object b) {
        return !java.util.Objects.equals(a, b);
    }

    private void resolution(Resolution r, DateExpression written, Span at, Integer yearInForce) {
        // The era, year and month resolved are mostly the expression's (with the ones in force filled in), and
        // the lunar year the entry's: a bit says so instead of writing them again.
        DateExpression x = r.expression();
        boolean sameEra = java.util.Objects.equals(r.era(), x.era());
        boolean sameEraYear = java.util.Objects.equals(r.eraYear(), x.eraYear());
        boolean sameMonth = java.util.Objects.equals(r.month(), x.month());
        boolean sameYear = java.util.Objects.equals(r.lunarYear(), yearInForce);
        out.writeByte((r.leap() ? 1 : 0) | (sameEra ? 2 : 0) | (sameEraYear ? 4 : 0) | (sameMonth ? 8 : 0) | (sameYear ? 16 : 0));
        expression(x, at, written);
        regime(r.regime());
        if (!sameEra) {
            out.writeString(r.era());
        }
        if (!sameEraYear) {
            out.writeNullable(r.eraYear());
        }
        if (!sameYear) {
            out.writeNullable(r.lunarYear());
        }
        if (!sameMonth) {
            out.writeNullable(r.month());
        }
        out.writeEnum(r.precision());
        // The days are near one another: the last and the day as distances from the first.
        out.writeNullable(r.firstJdn());
        int base = r.firstJdn() == null ? 0 : r.firstJdn();
        out.writeNullable(r.lastJdn() == null ? null : r.lastJdn() - base);
        out.writeNullable(r.jdn() == null ? null : r.jdn() - base);
        out.writeUnsigned(r.diagnostics().size());
        for (DateDiagnostic d : r.diagnostics()) {
            out.writeEnum(d.code());
            out.writeEnum(d.severity());
            out.writeString(d.message());
            out.writeUnsigned(d.readings().size());
            for (Reading g : d.readings()) {
                regime(g.regime());
                out.writeString(g.era());
                out.writeNullable(g.eraYear());
                out.writeSigned(g.lunarYear());
                out.writeNullable(g.month());
                out.writeByte(g.leap() ? 1 : 0);
                out.writeNullable(g.jdn());
                out.writeString(g.note());
            }
        }
        out.writeUnsigned(r.alternatives().size());
        for (Alternative a : r.alternatives()) {
            out.writeString(a.source());
            out.writeSigned(a.firstJdn());
            out.writeSigned(a.lastJdn() - a.firstJdn());
            out.writeNullable(a.jdn() == null ? null : a.jdn() - a.firstJdn());
        }
    }

    /** 0 for null, 2 + slot for a regime written before, else 1 and all its fields. */
    private void regime(Regime r) {
        if (r == null) {
            out.writeUnsigned(0);
            return;
        }
        List<Object> fields = List.of(r.id(), r.name(), r.names(), r.calendar(), r.mainLine(), r.fromLunarYear(),
                r.toLunarYear());
        Integer slot = regimes.get(fields);
        if (slot != null) {
            out.writeUnsigned(2L + slot);
            return;
        }
        regimes.put(fields, regimes.size());
        out.writeUnsigned(1);
        out.writeString(r.id());
        out.writeString(r.name());
        out.writeUnsigned(r.names().size());
        r.names().forEach(out::writeString);
        out.writeString(r.calendar());
        out.writeByte(r.mainLine() ? 1 : 0);
        out.writeSigned(r.fromLunarYear());
        out.writeSigned(r.toLunarYear());
    }

    private void diagnostics(List<Diagnostic> diagnostics) {
        out.writeUnsigned(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.writeString(d.code());
            out.writeEnum(d.severity());
            out.writeString(d.message());
            span(d.span());
            // The position is nearly always the span's start in the source: then it is read back from there.
            boolean derived = d.span().start() <= source.length() && d.position().equals(source.position(d.span().start()));
            if (derived) {
                out.writeUnsigned(0);
            } else {
                out.writeUnsigned(d.position().line());
                out.writeUnsigned(d.position().column());
            }
        }
    }

    private void mention(Mention m) {
        int mode = textMode(m.text(), m.span());
        boolean canonicalIsText = m.canonical().equals(m.text());
        // A name found by rule has a document-local id made of its kind and canonical name: only the kind is kept.
        String localKind = localKind(m);
        out.writeByte(mode | (canonicalIsText ? 4 : 0) | (m.candidates().isEmpty() ? 0 : 8) | (localKind != null ? 16 : 0));
        span(m.span());
        if (mode == LITERAL) {
            out.writeString(m.text());
        }
        out.writeEnum(m.type());
        if (!canonicalIsText) {
            out.writeString(m.canonical());
        }
        out.writeString(localKind != null ? localKind : m.id());
        out.writeString(m.foundBy());
        if (!m.candidates().isEmpty()) {
            out.writeUnsigned(m.candidates().size());
            for (Candidate c : m.candidates()) {
                out.writeString(c.id());
                out.writeString(c.canonical());
                out.writeDouble(c.score());
            }
        }
    }

    /** The {@code KIND} of an id {@code local:KIND:CANONICAL}, or null when the id is not of that shape. */
    private static String localKind(Mention m) {
        String id = m.id();
        if (id == null || !id.startsWith(LOCAL) || !id.endsWith(m.canonical())) {
            return null;
        }
        int colon = id.length() - m.canonical().length() - 1;
        if (colon <= LOCAL.length() || id.charAt(colon) != ':') {
            return null;
        }
        return id.substring(LOCAL.length(), colon);
    }

    private void sources(EntrySources s, int expectedEntry) {
        out.writeSigned(s.entry() - expectedEntry);
        out.writeNullable(s.julianYear());
        out.writeUnsigned(s.blocks().size());
        for (CitationBlock b : s.blocks()) {
            span(b.span());
            out.writeUnsigned(b.citations().size());
            b.citations().forEach(this::citation);
            notes(b.notes());
            diagnostics(b.diagnostics());
        }
        notes(s.inlineNotes());
    }

    private void citation(Citation c) {
        span(c.span());
        int mode = textMode(c.asCited(), c.span());
        out.writeByte(mode | (c.smallNote() ? 4 : 0) | (c.known() ? 8 : 0));
        if (mode == LITERAL) {
            out.writeString(c.asCited());
        }
        out.writeString(c.work());
        out.writeString(c.section());
        out.writeNullable(c.juan());
        out.writeString(c.author());
    }

    private void notes(List<CriticalNote> notes) {
        out.writeUnsigned(notes.size());
        for (CriticalNote n : notes) {
            span(n.span());
            workRefs(n.works());
            out.writeEnum(n.kind());
            out.writeString(n.verdict());
            out.writeUnsigned(n.variants().size());
            for (VariantReading v : n.variants()) {
                span(v.span());
                int mode = textMode(v.reading(), v.span());
                out.writeByte(mode | (v.work() != null ? 4 : 0));
                if (mode == LITERAL) {
                    out.writeString(v.reading());
                }
                out.writeString(v.original());
                if (v.work() != null) {
                    workRef(v.work());
                }
                out.writeEnum(v.kind());
            }
            workRefs(n.silentWorks());
            diagnostics(n.diagnostics());
        }
    }

    private void workRefs(List<WorkRef> refs) {
        out.writeUnsigned(refs.size());
        refs.forEach(this::workRef);
    }

    private void workRef(WorkRef r) {
        span(r.span());
        int mode = textMode(r.asCited(), r.span());
        out.writeByte(mode | (r.known() ? 4 : 0));
        if (mode == LITERAL) {
            out.writeString(r.asCited());
        }
        out.writeString(r.work());
        out.writeString(r.section());
        out.writeNullable(r.juan());
    }

    private void span(Span s) {
        out.writeSigned(s.start() - cursor);
        out.writeUnsigned(s.length());
        cursor = s.start();
    }

    private void nullableSpan(Span s) {
        out.writeByte(s == null ? 0 : 1);
        if (s != null) {
            span(s);
        }
    }

    /** Whether {@code text} is what the source, or the view, holds at {@code at}: then it need not be stored. */
    private int textMode(String text, Span at) {
        if (at == null || at.end() > source.length()) {
            return LITERAL;
        }
        if (source.slice(at).equals(text)) {
            return SOURCE_SLICE;
        }
        return view.viewSlice(at).equals(text) ? VIEW_SLICE : LITERAL;
    }
}
