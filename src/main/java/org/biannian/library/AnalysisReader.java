package org.biannian.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annals.EntryDate;
import org.biannian.annals.EntryYear;
import org.biannian.annals.Note;
import org.biannian.annals.ParseOptions;
import org.biannian.annals.Segment;
import org.biannian.annotate.Candidate;
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.authority.AuthorityRecord;
import org.biannian.calendar.Alternative;
import org.biannian.calendar.DateDiagnostic;
import org.biannian.calendar.DateExpression;
import org.biannian.calendar.Precision;
import org.biannian.calendar.Reading;
import org.biannian.calendar.Regime;
import org.biannian.calendar.Resolution;
import org.biannian.calendar.Season;
import org.biannian.sources.Citation;
import org.biannian.sources.CitationBlock;
import org.biannian.sources.CriticalNote;
import org.biannian.sources.DiscrepancyKind;
import org.biannian.sources.EntrySources;
import org.biannian.sources.VariantReading;
import org.biannian.sources.WorkRef;
import org.biannian.text.Diagnostic;
import org.biannian.text.DocumentTitle;
import org.biannian.text.SourceText;
import org.biannian.text.Span;
import org.biannian.text.TextFormat;
import org.biannian.text.TextPosition;
import org.biannian.text.TextView;
import org.biannian.text.VariantFolding;

/** Reads what {@link AnalysisWriter} writes, in the same order, method for method. */
final class AnalysisReader {

    private final BlobInput in;
    private final SourceText source;
    /** How the text was read: the first thing read after its length. */
    private TextView view;
    private int cursor;
    private final List<Regime> regimes = new ArrayList<>();

    private AnalysisReader(BlobInput in, SourceText source) {
        this.in = in;
        this.source = source;
    }

    static Analysis read(BlobInput in, String key, String sha256, SourceText source, Function<String, AuthorityRecord> records) {
        AnalysisReader r = new AnalysisReader(in, source);
        int length = in.readInt();
        if (length != r.source.length()) {
            throw new LibraryException("the stored analysis of 「" + key + "」 is of a text of " + length
                    + " characters, not of this one of " + r.source.length(), null);
        }
        r.view = r.readView();
        ParseOptions options = r.options();
        Chronicle.Style style = in.readRequiredEnum(Chronicle.Style.class);
        int entryCount = in.readCount(8);
        List<Entry> entries = new ArrayList<>(entryCount);
        int previousIndex = 0;
        for (int i = 0; i < entryCount; i++) {
            Entry e = r.entry(previousIndex);
            entries.add(e);
            previousIndex = e.index();
        }
        int segmentCount = in.readCount(4);
        List<Segment> segments = new ArrayList<>(segmentCount);
        int previousEntry = 0;
        for (int i = 0; i < segmentCount; i++) {
            Segment.Kind kind = in.readRequiredEnum(Segment.Kind.class);
            Span span = r.span();
            previousEntry += in.readSigned();
            segments.add(new Segment(kind, span, previousEntry));
        }
        List<Diagnostic> diagnostics = r.diagnostics();
        int mentionCount = in.readCount(6);
        List<Mention> mentions = new ArrayList<>(mentionCount);
        for (int i = 0; i < mentionCount; i++) {
            mentions.add(r.mention());
        }
        List<EntrySources> sources = new ArrayList<>(entryCount);
        for (int i = 0; i < entryCount; i++) {
            sources.add(r.sources(i + 1));
        }
        int recordCount = in.readCount(1);
        Map<String, AuthorityRecord> linked = new HashMap<>();
        for (int i = 0; i < recordCount; i++) {
            String id = in.readRequiredString("a record id");
            AuthorityRecord record = records.apply(id);
            if (record == null) {
                throw new LibraryException("the stored analysis of 「" + key + "」 links to authority record " + id
                        + ", which the authority no longer holds: ingest the document again (ingest --force)", null);
            }
            linked.put(id, record);
        }
        if (!in.atEnd()) {
            throw in.damaged(in.remaining() + " bytes follow the analysis");
        }
        return new Analysis(key, sha256, new Chronicle(r.view, options, style, entries, segments, diagnostics), mentions,
                sources, linked);
    }

