package org.biannian.sources;

import static org.biannian.sources.Glyphs.isCloseBracket;
import static org.biannian.sources.Glyphs.isNumeral;
import static org.biannian.sources.Glyphs.isOpenBracket;
import static org.biannian.sources.Glyphs.isSpace;
import static org.biannian.sources.Glyphs.isWordChar;
import static org.biannian.sources.Glyphs.startsWith;
import static org.biannian.sources.Glyphs.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.biannian.text.Diagnostic;
import org.biannian.text.Diagnostic.Severity;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * Reads a citation block 「（《宋史·太宗本紀》及《長編》三十五。按…）」 into the works it cites and its notes.
 *
 * <p>A block is a list of citations joined by 及, 、, 並 or ，, then any notes, each opening a sentence
 * with 按, 案, 考 or 「X曰」. A citation is 《title》 (with 「·」 between a work and its sections, 「、」
 * between sections), optionally an author before it (王氏《東都事略》), a juan after it (三十五, 卷三十五),
 * 小注, or names of biographies (《宋史》張崇貴、許均傳); or biographies of the history cited before it
 * (及李繼隆、石保興、王德用等傳); or 見本傳. Titles are resolved against the {@link Works} authority; what
 * cannot be read becomes a diagnostic, never an exception.
 */
public final class CitationParser {

    /** Blocks longer than this are probably a missing closing bracket swallowing text. */
    static final int LONG_BLOCK = 1000;
    private static final String SEPARATORS = "及、並，,。；;與和又";
    private static final Cues OWN_BIOGRAPHY = Cues.of("均見本傳", "並見本傳", "俱見本傳", "皆見本傳", "見各本傳", "見本傳");
    private static final Cues SMALL_NOTE = Cues.of("小注", "小註", "夾注", "注", "註");
    /** Words opening a note at a sentence start; 考 and 「X曰」 are handled apart. */
    private static final Cues NOTE_OPENERS = Cues.of("謹按", "又按", "今按", "按", "案");

    private final Works works;
    private final TitleResolver titles;
    private final NoteReader notes;

    private CitationParser(Works works) {
        this.works = works;
        this.titles = new TitleResolver(works);
        this.notes = NoteReader.of(works);
    }

    public static CitationParser of(Works works) {
        return new CitationParser(Objects.requireNonNull(works, "works"));
    }

    /** Reads one citation block (span in code points of {@code text}) into its citations, notes and diagnostics. */
    public CitationBlock read(SourceText text, Span block) {
        return read(text, block, null);
    }

