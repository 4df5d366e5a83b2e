package org.biannian.annals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.ChineseLabels;
import org.biannian.calendar.DateDiagnostic;
import org.biannian.calendar.DateExpression;
import org.biannian.calendar.Resolution;
import org.biannian.calendar.DateExpressionReader;
import org.biannian.calendar.EraYear;
import org.biannian.calendar.Regime;
import org.biannian.text.Diagnostic;
import org.biannian.text.SourceText;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/**
 * Splits annals text into dated entries.
 *
 * <p>綱目 text (《西夏紀》): a headline, then a narrative that ends in a citation block; several
 * headlines may share a line, each closed by its own block. 本紀 text (《宋史·太宗紀》): each
 * statement that opens with a date (「二年春正月丙辰，」, 「乙丑，」, 「是月，」) is an entry. Year
 * headings, when present, set the year; otherwise it is inferred (see {@link YearTracker}).
 */
public final class AnnalsParser {

    /** A date opening a headline stands before its first comma, and is short. */
    private static final int MAX_DATE_CLAUSE = 16;
    /** Longer than this, a cited paragraph after a cited headline is its narrative (headlines run 5–40). */
    private static final int MIN_NARRATIVE = 60;
    /** A year heading is a short line without sentence punctuation. */
    private static final int MAX_HEADING = 40;
    /** NULs reported one by one up to this many; a binary file would otherwise give a diagnostic per byte. */
    private static final int MAX_NUL_REPORTS = 20;
    private static final String SENTENCE_END = "。！？」』”）．.!?";

    private final TextView view;
    private final ParseOptions options;
    private final ChineseCalendar calendar;
    private final DateExpressionReader dates;
    private final int[] cps;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Brackets.Problem> bracketProblems = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final YearTracker years;

    private AnnalsParser(TextView view, ParseOptions options, ChineseCalendar calendar) {
        this.view = view;
        this.options = options;
        this.calendar = calendar;
        this.dates = calendar.dateReader();
        this.cps = view.text().text().codePoints().toArray();
        String regimeName = options.regime() == null ? "宋" : options.regime();
        Regime regime = calendar.regime(regimeName).orElseThrow(
                () -> new IllegalArgumentException("unknown regime 「" + regimeName + "」"));
        this.years = new YearTracker(calendar, regime,
                p -> diagnostics.add(Diagnostic.at(view.source(), p.span(), p.code(),
                        p.error() ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING, p.message())));
    }

    /**
     * Parses {@code view} into a chronicle.
     *
     * @throws IllegalArgumentException if {@code options} name a start year or regime the calendar does not know
     */
    public static Chronicle parse(TextView view, ParseOptions options, ChineseCalendar calendar) {
        AnnalsParser parser = new AnnalsParser(view, options, calendar);
        return parser.run();
    }

    /**
     * Whether a physical line opens a paragraph whatever the line before it: it opens with a strong
     * date, one naming a month or a year (「三月丁酉朔」, 「咸平五年春正月」); a bare day (「甲寅」) may be
     * the end of a sentence broken over the lines. For {@link org.biannian.text.KanripoReader}.
     */
    public static java.util.function.Predicate<String> opensParagraph(ChineseCalendar calendar) {
        DateExpressionReader reader = calendar.dateReader();
        return line -> {
            int[] cps = DateFolding.fold(line.codePoints().limit(DATE_WINDOW).toArray());
            // A year may be named by its cycle before its era: 「乙未至道元年春正月」.
            int at = DateFolding.ganzhi(cps, 0) >= 0 ? 2 : 0;
            String text = new String(cps, at, cps.length - at);
            return reader.readAt(text, 0).map(DateExpressionReader.Match::expression)
                    .filter(e -> e.month() != null || e.leapOfMonthInForce() || e.eraYear() != null && e.season() != null)
                    .isPresent();
        };
    }

    /** Reads a {@code --start} value such as 「淳化五年」 into the year it names. */
    public static EraYear readStart(String start, String regimeName, ChineseCalendar calendar) {
        DateExpression e = calendar.dateReader().read(start)
                .filter(d -> d.eraYear() != null && d.era() != null)
                .orElseThrow(() -> new IllegalArgumentException(
                        "--start 「" + start + "」 is not an era and year, e.g. 淳化五年"));
        Regime regime = regimeName == null && e.regime() == null ? null
                : calendar.regime(e.regime() != null ? e.regime() : regimeName).orElseThrow(
                        () -> new IllegalArgumentException("unknown regime in --start 「" + start + "」"));
        if (calendar.erasNamed(e.era(), regime).isEmpty()) {
            throw new IllegalArgumentException("--start 「" + start + "」: era 「" + e.era() + "」 is not in the era table");
        }
        List<EraYear> years = YearTracker.possibleYears(calendar, e.era(), e.eraYear(), regime);
        if (years.isEmpty()) {
            throw new YearNotInEraException("--start 「" + start + "」: " + YearTracker.impossibleYear(calendar, e.era(), e.eraYear(), regime));
        }
        return years.get(0);
    }

    private Chronicle run() {
        if (options.start() != null) {
            years.start(readStart(options.start(), options.regime(), calendar));
        }
        Chronicle.Style style = options.style() != null ? options.style() : detectStyle();
        if (options.style() == null && style == Chronicle.Style.BIANNIAN && isIndentedLayout()) {
            style = Chronicle.Style.SIKU_GANGMU;
        }
        if (style == Chronicle.Style.BIANNIAN || style == Chronicle.Style.SIKU_GANGMU) {
            years.earlierMonthLooksBack(); // these write every new year out (甲午淳化五年春正月, 慶曆五年春正月)
        }
        List<int[]> lines = lines();
        for (int[] line : lines) {
            if (style == Chronicle.Style.BIANNIAN || style == Chronicle.Style.SIKU_GANGMU) {
                readBiannianLine(line[0], line[1], style == Chronicle.Style.SIKU_GANGMU);
            } else if (style == Chronicle.Style.GANGMU) {
                readGangmuLine(line[0], line[1]);
            } else {
                readBenjiLine(line[0], line[1]);
            }
        }
        closePending();
        reportNulCharacters();
        for (Brackets.Problem p : bracketProblems) {
            diagnostics.add(diagnostic(new Span(p.at(), p.at() + 1), p.code(), Diagnostic.Severity.WARNING, p.message()));
        }
        List<Entry> entries = buildEntries();
        if (!entries.isEmpty() && entries.stream().allMatch(e -> e.year().julianYear() == null)) {
            diagnostics.add(diagnostic(new Span(0, 0), "YEARS_UNKNOWN", Diagnostic.Severity.WARNING,
                    "the years of the entries cannot be known: the text names no era year before its entries "
                            + "(no year heading, no 「淳化五年春正月」 opening, no reign header); pass --start, e.g. --start 淳化五年"));
        }
        if (entries.isEmpty()) {
            diagnostics.add(diagnostic(new Span(0, 0), "NO_ENTRIES", Diagnostic.Severity.ERROR,
                    "no chronicle entries found: the text has no dated headlines or statements"));
        }
        diagnostics.sort((a, b) -> a.span().compareTo(b.span()));
        return new Chronicle(view, options, style, entries, Segmenter.partition(view, cps, parts), diagnostics);
    }