    private TextView readView() {
        int kind = in.readByte();
        TextView read;
        if (kind == 0) {
            read = TextView.of(source);
        } else if (kind == 1) {
            int runCount = in.readCount(2);
            int[][] runs = new int[runCount][];
            long shown = 0;
            long end = 0;
            for (int i = 0; i < runCount; i++) {
                long start = end + in.readInt();
                int length = in.readInt();
                end = start + length;
                shown += length;
                if (start < 0 || length < 0 || end > source.length()) {
                    throw in.damaged("the view's run [" + start + ", " + end + ") lies outside the text of " + source.length()
                            + " characters");
                }
                runs[i] = new int[] {(int) start, length};
            }
            int[] offsets = new int[(int) shown];
            StringBuilder text = new StringBuilder((int) shown);
            int at = 0;
            for (int[] run : runs) {
                for (int k = 0; k < run[1]; k++) {
                    offsets[at++] = run[0] + k;
                }
                text.append(source.slice(run[0], run[0] + run[1]));
            }
            int changedCount = in.readCount(2);
            if (changedCount > 0) {
                int[] codePoints = text.codePoints().toArray();
                long index = 0;
                for (int i = 0; i < changedCount; i++) {
                    index += in.readInt();
                    int c = in.readInt();
                    // A damaged delta may step back or past the text (fuzzing found index -2147483644).
                    if (index < 0 || index >= codePoints.length || !Character.isValidCodePoint(c)) {
                        throw in.damaged("a character the view shows otherwise is out of range");
                    }
                    codePoints[(int) index] = c;
                }
                text = new StringBuilder(new String(codePoints, 0, codePoints.length));
            }
            read = TextView.mapped(source, text.toString(), offsets);
        } else {
            throw in.damaged("unknown kind of view " + kind);
        }
        String work = in.readString();
        String juan = in.readString();
        return work == null ? read : read.withTitle(new DocumentTitle(work, juan));
    }

    private ParseOptions options() {
        String start = in.readString();
        String regime = in.readString();
        Chronicle.Style style = in.readEnum(Chronicle.Style.class);
        TextFormat format = in.readEnum(TextFormat.class);
        String title = in.readString();
        VariantFolding variants = VariantFolding.builtIn();
        int kind = in.readByte();
        if (kind == 1) {
            Map<Integer, Integer> keys = new HashMap<>(variants.keys());
            int dropped = in.readCount(1);
            int c = 0;
            for (int i = 0; i < dropped; i++) {
                c = codePoint(c, in.readInt());
                keys.remove(c);
            }
            int changed = in.readCount(2);
            c = 0;
            for (int i = 0; i < changed; i++) {
                c = codePoint(c, in.readInt());
                keys.put(c, codePoint(c, in.readSigned()));
            }
            variants = VariantFolding.of(keys);
        } else if (kind != 0) {
            throw in.damaged("unknown kind of variant folding " + kind);
        }
        return new ParseOptions(start, regime, style, format, variants, title);
    }

    private int codePoint(int base, int delta) {
        long c = (long) base + delta;
        if (c < 0 || c > Character.MAX_CODE_POINT) {
            throw in.damaged("a variant is no character: " + c);
        }
        return (int) c;
    }

    private Entry entry(int previousIndex) {
        int index = previousIndex + 1 + in.readSigned();
        Span span = span();
        Span headline = span();
        Span narrative = nullableSpan();
        int blockCount = in.readCount(2);
        List<Span> blocks = new ArrayList<>(blockCount);
        for (int i = 0; i < blockCount; i++) {
            blocks.add(span());
        }
        int noteCount = in.readCount(3);
        List<Note> notes = new ArrayList<>(noteCount);
        for (int i = 0; i < noteCount; i++) {
            Note.Kind kind = in.readRequiredEnum(Note.Kind.class);
            notes.add(new Note(kind, span()));
        }
        String regime = in.readString();
        String era = in.readString();
        int eraYear = in.readSigned();
        Integer julianYear = in.readNullable();
        EntryYear year = new EntryYear(regime, era, eraYear, julianYear, in.readEnum(EntryYear.Source.class));
        return new Entry(index, span, headline, narrative, blocks, notes, year, date(julianYear));
    }