    /**
     * Reads one citation block.
     *
     * @param contextWork canonical title of a history cited earlier in the entry, for bare 《X傳》; or null
     * @throws IllegalArgumentException if the span lies outside the text
     */
    public CitationBlock read(SourceText text, Span block, String contextWork) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(block, "block");
        if (block.end() > text.length()) {
            throw new IllegalArgumentException("block " + block + " outside the text (" + text.length() + " code points)");
        }
        return new Pass(text, block, contextWork == null ? null : works.work(contextWork).orElse(null)).read();
    }

    /** The state of reading one block; discarded afterwards. */
    private final class Pass {
        final SourceText text;
        final Span block;
        final int[] cps;
        final int base;
        Work context;
        final List<Citation> citations = new ArrayList<>();
        final List<CriticalNote> blockNotes = new ArrayList<>();
        final CappedDiagnostics diagnostics;

        Pass(SourceText text, Span block, Work context) {
            this.text = text;
            this.block = block;
            this.cps = text.slice(block).codePoints().toArray();
            this.base = block.start();
            this.context = context;
            this.diagnostics = new CappedDiagnostics(text);
        }

        Span span(int from, int to) {
            return new Span(base + from, base + to);
        }

        void report(int from, int to, String code, Severity severity, String message) {
            diagnostics.add(Diagnostic.at(text, span(from, to), code, severity, message));
        }

        CitationBlock read() {
            int n = cps.length;
            int lo = 0;
            int hi = n;
            boolean open = n > 0 && isOpenBracket(cps[0]);
            boolean close = n > 1 && isCloseBracket(cps[n - 1]);
            if (open) {
                lo = 1;
            }
            if (close) {
                hi = n - 1;
            }
            if (open && !close) {
                report(0, 1, "UNBALANCED_BRACKET", Severity.WARNING, "the citation block's bracket is not closed");
            } else if (close && !open) {
                report(n - 1, n, "UNBALANCED_BRACKET", Severity.WARNING, "the citation block closes a bracket it did not open");
            }
            while (lo < hi && isSpace(cps[lo])) {
                lo++;
            }
            while (hi > lo && isSpace(cps[hi - 1])) {
                hi--;
            }
            if (lo >= hi) {
                report(0, n, "EMPTY_CITATION", Severity.WARNING, "the citation block cites nothing");
                return new CitationBlock(block, citations, blockNotes, diagnostics.toList());
            }
            if (n > LONG_BLOCK) {
                report(0, n, "CITATION_TOO_LONG", Severity.WARNING, "a citation block of " + n
                        + " characters; a closing bracket may be missing");
            }
            List<Integer> noteStarts = noteStarts(lo, hi);
            int citationsEnd = noteStarts.isEmpty() ? hi : noteStarts.get(0);
            readCitations(lo, citationsEnd);
            String noteContext = context == null ? null : context.title();
            for (int k = 0; k < noteStarts.size(); k++) {
                int from = noteStarts.get(k);
                int to = k + 1 < noteStarts.size() ? noteStarts.get(k + 1) : hi;
                while (to > from && isSpace(cps[to - 1])) {
                    to--;
                }
                blockNotes.add(notes.read(text, span(from, to), noteContext));
            }
            if (citations.isEmpty() && blockNotes.isEmpty()) {
                report(0, n, "NO_CITATION", Severity.WARNING, "no work could be read from this citation block");
            }
            return new CitationBlock(block, citations, blockNotes, diagnostics.toList());
        }

        /** Where notes begin: 按 / 案 opening a sentence; 考 and 「X曰」 too unless a note is already open. */
        List<Integer> noteStarts(int lo, int hi) {
            List<Integer> starts = new ArrayList<>();
            int quotes = 0;
            int parens = 0;
            int titleDepth = 0;
            boolean sentenceStart = true;
            for (int i = lo; i < hi; i++) {
                int c = cps[i];
                if (sentenceStart && quotes == 0 && parens == 0 && titleDepth == 0 && !isSpace(c)) {
                    boolean opensNote = NOTE_OPENERS.at(cps, i, hi) != null
                            // 考 and 「X曰」 inside an open note continue its argument (「按…。考《西夏傳》…」).
                            || (starts.isEmpty() && (startsWith(cps, i, hi, "考") || saysSomeone(i, hi)));
                    if (opensNote) {
                        starts.add(i);
                    }
                }
                switch (c) {
                    case '「', '『', '“', '‘' -> quotes++;
                    case '」', '』', '”', '’' -> quotes = Math.max(0, quotes - 1);
                    case '（', '(' -> parens++;
                    case '）', ')' -> parens = Math.max(0, parens - 1);
                    case '《' -> titleDepth++;
                    case '》' -> titleDepth = Math.max(0, titleDepth - 1);
                    default -> { }
                }
                if (!isSpace(c)) {
                    sentenceStart = Glyphs.endsSentence(c) && quotes == 0;
                }
            }
            return starts;
        }

        /** 「李燾曰：」: two to four characters, 曰, then a colon or a quotation. */
        boolean saysSomeone(int i, int hi) {
            for (int len = 2; len <= 4; len++) {
                int k = i + len;
                if (k + 1 < hi && cps[k] == '曰' && (cps[k + 1] == '：' || cps[k + 1] == ':' || cps[k + 1] == '「')) {
                    boolean word = true;
                    for (int m = i; m < k; m++) {
                        word &= isWordChar(cps[m]);
                    }
                    if (word) {
                        return true;
                    }
                }
            }
            return false;
        }

        void readCitations(int from, int to) {
            int i = from;
            while (i < to) {
                int own = ownBiography(i, to);
                if (own > 0) {
                    addOwnBiography(i, i + own);
                    i += own;
                    continue;
                }
                int c = cps[i];
                if (isSpace(c) || SEPARATORS.indexOf(c) >= 0) {
                    i++;
                    continue;
                }
                if (c == '《') {
                    i = readTitle(i, i, null, to);
                    continue;
                }
                if (isWordChar(c)) {
                    int k = i;
                    while (k < to && k - i <= 6 && isWordChar(cps[k]) && SEPARATORS.indexOf(cps[k]) < 0) {
                        k++;
                    }
                    if (k < to && k > i && cps[k] == '《') {
                        i = readTitle(k, i, string(cps, i, k), to);
                        continue;
                    }
                    int end = readBiographies(i, to, context, i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                i = skipUnreadable(i, to);
            }
        }

        int ownBiography(int i, int to) {
            String cue = OWN_BIOGRAPHY.at(cps, i, to);
            return cue == null ? 0 : cue.length();
        }

        void addOwnBiography(int from, int to) {
            if (context == null) {
                report(from, to, "OWN_BIOGRAPHY_UNRESOLVED", Severity.INFO,
                        string(cps, from, to) + ": no history cited before it, so which 本傳 is meant is unknown");
            }
            citations.add(new Citation(span(from, to), context == null ? "本傳" : context.title(), null, null, false,
                    string(cps, from, to), null, context != null));
        }

        int skipUnreadable(int i, int to) {
            int k = i + 1;
            while (k < to && SEPARATORS.indexOf(cps[k]) < 0 && cps[k] != '《') {
                k++;
            }
            report(i, k, "CITATION_UNREADABLE", Severity.WARNING,
                    "「" + abbreviate(string(cps, i, k)) + "」 is not a citation this parser can read");
            return k;
        }

        /**
         * Reads 《…》 opening at {@code open} (author from {@code start}), its juan, 小注 and biographies;
         * returns where reading continues.
         */
        int readTitle(int open, int start, String author, int to) {
            int close = -1;
            int k = open + 1;
            for (; k < to && cps[k] != '《'; k++) {
                if (cps[k] == '》') {
                    close = k;
                    break;
                }
            }
            if (close < 0) {
                // Unclosed: read what is there as far as the next title or clause, and keep it only if it is a known work.
                int end = open + 1;
                while (end < to && cps[end] != '《' && cps[end] != '。' && cps[end] != '及' && cps[end] != '、') {
                    end++;
                }
                report(open, end, "UNCLOSED_TITLE", Severity.WARNING, "《 is not closed by 》");
                TitleResolver.Resolved r = titles.resolve(string(cps, open + 1, end), author, context, null);
                if (r.known() && r.issues().isEmpty()) {
                    addCitations(r, start, end, null, false, author);
                }
                return Math.max(end, open + 1);
            }
            String content = string(cps, open + 1, close);
            TitleResolver.Resolved resolved = titles.resolve(content, author, context, titleAfterEnumeration(cps, close + 1, to));
            int end = close + 1;
            int[] juanEnd = new int[1];
            Integer juan = readJuan(cps, end, to, juanEnd);
            if (juan != null) {
                end = juanEnd[0];
            }
            String small = SMALL_NOTE.at(cps, end, to);
            boolean smallNote = small != null;
            if (smallNote) {
                end += small.length();
            }
            for (TitleResolver.Issue issue : resolved.issues()) {
                report(start, end, issue.code(), issue.severity(), issue.message());
            }
            if (resolved.known() && resolved.work().hasBiographies() && resolved.sections().isEmpty()
                    && end < to && isWordChar(cps[end]) && SEPARATORS.indexOf(cps[end]) < 0) {
                // 《宋史》張崇貴、許均傳: the biographies follow the history's title.
                int after = readBiographies(end, to, resolved.work(), start);
                if (after > end) {
                    context = resolved.work();
                    return after;
                }
            }
            if (resolved.title().isEmpty()) {
                return end;
            }
            addCitations(resolved, start, end, juan, smallNote, author);
            return end;
        }

        void addCitations(TitleResolver.Resolved r, int start, int end, Integer juan, boolean smallNote, String author) {
            Span at = span(start, end);
            String asCited = string(cps, start, end);
            if (r.sections().isEmpty()) {
                citations.add(new Citation(at, r.title(), null, juan, smallNote, asCited, author, r.known()));
            }
            for (String section : r.sections()) {
                citations.add(new Citation(at, r.title(), section, juan, smallNote, asCited, author, r.known()));
            }
            if (r.known() && r.work().hasBiographies()) {
                context = r.work();
            }
        }

        /**
         * Reads 「李繼隆、石保興、王德用等傳」 at {@code from}: names joined by 、, the last ending in 傳, as
         * biographies in {@code history}. Returns where the list ends, or {@code from} when there is none.
         */
        int readBiographies(int from, int to, Work history, int spanStart) {
            List<int[]> names = new ArrayList<>();
            int i = from;
            while (i < to) {
                int k = i;
                while (k < to && isWordChar(cps[k]) && SEPARATORS.indexOf(cps[k]) < 0) {
                    k++;
                }
                if (k == i) {
                    return from;
                }
                names.add(new int[] {i, k});
                if (cps[k - 1] == '傳') {
                    i = k;
                    break;
                }
                if (k < to && cps[k] == '、') {
                    i = k + 1;
                } else {
                    return from;
                }
            }
            int[] last = names.isEmpty() ? null : names.get(names.size() - 1);
            if (last == null || cps[last[1] - 1] != '傳') {
                return from;
            }
            int listEnd = i;
            if (history == null || !history.hasBiographies()) {
                report(from, listEnd, "WORK_UNKNOWN", Severity.WARNING, "「" + string(cps, from, listEnd)
                        + "」 names biographies, but no history is cited before them; kept as cited");
            }
            for (int[] name : names) {
                int nameEnd = name[1];
                if (cps[nameEnd - 1] == '傳') {
                    nameEnd--;
                }
                if (nameEnd > name[0] && (cps[nameEnd - 1] == '等' || cps[nameEnd - 1] == '諸')) {
                    nameEnd--;
                }
                if (nameEnd <= name[0]) {
                    continue;
                }
                String section = string(cps, name[0], nameEnd) + "傳";
                String resolved = history == null ? section
                        : works.section(history, section).map(WorkSection::name).orElse(section);
                citations.add(new Citation(span(spanStart, listEnd), history == null ? "" : history.title(), resolved, null,
                        false, string(cps, spanStart, listEnd), null, history != null));
            }
            if (history == null) {
                citations.removeIf(c -> c.work().isEmpty());
            }
            return listEnd;
        }
    }

    /**
     * A juan number at {@code from} (三十五, 卷三十五, 三十五卷); null if none. {@code end[0]} is set to where it ends.
     */
    static Integer readJuan(int[] cps, int from, int to, int[] end) {
        int k = from;
        if (k < to && cps[k] == '卷') {
            k++;
        }
        int digits = k;
        while (k < to && isNumeral(cps[k])) {
            k++;
        }
        if (k == digits) {
            return null;
        }
        int value = Glyphs.numeralValue(cps, digits, k);
        if (value <= 0) {
            return null;
        }
        if (k < to && cps[k] == '卷') {
            k++;
        }
        end[0] = k;
        return value;
    }

    /** The content of the title after 「、」 at {@code from} (「《張崇貴》、《竇神寶傳》」), or null. */
    static String titleAfterEnumeration(int[] cps, int from, int to) {
        int k = from;
        while (k < to && isSpace(cps[k])) {
            k++;
        }
        if (k >= to || cps[k] != '、') {
            return null;
        }
        k++;
        while (k < to && isSpace(cps[k])) {
            k++;
        }
        if (k >= to || cps[k] != '《') {
            return null;
        }
        for (int m = k + 1; m < to && cps[m] != '《'; m++) {
            if (cps[m] == '》') {
                return string(cps, k + 1, m);
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.codePointCount(0, s.length()) <= 20 ? s : s.substring(0, s.offsetByCodePoints(0, 20)) + "…";
    }
}