    /**
     * NUL characters are no text: a file with them is damaged or not text at all, and they cut
     * strings short in C-based tools (SQLite's length()). Kept, as every character is, and reported.
     */
    private void reportNulCharacters() {
        int count = 0;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == 0 && count++ < MAX_NUL_REPORTS) {
                diagnostics.add(diagnostic(new Span(i, i + 1), "NUL_CHARACTER", Diagnostic.Severity.WARNING,
                        "a NUL character (U+0000) is in the text: the file may be damaged or not a text file"));
            }
        }
    }

    /** 綱目 text cites its sources in blocks; 本紀 text does not. */
    private Chronicle.Style detectStyle() {
        if (view.title().isPresent()) {
            return Chronicle.Style.BIANNIAN; // a Kanripo file: paragraphs of the printed page, no punctuation
        }
        List<int[]> lines = lines();
        for (int[] line : lines) {
            for (Brackets.Group g : Brackets.topLevel(cps, line[0], line[1], new ArrayList<>())) {
                if (isCitationBlock(g, line[0], line[1])) {
                    return Chronicle.Style.GANGMU;
                }
            }
        }
        return view.title().isPresent() || isUnpunctuated() ? Chronicle.Style.BIANNIAN : Chronicle.Style.BENJI;
    }

    /** Text with no sentence punctuation at all: entries can only be told by the dates opening its paragraphs. */
    private boolean isUnpunctuated() {
        for (int c : cps) {
            if (c == '。' || c == '，' || c == ',' || c == '；') {
                return false;
            }
        }
        return hasWords(0, cps.length);
    }

    private List<int[]> lines() {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= cps.length; i++) {
            // A bare CR (old Mac files) ends a line as LF and CRLF do (issue 16).
            if (i == cps.length || cps[i] == '\n' || cps[i] == '\r' && (i + 1 == cps.length || cps[i + 1] != '\n')) {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return lines;
    }

    // ---- 綱目 ----

    /** A headline-or-narrative piece of a line, ended by a citation block or by the line's end. */
    private record Piece(int start, int end, Brackets.Group block) {
    }

    private Draft pending;

    private void readGangmuLine(int lineStart, int lineEnd) {
        int from = skipSpace(lineStart, lineEnd);
        int to = trimEnd(from, lineEnd);
        if (from >= to) {
            return;
        }
        if (skipWebJunk(from, to) || readHeading(from, to)) {
            return;
        }
        for (int after = afterInlineHeading(from, to); after > from; after = afterInlineHeading(from, to)) {
            from = after; // several headings may stand before the entry: 「宋仁宗至和元年 西夏稱福聖承道二年 春正月，…」
        }
        List<Brackets.Group> groups = Brackets.topLevel(cps, lineStart, lineEnd, bracketProblems);
        List<Piece> pieces = new ArrayList<>();
        List<Brackets.Group> inline = new ArrayList<>();
        int pieceStart = from;
        for (Brackets.Group g : groups) {
            if (g.isParenthesis() && isCitationBlock(g, lineStart, lineEnd)) {
                pieces.add(new Piece(pieceStart, trimEnd(pieceStart, g.start()), g));
                pieceStart = skipSpace(g.end(), lineEnd);
            } else if (g.isParenthesis()) {
                inline.add(g);
            }
        }
        if (pieceStart < to) {
            pieces.add(new Piece(pieceStart, to, null));
        }
        for (Piece piece : pieces) {
            takePiece(piece);
        }
        for (Brackets.Group g : inline) {
            Draft owner = ownerOf(g.start());
            if (owner != null) {
                owner.notes.add(new Note(Note.Kind.INLINE, new Span(g.start(), g.end())));
            }
        }
    }

    /** Pieces become entries: an uncited piece opens a headline; a cited one completes it. */
    private void takePiece(Piece piece) {
        boolean hasText = hasWords(piece.start(), piece.end());
        if (!hasText && piece.block() == null) {
            if (pending != null && pending.narrativeStart >= 0) {
                // A line of bare punctuation (「。」, 「——」) inside a narrative belongs to it: the narrative
                // may go on below, and its span must not be cut by an OTHER part (found by fuzzing, issue 8).
                pending.addNarrative(piece.start(), piece.end());
            } else {
                parts.add(new Part(Segment.Kind.OTHER, piece.start(), piece.end(), null)); // a stray 「）」 is no headline
            }
            return;
        }
        if (!hasText) {
            Draft owner = pending != null ? pending : drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            if (owner == null) {
                parts.add(new Part(Segment.Kind.OTHER, piece.start(), piece.block().end(), null));
            } else {
                owner.addBlock(piece.block());
                if (owner == pending && pending.narrativeStart >= 0) {
                    // A block on a line of its own ends the narrative above it, as a block at the end of
                    // that line would: text after it must not stretch the narrative over the block
                    // (found by the segment property, issue 8).
                    closePending();
                }
            }
            return;
        }
        if (pending != null && (piece.block() != null || !opensWithDate(piece.start(), piece.end()))) {
            pending.addNarrative(piece.start(), piece.end());
            if (piece.block() != null) {
                pending.addBlock(piece.block());
                closePending();
            }
            return;
        }
        Draft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (pending == null && piece.block() != null && previous != null && previous.narrativeStart < 0
                && isLineStart(piece.start()) && piece.end() - piece.start() > MIN_NARRATIVE
                && !opensWithDate(piece.start(), piece.end())) {
            // A long cited paragraph under a headline that closed with its own block is that
            // headline's narrative, not a new entry: headlines are short.
            previous.addNarrative(piece.start(), piece.end());
            previous.addBlock(piece.block());
            return;
        }
        closePending();
        Draft draft = newDraft(piece.start(), piece.end());
        if (piece.block() != null) {
            draft.addBlock(piece.block());
            drafts.add(draft);
        } else {
            pending = draft;
        }
    }

    private void closePending() {
        if (pending != null) {
            drafts.add(pending);
            pending = null;
        }
    }

    /**
     * Ends the entries being read before a part that is none of theirs (a year heading, a cyclical year label,
     * a web page's line): the text after it opens a new entry or is none, and never runs on across it.
     */
    private void endEntriesBefore() {
        closePending();
        if (!drafts.isEmpty()) {
            drafts.get(drafts.size() - 1).sealed = true;
        }
    }

    private Draft ownerOf(int position) {
        for (int i = drafts.size() - 1; i >= 0 && i >= drafts.size() - 3; i--) {
            if (drafts.get(i).covers(position)) {
                return drafts.get(i);
            }
        }
        return pending != null && pending.covers(position) ? pending : null;
    }

    /**
     * A parenthesis closing a headline or narrative names sources: it holds a 《title》 or 本傳, or
     * opens with 按 / 考, and it follows the end of a sentence or ends the line. Other parentheses
     * are inline remarks (「乜遇（一作<白>遇）」).
     */
    private boolean isCitationBlock(Brackets.Group g, int lineStart, int lineEnd) {
        if (!g.isParenthesis()) {
            return false;
        }
        boolean names = false;
        for (int i = g.start() + 1; i < g.end() - 1 && !names; i++) {
            names = cps[i] == '《' || cps[i] == '本' && i + 1 < g.end() && cps[i + 1] == '傳';
        }
        int first = g.start() + 1 < g.end() ? cps[g.start() + 1] : 0;
        names = names || first == '按' || first == '考';
        if (!names) {
            return false;
        }
        int before = g.start() - 1;
        while (before >= lineStart && isSpace(cps[before])) {
            before--;
        }
        boolean afterSentence = before < lineStart || SENTENCE_END.indexOf(cps[before]) >= 0;
        boolean endsLine = skipSpace(g.end(), lineEnd) >= trimEnd(g.end(), lineEnd);
        return afterSentence || endsLine;
    }

    // ---- 本紀 ----

    private void readBenjiLine(int lineStart, int lineEnd) {
        int from = skipSpace(lineStart, lineEnd);
        int to = trimEnd(from, lineEnd);
        if (from >= to || skipWebJunk(from, to) || readHeading(from, to)) {
            return;
        }
        for (int after = afterInlineHeading(from, to); after > from; after = afterInlineHeading(from, to)) {
            from = after; // several headings may stand before the entry: 「宋仁宗至和元年 西夏稱福聖承道二年 春正月，…」
        }
        List<Integer> stops = sentenceStops(from, to, Brackets.topLevel(cps, lineStart, lineEnd, bracketProblems));
        Draft current = null;
        int statement = from;
        for (int stop : stops) {
            if (statement >= to) {
                break;
            }
            if (opensWithDate(statement, to)) {
                if (current != null) {
                    current.headlineEnd = trimEnd(current.headlineStart, statement);
                }
                current = newDraft(statement, to);
                drafts.add(current);
            } else if (current == null) {
                parts.add(new Part(Segment.Kind.OTHER, statement, trimEnd(statement, stop), null));
            }
            statement = skipSpace(stop, to);
        }
        if (current != null) {
            current.headlineEnd = to;
        }
    }

    /** Offsets just after each 。 outside brackets in {@code [from, to)}, then {@code to}. */
    private List<Integer> sentenceStops(int from, int to, List<Brackets.Group> groups) {
        List<Integer> stops = new ArrayList<>();
        int g = 0;
        for (int i = from; i < to; i++) {
            while (g < groups.size() && groups.get(g).end() <= i) {
                g++;
            }
            if (g < groups.size() && groups.get(g).start() <= i) {
                i = groups.get(g).end() - 1;
            } else if (cps[i] == '。') {
                stops.add(i + 1);
            }
        }
        stops.add(to);
        return stops;
    }

    // ---- 編年 without 綱目 (長編, 資治通鑑; Kanripo paragraphs) ----

    /** The emperor named by the front matter (「太宗」, 「太宗皇帝(起…)」), whose eras the text's eras must be; or null. */
    private String reignInForce;
    /**
     * Code point {@code i} as the date reader sees it: variants folded (see {@link DateFolding}). Folded
     * on demand, a window at a time, so that a long text needs no second copy.
     */
    private int folded(int i) {
        return DateFolding.foldAt(cps, i);
    }

    /** {@code [from, to)} as the date reader sees it, code point for code point. */
    private String foldedString(int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            out.appendCodePoint(folded(i));
        }
        return out.toString();
    }

    /** The cycle index of the stem and branch at {@code i} as the date reader sees them, or -1. */
    private int ganzhiAt(int i) {
        return i + 1 < cps.length ? DateFolding.ganzhi(new int[] {folded(i), folded(i + 1)}, 0) : -1;
    }
    /** A paragraph or record shorter than this that names an emperor is a reign line of the front matter. */
    private static final int MAX_REIGN_LINE = 24;
    /** The longest era name a copyist's slip is read as (太平興國, 大中祥符, 建中靖國 have four characters). */
    private static final int MAX_GUESSED_ERA = 4;
    /** How far a date opening a record may reach. */
    private static final int DATE_WINDOW = 24;

    /** A date opening a record: where it stands in the view and what it says. */
    private record Opening(int start, int end, DateExpression expression) {
    }

    /**
     * A paragraph of an unpunctuated 編年: records separated by full-width spaces; each record that
     * opens with a date is an entry, the others run on the entry before them.
     */
    private void readBiannianLine(int lineStart, int lineEnd, boolean gangmu) {
        int from = skipSpace(lineStart, lineEnd);
        int to = trimEnd(from, lineEnd);
        if (from >= to || readWholeLineHeading(from, to)) {
            return;
        }
        List<Brackets.Group> groups = Brackets.topLevel(cps, from, to, bracketProblems);
        if (gangmu) {
            readGangmuLayoutLine(from, to, from > lineStart && cps[lineStart] == '\u3000', groups);
            return;
        }
        int recordStart = from;
        int g = 0;
        for (int i = from; i <= to; i++) {
            while (g < groups.size() && groups.get(g).end() <= i) {
                g++;
            }
            boolean inGroup = g < groups.size() && groups.get(g).start() <= i && i < groups.get(g).end();
            if (i == to || cps[i] == '\u3000' && !inGroup) {
                readRecord(recordStart, i, groups);
                recordStart = i + 1;
            }
        }
    }

    /**
     * 綱目 in the 四庫 layout: a flush-left paragraph is a 綱, an entry whether or not it opens with a
     * date (an undated one keeps the date in force); an indented one is its 目. Before the first dated
     * 綱, flush paragraphs are front matter (欽定四庫全書, the reign header).
     */
    private void readGangmuLayoutLine(int from, int to, boolean indented, List<Brackets.Group> groups) {
        Draft current = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (indented || !hasWords(from, to)) {
            if (current == null || current.sealed || isTitleLine(from, to)) {
                if (current == null) {
                    readFrontMatter(from, to); // the indented section and reign lines above the first 綱
                }
                if (current != null) {
                    current.sealed = true; // text after the juan's closing title line is no 目 of the 綱 above it
                }
                parts.add(new Part(Segment.Kind.OTHER, from, to, null));
            } else {
                current.addNarrative(from, to);
                addNotes(current, groups, from, to);
            }
            return;
        }
        if (isCyclicalYearLabel(from, to)) {
            return;
        }
        Opening opening = recordDate(from, to);
        if (opening == null && current == null) {
            readFrontMatter(from, to);
            parts.add(new Part(Segment.Kind.OTHER, from, to, null));
            return;
        }
        openEntry(from, to, opening, groups);
    }

    /**
     * An entry for the record {@code from}–{@code to}: its headline runs to the first small note after
     * the date (a note is never the headline), the rest is its narrative.
     */
    private Draft openEntry(int from, int to, Opening opening, List<Brackets.Group> groups) {
        int headlineEnd = to;
        for (Brackets.Group group : groups) {
            if (group.isParenthesis() && group.start() > from && group.start() < to
                    && (opening == null || group.start() >= opening.end())) {
                headlineEnd = trimEnd(from, group.start());
                break;
            }
        }
        Draft draft = newDraft(from, headlineEnd, opening);
        drafts.add(draft);
        if (headlineEnd < to) {
            draft.addNarrative(skipSpace(headlineEnd, to), to);
        }
        addNotes(draft, groups, from, to);
        return draft;
    }

    /**
     * A paragraph that is a cyclical year and nothing else (「乙丑」 above 「咸淳元年春…」) labels the year
     * below it; it is no day. Kept as a year heading segment; the era year under it sets the year.
     */
    private boolean isCyclicalYearLabel(int from, int to) {
        if (to - from != 2 || ganzhiAt(from) < 0) {
            return false;
        }
        endEntriesBefore();
        parts.add(new Part(Segment.Kind.YEAR_HEADING, from, to, null));
        return true;
    }

    /** A short paragraph naming the work the file's header names (「九朝編年備要巻五」 closing the juan): no text of an entry. */
    private boolean isTitleLine(int from, int to) {
        return view.title().isPresent() && to - from <= MAX_REIGN_LINE
                && startsWith(from, to, view.title().get().work());
    }

    /** Whether a quarter or more of the paragraphs are indented by a full-width space: 目 under flush-left 綱. */
    private boolean isIndentedLayout() {
        int indented = 0;
        int separated = 0;
        int all = 0;
        for (int[] line : lines()) {
            int from = skipSpace(line[0], line[1]);
            if (!hasWords(from, line[1])) {
                continue;
            }
            all++;
            if (from > line[0] && cps[line[0]] == '\u3000') {
                indented++;
            }
            if (hasRecordSpace(from, line[1])) {
                separated++;
            }
        }
        // 通鑑 also indents a new item, but it runs its records on within a paragraph, parted by full-width
        // spaces (「…日有食之　尚書左僕射袁樞卒」); a 綱目 layout puts each 綱 on a line of its own.
        return all >= 4 && indented * 4 >= all && (separated < 3 || separated * 4 < all);
    }

    /**
     * Whether a full-width space parts two records inside the paragraph: not its indentation, nor the
     * indentation of a physical line it runs on to (which the Kanripo reader keeps as text).
     */
    private boolean hasRecordSpace(int from, int to) {
        SourceText source = view.source();
        for (int i = from + 1; i < to - 1; i++) {
            if (cps[i] == '\u3000' && cps[i - 1] != '\u3000' && cps[i + 1] != '\u3000') {
                int at = view.toSource(i);
                if (at > 0 && source.codePointAt(at - 1) != '\n' && source.codePointAt(at - 1) != '\r') {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line that is a year heading and nothing else (「至道二年」, 「宋太宗淳化五年(遼聖宗統和十二年)」). */
    private boolean readWholeLineHeading(int from, int to) {
        int end = to;
        if (cps[end - 1] == ')' || cps[end - 1] == '）') {
            // A parallel year of another regime in brackets after the heading.
            int open = end - 1;
            while (open > from && cps[open] != '(' && cps[open] != '（') {
                open--;
            }
            end = trimEnd(from, open > from ? open : end);
        }
        if (end - from > MAX_HEADING) {
            return false;
        }
        String line = foldedString(from, end);
        DateExpression found = dates.read(line).filter(this::isYearOnly).orElse(null);
        if (found == null) {
            return false;
        }
        return readHeading(from, to);
    }

    private void readRecord(int from, int to, List<Brackets.Group> groups) {
        from = skipSpace(from, to);
        to = trimEnd(from, to);
        if (from >= to) {
            return;
        }
        if (isCyclicalYearLabel(from, to)) {
            return;
        }
        Draft current = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        Opening opening = hasWords(from, to) ? recordDate(from, to) : null;
        if (opening != null && current != null && !current.sealed
                && years.namesEarlierYear(opening.expression())) {
            // The text runs forward: an earlier year at a line's start is a date the record cites, which the page
            // layout put there (a full line before it), not a new entry; the year in force stays.
            diagnostics.add(diagnostic(new Span(opening.start(), opening.end()), "EARLIER_YEAR_IN_RECORD", Diagnostic.Severity.INFO,
                    "「" + slice(opening.start(), opening.end()) + "」 names a year before the one in force: read as a date the"
                            + " record above cites, not as a new entry"));
            opening = null;
        }
        if (opening == null && to - from <= MAX_HEADING && readWholeLineHeading(from, to)) {
            return; // 「宋太宗淳化五年」 set off by a full-width space before its entry
        }
        if (opening == null) {
            if (current == null || current.sealed || isTitleLine(from, to)) {
                if (current == null) {
                    readFrontMatter(from, to);
                } else {
                    current.sealed = true; // text after the juan's closing title line is no narrative of the entry above it
                }
                parts.add(new Part(Segment.Kind.OTHER, from, to, null));
                return;
            }
            current.addNarrative(from, to);
            addNotes(current, groups, from, to);
            moveMonthsWithin(from, to, groups);
            return;
        }
        openEntry(from, to, opening, groups);
        moveMonthsWithin(opening.end(), to, groups);
    }

    private void addNotes(Draft draft, List<Brackets.Group> groups, int from, int to) {
        for (Brackets.Group group : groups) {
            if (group.isParenthesis() && group.start() >= from && group.end() <= to) {
                draft.notes.add(new Note(Note.Kind.INLINE, new Span(group.start(), group.end())));
            }
        }
    }

    /**
     * The date opening the record at {@code from}: what the date reader finds there; a bare day
     * (「甲寅繼恩言」, no punctuation to mark it); a year named by its cycle before its era
     * (「甲午淳化五年春正月」); or an era the reader does not know followed by a month (a copyist's 「淳熈五年五月」).
     */
    private Opening recordDate(int from, int to) {
        int window = Math.min(DATE_WINDOW, to - from);
        String text = foldedString(from, from + window);
        int yearCycle = ganzhiAt(from);
        if (yearCycle >= 0 && window > 2) {
            DateExpression afterCycle = dates.readAt(text, 2).map(DateExpressionReader.Match::expression)
                    .filter(e -> e.eraYear() != null).orElse(null);
            if (afterCycle != null) {
                return checkedAgainstReign(new Opening(from + 2, from + 2 + cpLength(afterCycle.text()), afterCycle));
            }
        }
        Optional<DateExpressionReader.Match> match = dates.readAt(text, 0);
        if (match.isPresent()) {
            DateExpression e = match.get().expression();
            return checkedAgainstReign(new Opening(from, from + match.get().length(), e));
        }
        if (yearCycle >= 0) {
            return dates.read(text.substring(0, 2)).map(e -> new Opening(from, from + 2, e)).orElse(null);
        }
        for (int length = window; length >= 4; length--) {
            // An era name has two to four characters (太平興國): 「樞密院言元豐八年」 opens with no era of a copyist's.
            DateExpression guessed = dates.read(text.substring(0, text.offsetByCodePoints(0, length)))
                    .filter(e -> e.era() != null && e.eraYear() != null && (e.month() != null || e.season() != null))
                    .filter(e -> e.era().codePointCount(0, e.era().length()) <= MAX_GUESSED_ERA)
                    .orElse(null);
            if (guessed != null) {
                return checkedAgainstReign(new Opening(from, from + length, guessed));
            }
        }
        return null;
    }

    /**
     * An era the front matter's emperor never used is a copyist's slip when exactly one era of that
     * emperor shares a character with it and has that year: it is read as that era, and said so.
     */
    private Opening checkedAgainstReign(Opening opening) {
        DateExpression e = opening.expression();
        if (e.era() == null || e.eraYear() == null || reignInForce == null) {
            return opening;
        }
        Regime regime = calendar.regime(e.regime() != null ? e.regime() : regimeName()).orElse(null);
        if (regime == null) {
            return opening;
        }
        boolean ofReign = calendar.erasNamed(e.era(), regime).stream().anyMatch(this::ofReignInForce);
        if (ofReign) {
            return opening;
        }
        List<org.biannian.calendar.Era> alternatives = calendar.eras(regime).stream()
                .filter(this::ofReignInForce)
                .filter(era -> sharesCharacter(era.name(), e.era()))
                .filter(era -> e.eraYear() <= era.lastLunarYear() - era.firstLunarYear() + 1)
                .toList();
        // Several of the emperor's eras may share a character (淳熈: 淳化 and 雍熙): one that has no such
        // month in that year is out (雍熙五年 had only its 正月); then the era in force decides.
        if (alternatives.size() > 1 && e.month() != null) {
            List<org.biannian.calendar.Era> withMonth = alternatives.stream().filter(era -> hasMonth(era, e, regime)).toList();
            alternatives = withMonth.isEmpty() ? alternatives : withMonth;
        }
        String inForce = years.eraInForce();
        if (alternatives.size() > 1 && inForce != null) {
            List<org.biannian.calendar.Era> current = alternatives.stream().filter(era -> era.name().equals(inForce)).toList();
            alternatives = current.isEmpty() ? alternatives : current;
        }
        Span at = new Span(opening.start(), opening.end());
        if (alternatives.size() != 1) {
            diagnostics.add(diagnostic(at, "ERA_NOT_OF_REIGN", Diagnostic.Severity.WARNING,
                    "「" + e.era() + "」 is no era of " + reignInForce + ", the emperor this juan is headed with"));
            return opening;
        }
        String era = alternatives.get(0).name();
        diagnostics.add(diagnostic(at, "ERA_NOT_OF_REIGN", Diagnostic.Severity.WARNING,
                "「" + e.era() + "」 is no era of " + reignInForce + ", the emperor this juan is headed with; read as 「" + era + "」"));
        return new Opening(opening.start(), opening.end(), new DateExpression(e.text(), e.regime(), era, e.eraYear(), e.season(),
                e.month(), e.leap(), e.leapOfMonthInForce(), e.ganzhi(), e.dayOfMonth(), e.lunarPhase(), e.scope()));
    }

    private boolean hasMonth(org.biannian.calendar.Era era, DateExpression e, Regime regime) {
        return YearTracker.possibleYears(calendar, era.name(), e.eraYear(), regime).stream()
                .anyMatch(y -> calendar.eraYearsAt(regime, y.lunarYear(), e.month(), e.leap()).stream()
                        .anyMatch(label -> label.era().equals(era.name())));
    }

    private boolean ofReignInForce(org.biannian.calendar.Era era) {
        return era.reigns().stream().anyMatch(r -> r.emperor().equals(reignInForce));
    }

    private static boolean sharesCharacter(String a, String b) {
        return a.codePoints().anyMatch(c -> b.indexOf(c) >= 0);
    }

    private String regimeName() {
        return options.regime() == null ? "宋" : options.regime();
    }

    /**
     * Front matter before the first entry: a reign line (「太宗」) names the emperor whose eras the text
     * uses; a reign header 「太宗皇帝(起甲午淳化五年/止丁酉至道三年)」 also gives the year the text begins in.
     */
    private void readFrontMatter(int from, int to) {
        if (to - from > MAX_REIGN_LINE * 3) {
            return;
        }
        if (readDynastyLine(from, to) || readReignYearsLine(from, to)) {
            return;
        }
        Regime regime = calendar.regime(regimeName()).orElse(null);
        if (regime == null) {
            return;
        }
        for (org.biannian.calendar.Era era : calendar.eras(regime)) {
            for (org.biannian.calendar.Era.Reign reign : era.reigns()) {
                String name = reign.emperor();
                if (!name.isEmpty() && startsWith(from, to, name)
                        && (to - from == cpLength(name) || startsWith(from + cpLength(name), to, "皇帝"))) {
                    reignInForce = name;
                    readReignStart(from, to);
                    return;
                }
            }
        }
    }

    /**
     * A 通鑑-style section line, 「晉紀二十二(起…盡…)」: the dynasty whose eras the entries below use (unless
     * {@code --regime} says otherwise), so that 永和 is 東晉's, not 東漢's.
     */
    private boolean readDynastyLine(int from, int to) {
        int at = skipSpace(from, to);
        for (int length = 1; length <= 2 && at + length < to; length++) {
            if (cps[at + length] != '紀' || at + length + 1 >= to || "一二三四五六七八九十".indexOf(cps[at + length + 1]) < 0) {
                continue;
            }
            String name = new String(cps, at, length);
            if (options.regime() == null && calendar.regime(name).isPresent()) {
                years.dynasty(name);
                return true;
            }
        }
        return false;
    }

    /**
     * A 通鑑-style reign line 「太祖髙皇帝上之下」: temple name, posthumous name, 皇帝. When the calendar
     * counts that emperor's years by his name (高帝, who had no era names), years written bare below it
     * (「三年冬十月」) are his.
     */
    private boolean readReignYearsLine(int from, int to) {
        int at = skipSpace(from, to);
        for (int i = at + 2; i + 1 < to && i - at <= 4; i++) {
            if (cps[i] != '皇' || cps[i + 1] != '帝') {
                continue;
            }
            String name = new String(new int[] {options.variants().fold(cps[i - 1]), '帝'}, 0, 2);
            Optional<DateExpression> first = dates.read(name + "元年");
            if (first.isPresent() && first.get().era() != null
                    && calendar.resolve(first.get(), org.biannian.calendar.DateContext.NONE).lunarYear() != null) {
                years.reignYears(first.get().era());
                return true;
            }
            return false;
        }
        return false;
    }

    /** The 起 year of a reign header, as the year the text begins in (unless --start says otherwise). */
    private void readReignStart(int from, int to) {
        if (options.start() != null) {
            return;
        }
        for (int i = from; i < to; i++) {
            if (folded(i) != '起') {
                continue;
            }
            int at = ganzhiAt(i + 1) >= 0 ? i + 3 : i + 1;
            String text = foldedString(at, at + Math.max(0, Math.min(DATE_WINDOW, to - at)));
            Optional<DateExpression> year = dates.readAt(text, 0).map(DateExpressionReader.Match::expression)
                    .filter(e -> e.era() != null && e.eraYear() != null);
            if (year.isPresent()) {
                Regime regime = calendar.regime(regimeName()).orElse(null);
                List<EraYear> years = calendar.eraYears(year.get().era(), year.get().eraYear(), regime);
                if (!years.isEmpty()) {
                    this.years.heading(years.get(0));
                }
                return;
            }
        }
    }

    /**
     * A month written inside a record with its day (「…十二月乙巳易簡卒」) moves the month in force for
     * what follows; small notes and months before the one in force (a look back) do not.
     */
    private void moveMonthsWithin(int from, int to, List<Brackets.Group> groups) {
        int g = 0;
        for (int i = from; i < to; i++) {
            while (g < groups.size() && groups.get(g).end() <= i) {
                g++;
            }
            if (g < groups.size() && groups.get(g).start() <= i) {
                i = groups.get(g).end() - 1;
                continue;
            }
            if (!opensMonth(folded(i)) || i > from && (opensMonth(folded(i - 1)) || folded(i - 1) == '年')) {
                continue;
            }
            String text = foldedString(i, i + Math.min(8, to - i));
            DateExpression e = dates.readAt(text, 0).map(DateExpressionReader.Match::expression).orElse(null);
            // A month with its day, or with its season (「…秋七月秦羣臣奏請禳災」, as 通鑑 writes a new month within a
            // paragraph): a bare 「七月」 in a narrative may be anything, a 「秋七月」 is a date.
            if (e != null && e.month() != null && (e.ganzhi() != null || e.season() != null) && e.era() == null
                    && e.eraYear() == null) {
                years.monthInText(e.month(), e.leap());
                i += cpLength(e.text()) - 1;
            }
        }
    }

    private static boolean opensMonth(int c) {
        return "正一二三四五六七八九十冬臘閏春夏秋".indexOf(c) >= 0;
    }

    private boolean startsWith(int from, int to, String prefix) {
        int[] p = prefix.codePoints().toArray();
        if (to - from < p.length) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (folded(from + k) != p[k]) {
                return false;
            }
        }
        return true;
    }

    private static int cpLength(String s) {
        return s.codePointCount(0, s.length());
    }

    // ---- shared ----

    /** A line such as 「雍熙二年」 or 「宋太宗淳化五年(遼聖宗統和十二年)」 sets the year of what follows. */
    private boolean readHeading(int from, int to) {
        if (to - from > MAX_HEADING) {
            return to - from <= 2 * MAX_HEADING && readListedHeadings(from, to);
        }
        for (int i = from; i < to; i++) {
            if (cps[i] == '，' || cps[i] == '。' || cps[i] == ',' || cps[i] == '：') {
                return readListedHeadings(from, to);
            }
        }
        String line = foldedString(from, to);
        Optional<DateExpression> whole = dates.read(line);
        // Read whole, any word before 年 passes for an era (「西夏稱福聖承道」): only a known one counts here.
        DateExpression found = whole.filter(this::isYearOnly)
                .filter(e -> !calendar.erasNamed(e.era(), null).isEmpty() || e.regime() != null
                        && calendar.regime(e.regime()).map(r -> !calendar.erasNamed(e.era(), r).isEmpty()).orElse(false))
                .orElse(null);
        int foundAt = from;
        if (found == null) {
            for (int i = from; i < to && found == null; i++) {
                found = dates.readAt(line, i - from).map(DateExpressionReader.Match::expression)
                        .filter(this::isYearOnly).orElse(null);
                foundAt = i;
            }
        }
        if (found == null) {
            return false;
        }
        // 「西夏稱福聖承道二年」: the regime is named before the era, with a word between.
        String regime = found.regime() != null ? found.regime() : regimeNamedIn(from, foundAt);
        regime = regime != null ? regime : options.regime();
        Regime headingRegime = regime == null ? null : calendar.regime(regime).orElse(null);
        if (calendar.erasNamed(found.era(), headingRegime).isEmpty()) {
            diagnostics.add(diagnostic(new Span(from, to), "ERA_UNKNOWN", Diagnostic.Severity.WARNING,
                    "year heading names era 「" + found.era() + "」, which is not in the era table"));
            return false;
        }
        List<EraYear> years = YearTracker.possibleYears(calendar, found.era(), found.eraYear(), headingRegime);
        if (years.isEmpty()) {
            // Counting on past the era's end would move every entry below to a year the text never meant.
            diagnostics.add(diagnostic(new Span(from, to), "YEAR_NOT_IN_ERA", Diagnostic.Severity.ERROR,
                    "year heading 「" + slice(from, to) + "」: " + YearTracker.impossibleYear(calendar, found.era(), found.eraYear(), headingRegime)));
            endEntriesBefore();
            parts.add(new Part(Segment.Kind.YEAR_HEADING, from, to, null));
            return true;
        }
        endEntriesBefore();
        this.years.heading(inTextRegime(years.get(0), new Span(from, to)));
        parts.add(new Part(Segment.Kind.YEAR_HEADING, from, to, null));
        return true;
    }

    /**
     * A line listing the year in several regimes, set off by commas (「宋仁宗景祐元年，遼興宗重熙三年，西夏稱開運元年。」):
     * a heading when every part names a year and nothing else; the first part sets the year.
     */
    private boolean readListedHeadings(int from, int to) {
        int end = to;
        while (end > from && (cps[end - 1] == '。' || isSpace(cps[end - 1]))) {
            end--;
        }
        List<int[]> listed = new ArrayList<>();
        int start = from;
        for (int i = from; i <= end; i++) {
            if (i == end || cps[i] == '，' || cps[i] == ',' || cps[i] == '、') {
                int a = skipSpace(start, i);
                int b = trimEnd(a, i);
                if (a >= b || b - a > MAX_HEADING || !namesYearOnly(a, b)) {
                    return false;
                }
                listed.add(new int[] {a, b});
                start = i + 1;
            } else if (cps[i] == '。' || cps[i] == '：') {
                return false;
            }
        }
        if (listed.size() < 2 || !readHeading(listed.get(0)[0], listed.get(0)[1])) {
            return false;
        }
        parts.add(new Part(Segment.Kind.YEAR_HEADING, skipSpace(listed.get(0)[1], end), end, null));
        return true;
    }

    /** Whether {@code [from, to)} names an era year and no month or day: 「遼興宗重熙三年」, 「又改廣運元年」. */
    private boolean namesYearOnly(int from, int to) {
        String part = foldedString(from, to);
        for (int i = 0; i < to - from; i++) {
            Optional<DateExpression> found = dates.readAt(part, i).map(DateExpressionReader.Match::expression);
            if (found.isPresent()) {
                return isYearOnly(found.get());
            }
        }
        return false;
    }

    /** The longest regime name the calendar knows standing in {@code [from, to)}, or null. */
    private String regimeNamedIn(int from, int to) {
        String before = foldedString(from, to);
        String best = null;
        for (String name : calendar.regimeNames()) {
            if (before.contains(name) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best;
    }

    /**
     * A heading in another regime's era (西夏稱福聖承道二年 in a Song-dated chronicle) is resolved in that
     * regime's calendar and reported as the text's own regime's year, as the chronicle's entries are.
     */
    private EraYear inTextRegime(EraYear year, Span viewSpan) {
        if (options.regime() != null) {
            return year; // the user said which calendar the text follows
        }
        Regime own = calendar.regime(regimeName()).orElse(null);
        if (own == null || year.regime().id().equals(own.id())) {
            return year;
        }
        List<EraYear> ownYears = calendar.eraYearsAt(own, year.lunarYear(), 1, false);
        if (ownYears.isEmpty()) {
            return year;
        }
        EraYear converted = ownYears.get(0);
        diagnostics.add(diagnostic(viewSpan, "YEAR_OF_OTHER_REGIME", Diagnostic.Severity.INFO,
                "year heading in " + year.regime().name() + "'s era " + year.era() + ChineseLabels.year(year.eraYear())
                        + " read as " + converted.regime().name() + " " + converted.era() + ChineseLabels.year(converted.eraYear())
                        + " (" + converted.lunarYear() + ")"));
        return converted;
    }

    /**
     * A year heading standing before the entry on the same line, set off by a space
     * (「西夏稱福聖承道二年 春正月，…」, 「宋太宗淳化五年(遼聖宗統和十二年)　春正月…」): read as a heading;
     * returns where the line's entry starts, or {@code from} when there is none.
     */
    private int afterInlineHeading(int from, int to) {
        for (int i = from + 1; i < to && i - from <= MAX_HEADING; i++) {
            int c = cps[i];
            if (c == '，' || c == '。' || c == ',' || c == '：') {
                return from;
            }
            if (isSpace(c)) {
                int rest = skipSpace(i, to);
                if (rest < to && readHeading(from, i)) {
                    return rest;
                }
                return from;
            }
        }
        return from;
    }

    /**
     * A line of a web page, not of the chronicle: an address, a copyright line, a menu or breadcrumb
     * (「首页 > 史部 > 西夏纪」, 「上一页 | 目录 | 下一页」), or a line mostly of Latin letters and digits.
     */
    private boolean isWebJunk(int from, int to) {
        String line = new String(cps, from, to - from);
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("http") || lower.contains("www.") || lower.contains("©") || lower.contains("copyright")
                || lower.contains(".com") || lower.contains(".org") || lower.contains(".net")) {
            return true;
        }
        boolean sentence = line.indexOf('。') >= 0 || line.indexOf('，') >= 0 || line.indexOf(',') >= 0;
        if (!sentence && (line.contains(" > ") || line.contains("|") || line.contains("»") || line.contains("›")
                || line.contains("＞") || line.contains("｜"))) {
            return true;
        }
        int han = 0;
        int other = 0;
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(cps[i]) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetterOrDigit(cps[i])) {
                other++;
            }
        }
        return other > 0 && other >= han;
    }

    /** Leaves a web page's line out of the chronicle; an entry being read ends before it. */
    private boolean skipWebJunk(int from, int to) {
        if (!isWebJunk(from, to)) {
            return false;
        }
        endEntriesBefore();
        parts.add(new Part(Segment.Kind.OTHER, from, to, null));
        return true;
    }

    private boolean isYearOnly(DateExpression e) {
        return e.era() != null && e.eraYear() != null && e.month() == null && e.season() == null && !e.hasDay();
    }

    private boolean opensWithDate(int from, int to) {
        return dateAt(from, to) != null;
    }

    /** The date expression that makes up the clause opening at {@code from} (up to its first comma), or null. */
    private DateExpression dateAt(int from, int to) {
        int end = from;
        while (end < to && end - from <= MAX_DATE_CLAUSE && cps[end] != '，' && cps[end] != ','
                && cps[end] != '。' && cps[end] != '、') {
            end++;
        }
        if (end == from || end - from > MAX_DATE_CLAUSE || end == to) {
            return null;
        }
        return dates.readStrict(foldedString(from, end)).orElse(null);
    }

    private Draft newDraft(int start, int end) {
        DateExpression written = dateAt(start, end);
        return newDraft(start, end, written == null ? null
                : new Opening(start, start + written.text().codePointCount(0, written.text().length()), written));
    }

    private Draft newDraft(int start, int end, Opening opening) {
        Draft draft = new Draft(start, end);
        DateExpression written = opening == null ? null : opening.expression();
        Span dateSpan = opening == null ? null : new Span(opening.start(), opening.end());
        draft.dated = years.enter(written, dateSpan == null ? null : view.toSource(dateSpan));
        Resolution resolved = draft.dated.date().resolved();
        if (written != null && resolved != null) {
            // A date the calendar cannot place (a ganzhi not in its month …) is reported where it is written, never shifted.
            for (DateDiagnostic d : resolved.diagnostics()) {
                diagnostics.add(diagnostic(dateSpan, d.code().name(), d.severity() == DateDiagnostic.Severity.ERROR
                        ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING, "「" + written.text() + "」: " + d.message()));
            }
        }
        return draft;
    }

    private List<Entry> buildEntries() {
        List<Entry> entries = new ArrayList<>();
        for (Draft d : drafts) {
            int index = entries.size() + 1;
            parts.add(new Part(Segment.Kind.HEADLINE, d.headlineStart, d.headlineEnd, index));
            if (d.narrativeStart >= 0) {
                parts.add(new Part(Segment.Kind.NARRATIVE, d.narrativeStart, d.narrativeEnd, index));
            }
            List<Span> blocks = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            for (Brackets.Group block : d.blocks) {
                parts.add(new Part(Segment.Kind.CITATION, block.start(), block.end(), index));
                blocks.add(view.toSource(new Span(block.start(), block.end())));
                for (Span note : CitationBlocks.noteSpans(cps, block)) {
                    notes.add(new Note(Note.Kind.CRITICAL, view.toSource(note)));
                }
            }
            for (Note inline : d.notes) {
                notes.add(new Note(inline.kind(), view.toSource(inline.span())));
            }
            notes.sort((a, b) -> a.span().compareTo(b.span()));
            Span headline = view.toSource(new Span(d.headlineStart, d.headlineEnd));
            Span narrative = d.narrativeStart < 0 ? null : view.toSource(new Span(d.narrativeStart, d.narrativeEnd));
            Span whole = view.toSource(new Span(d.headlineStart, d.end()));
            entries.add(new Entry(index, whole, headline, narrative, blocks, notes, d.dated.year(), d.dated.date()));
        }
        return Collections.unmodifiableList(entries);
    }

    private Diagnostic diagnostic(Span viewSpan, String code, Diagnostic.Severity severity, String message) {
        SourceText source = view.source();
        return Diagnostic.at(source, view.toSource(viewSpan), code, severity, message);
    }

    private String slice(int from, int to) {
        return new String(cps, from, to - from);
    }

    /** Whether {@code [from, to)} holds a letter or ideograph, not only punctuation. */
    private boolean hasWords(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(cps[i])) {
                return true;
            }
        }
        return false;
    }

    private boolean isLineStart(int position) {
        int i = position - 1;
        while (i >= 0 && cps[i] != '\n' && cps[i] != '\r' && isSpace(cps[i])) {
            i--;
        }
        return i < 0 || cps[i] == '\n' || cps[i] == '\r';
    }

    private int skipSpace(int from, int to) {
        while (from < to && isSpace(cps[from])) {
            from++;
        }
        return from;
    }

    private int trimEnd(int from, int to) {
        while (to > from && isSpace(cps[to - 1])) {
            to--;
        }
        return to;
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** An entry being assembled, in view offsets. */
    private static final class Draft {
        final int headlineStart;
        int headlineEnd;
        int narrativeStart = -1;
        int narrativeEnd = -1;
        final List<Brackets.Group> blocks = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        YearTracker.Dated dated;
        /** No more narrative may be added: a part that is no text of the entry follows it. */
        boolean sealed;

        Draft(int headlineStart, int headlineEnd) {
            this.headlineStart = headlineStart;
            this.headlineEnd = headlineEnd;
        }

        void addNarrative(int start, int end) {
            if (narrativeStart < 0) {
                narrativeStart = start;
            }
            narrativeEnd = end;
        }

        void addBlock(Brackets.Group block) {
            blocks.add(block);
        }

        int end() {
            int end = Math.max(headlineEnd, narrativeEnd);
            for (Brackets.Group b : blocks) {
                end = Math.max(end, b.end());
            }
            return end;
        }

        boolean covers(int position) {
            return headlineStart <= position && position < end();
        }
    }

    /** A labelled stretch of the view, for the segment partition. */
    record Part(Segment.Kind kind, int start, int end, Integer entry) {
    }
}