    private EntryDate date(Integer yearInForce) {
        int flags = in.readByte();
        if (flags >= 32) {
            throw in.damaged("unknown date flags " + flags);
        }
        Span span = (flags & 2) != 0 ? span() : null;
        int month = in.readInt();
        Integer ganzhi = in.readNullable();
        DateExpression written = (flags & 1) != 0 ? expression(span, null) : null;
        Resolution resolved = (flags & 16) != 0 ? resolution(written, span, yearInForce) : null;
        return new EntryDate(written, span, month, (flags & 4) != 0, ganzhi, (flags & 8) != 0, resolved);
    }

    private DateExpression expression(Span at, DateExpression base) {
        int mask = in.readInt();
        if (mask >= 1 << 12) {
            throw in.damaged("unknown date expression fields " + Integer.toBinaryString(mask));
        }
        String text = base == null ? null : base.text();
        if ((mask & AnalysisWriter.TEXT) != 0) {
            text = text(in.readByte(), at);
        }
        String regime = (mask & AnalysisWriter.REGIME) != 0 ? in.readString() : base == null ? null : base.regime();
        String era = (mask & AnalysisWriter.ERA) != 0 ? in.readString() : base == null ? null : base.era();
        Integer eraYear = (mask & AnalysisWriter.ERA_YEAR) != 0 ? in.readNullable() : base == null ? null : base.eraYear();
        Season season = (mask & AnalysisWriter.SEASON) != 0 ? in.readEnum(Season.class) : base == null ? null : base.season();
        Integer month = (mask & AnalysisWriter.MONTH) != 0 ? in.readNullable() : base == null ? null : base.month();
        Integer ganzhi = (mask & AnalysisWriter.GANZHI) != 0 ? in.readNullable() : base == null ? null : base.ganzhi();
        Integer day = (mask & AnalysisWriter.DAY) != 0 ? in.readNullable() : base == null ? null : base.dayOfMonth();
        DateExpression.LunarPhase phase = (mask & AnalysisWriter.PHASE) != 0 ? in.readEnum(DateExpression.LunarPhase.class)
                : base == null ? null : base.lunarPhase();
        DateExpression.Scope scope = (mask & AnalysisWriter.SCOPE) != 0 ? in.readEnum(DateExpression.Scope.class)
                : base == null ? null : base.scope();
        if (text == null) {
            throw in.damaged("a date expression has no text");
        }
        return new DateExpression(text, regime, era, eraYear, season, month, (mask & AnalysisWriter.LEAP) != 0,
                (mask & AnalysisWriter.LEAP_OF_MONTH_IN_FORCE) != 0, ganzhi, day, phase, scope);
    }

    private Resolution resolution(DateExpression written, Span at, Integer yearInForce) {
        int flags = in.readByte();
        if (flags >= 32) {
            throw in.damaged("unknown resolution flags " + flags);
        }
        boolean leap = (flags & 1) != 0;
        DateExpression expression = expression(at, written);
        Regime regime = regime();
        String era = (flags & 2) != 0 ? expression.era() : in.readString();
        Integer eraYear = (flags & 4) != 0 ? expression.eraYear() : in.readNullable();
        Integer lunarYear = (flags & 16) != 0 ? yearInForce : in.readNullable();
        Integer month = (flags & 8) != 0 ? expression.month() : in.readNullable();
        Precision precision = in.readRequiredEnum(Precision.class);
        Integer first = in.readNullable();
        int base = first == null ? 0 : first;
        Integer last = plus(base, in.readNullable());
        Integer jdn = plus(base, in.readNullable());
        int diagnosticCount = in.readCount(4);
        List<DateDiagnostic> diagnostics = new ArrayList<>(diagnosticCount);
        for (int i = 0; i < diagnosticCount; i++) {
            DateDiagnostic.Code code = in.readRequiredEnum(DateDiagnostic.Code.class);
            DateDiagnostic.Severity severity = in.readRequiredEnum(DateDiagnostic.Severity.class);
            String message = in.readRequiredString("a date diagnostic's message");
            int readingCount = in.readCount(8);
            List<Reading> readings = new ArrayList<>(readingCount);
            for (int k = 0; k < readingCount; k++) {
                Regime readingRegime = regime();
                String readingEra = in.readString();
                Integer readingEraYear = in.readNullable();
                int lunar = in.readSigned();
                Integer readingMonth = in.readNullable();
                boolean readingLeap = bool();
                readings.add(new Reading(readingRegime, readingEra, readingEraYear, lunar, readingMonth, readingLeap,
                        in.readNullable(), in.readString()));
            }
            diagnostics.add(new DateDiagnostic(code, severity, message, readings));
        }
        int alternativeCount = in.readCount(4);
        List<Alternative> alternatives = new ArrayList<>(alternativeCount);
        for (int i = 0; i < alternativeCount; i++) {
            String table = in.readString();
            int firstJdn = in.readSigned();
            int lastJdn = firstJdn + in.readSigned();
            alternatives.add(new Alternative(table, firstJdn, lastJdn, plus(firstJdn, in.readNullable())));
        }
        return new Resolution(expression, regime, era, eraYear, lunarYear, month, leap, precision, jdn, first,
                last, diagnostics, alternatives);
    }

    private static Integer plus(int base, Integer delta) {
        return delta == null ? null : base + delta;
    }

    private Regime regime() {
        long tag = in.readUnsigned();
        if (tag == 0) {
            return null;
        }
        if (tag >= 2) {
            if (tag - 2 >= regimes.size()) {
                throw in.damaged("regime " + (tag - 2) + " is not among the " + regimes.size() + " read");
            }
            return regimes.get((int) (tag - 2));
        }
        String id = in.readRequiredString("a regime's id");
        String name = in.readRequiredString("a regime's name");
        int nameCount = in.readCount(1);
        List<String> names = new ArrayList<>(nameCount);
        for (int i = 0; i < nameCount; i++) {
            names.add(in.readRequiredString("a regime's name"));
        }
        String calendar = in.readRequiredString("a regime's calendar");
        boolean mainLine = bool();
        int from = in.readSigned();
        Regime regime = new Regime(id, name, names, calendar, mainLine, from, in.readSigned());
        regimes.add(regime);
        return regime;
    }

    private List<Diagnostic> diagnostics() {
        int count = in.readCount(5);
        List<Diagnostic> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = in.readRequiredString("a diagnostic's code");
            Diagnostic.Severity severity = in.readRequiredEnum(Diagnostic.Severity.class);
            String message = in.readRequiredString("a diagnostic's message");
            Span span = span();
            int line = in.readInt();
            TextPosition position = line == 0 ? source.position(span.start()) : new TextPosition(line, in.readInt());
            out.add(new Diagnostic(code, severity, message, span, position));
        }
        return out;
    }

    private Mention mention() {
        int flags = in.readByte();
        if (flags >= 32) {
            throw in.damaged("unknown mention flags " + flags);
        }
        Span span = span();
        String text = text(flags & 3, span);
        MentionType type = in.readRequiredEnum(MentionType.class);
        String canonical = (flags & 4) != 0 ? text : in.readRequiredString("a mention's canonical name");
        String id = in.readString();
        if ((flags & 16) != 0) {
            if (id == null) {
                throw in.damaged("a local id has no kind");
            }
            id = AnalysisWriter.LOCAL + id + ":" + canonical;
        }
        String foundBy = in.readRequiredString("what found a mention");
        List<Candidate> candidates = List.of();
        if ((flags & 8) != 0) {
            int count = in.readCount(10);
            candidates = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String candidateId = in.readRequiredString("a candidate's id");
                String candidateName = in.readRequiredString("a candidate's name");
                candidates.add(new Candidate(candidateId, candidateName, in.readDouble()));
            }
        }
        return new Mention(span, text, type, canonical, id, candidates, foundBy);
    }

    private EntrySources sources(int expectedEntry) {
        int entry = expectedEntry + in.readSigned();
        Integer julianYear = in.readNullable();
        int blockCount = in.readCount(5);
        List<CitationBlock> blocks = new ArrayList<>(blockCount);
        for (int i = 0; i < blockCount; i++) {
            Span span = span();
            int citationCount = in.readCount(7);
            List<Citation> citations = new ArrayList<>(citationCount);
            for (int k = 0; k < citationCount; k++) {
                citations.add(citation());
            }
            List<CriticalNote> notes = notes();
            blocks.add(new CitationBlock(span, citations, notes, diagnostics()));
        }
        return new EntrySources(entry, julianYear, blocks, notes());
    }

    private Citation citation() {
        Span span = span();
        int flags = in.readByte();
        if (flags >= 16) {
            throw in.damaged("unknown citation flags " + flags);
        }
        String asCited = text(flags & 3, span);
        String work = in.readRequiredString("a cited work");
        String section = in.readString();
        Integer juan = in.readNullable();
        return new Citation(span, work, section, juan, (flags & 4) != 0, asCited, in.readString(), (flags & 8) != 0);
    }

    private List<CriticalNote> notes() {
        int count = in.readCount(7);
        List<CriticalNote> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Span span = span();
            List<WorkRef> works = workRefs();
            DiscrepancyKind kind = in.readRequiredEnum(DiscrepancyKind.class);
            String verdict = in.readString();
            int variantCount = in.readCount(5);
            List<VariantReading> variants = new ArrayList<>(variantCount);
            for (int k = 0; k < variantCount; k++) {
                Span at = span();
                int flags = in.readByte();
                if (flags >= 8) {
                    throw in.damaged("unknown variant flags " + flags);
                }
                String reading = text(flags & 3, at);
                String original = in.readString();
                WorkRef work = (flags & 4) != 0 ? workRef() : null;
                variants.add(new VariantReading(at, reading, original, work, in.readRequiredEnum(DiscrepancyKind.class)));
            }
            List<WorkRef> silent = workRefs();
            out.add(new CriticalNote(span, works, kind, verdict, variants, silent, diagnostics()));
        }
        return out;
    }

    private List<WorkRef> workRefs() {
        int count = in.readCount(5);
        List<WorkRef> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(workRef());
        }
        return out;
    }

    private WorkRef workRef() {
        Span span = span();
        int flags = in.readByte();
        if (flags >= 8) {
            throw in.damaged("unknown work flags " + flags);
        }
        String asCited = text(flags & 3, span);
        String work = in.readRequiredString("a cited work");
        String section = in.readString();
        return new WorkRef(span, work, section, in.readNullable(), asCited, (flags & 4) != 0);
    }

    /** A span of the source: damaged data is refused here, before any slice of the text is taken. */
    private Span span() {
        long start = (long) cursor + in.readSigned();
        long end = start + in.readInt();
        if (start < 0 || end > source.length()) {
            throw in.damaged("span [" + start + ", " + end + ") lies outside the text of " + source.length() + " characters");
        }
        cursor = (int) start;
        return new Span((int) start, (int) end);
    }

    private Span nullableSpan() {
        return bool() ? span() : null;
    }

    private boolean bool() {
        int b = in.readByte();
        if (b > 1) {
            throw in.damaged("expected 0 or 1, found " + b);
        }
        return b == 1;
    }

    private String text(int mode, Span at) {
        return switch (mode) {
            case AnalysisWriter.LITERAL -> in.readRequiredString("a text");
            case AnalysisWriter.SOURCE_SLICE -> source.slice(requireSpan(at));
            case AnalysisWriter.VIEW_SLICE -> view.viewSlice(requireSpan(at));
            default -> throw in.damaged("unknown text mode " + mode);
        };
    }

    private Span requireSpan(Span at) {
        if (at == null) {
            throw in.damaged("a text said to stand at a span that is not there");
        }
        return at;
    }
}
