package org.biannian.sources;

import static org.biannian.sources.Glyphs.endsReading;
import static org.biannian.sources.Glyphs.glyphCount;
import static org.biannian.sources.Glyphs.isCloseBracket;
import static org.biannian.sources.Glyphs.isOpenBracket;
import static org.biannian.sources.Glyphs.isSpace;
import static org.biannian.sources.Glyphs.isWordChar;
import static org.biannian.sources.Glyphs.startsWith;
import static org.biannian.sources.Glyphs.string;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.biannian.text.Diagnostic;
import org.biannian.text.Diagnostic.Severity;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * Reads a note span (按…, 考…, 李燾曰…, or an inline 「一作X」) into a {@link CriticalNote}: the works it
 * names, what they read differently, which work the compiler followed.
 *
 * <p>The reading is by cue words, not by understanding: 「此從《X》」 gives the verdict, 「係於」 a date,
 * 「《X》作Y」 and 「一作Y」 a variant reading, 「不載」 / 「不言」 an omission. A note without such cues is
 * {@link DiscrepancyKind#OTHER}. Never throws on odd text: problems come back as diagnostics.
 */
public final class NoteReader {

    /** Words that open a note; stripped when taking the reading a note starts with (「按嵬囉嵬悉俄，…」). */
    static final List<String> OPENERS = List.of("謹按", "又按", "今按", "按", "案", "考", "又");
    private static final Cues DATE_CUES = Cues.of("係之於", "繫之於", "係於", "繫於", "系於", "書於");
    private static final Cues SOME_COPY_CUES = Cues.of("一本作", "一作", "或作", "亦作");
    private static final Cues OMISSION_CUES = Cues.of("未嘗言", "不載", "不言", "未載", "未言", "失載", "不書", "無此事");
    private static final Cues OWN_BIOGRAPHY = Cues.of("均見本傳", "並見本傳", "俱見本傳", "皆見本傳", "見本傳");
    private static final Pattern DATE = Pattern.compile(
            "[元正一二三四五六七八九十]+年|閏?[正一二三四五六七八九十冬臘]+月|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]|是歲|是年|明年|朔|晦");
    private static final String PLACE_ENDINGS = "州軍縣寨砦堡城鎮關河山川原池谷嶺府路";
    /** Readings longer than this are accounts of an act, not names. */
    private static final int LONGEST_NAME = 6;

    private final Works works;
    private final TitleResolver titles;

    private NoteReader(Works works) {
        this.works = works;
        this.titles = new TitleResolver(works);
    }

    public static NoteReader of(Works works) {
        return new NoteReader(Objects.requireNonNull(works, "works"));
    }

    /** Reads the note at {@code note}; a bare 《X傳》 is looked up as a section of any history that has it. */
    public CriticalNote read(SourceText text, Span note) {
        return read(text, note, null);
    }

    /**
     * Reads the note at {@code note} (code points of {@code text}).
     *
     * @param contextWork canonical title of the history the entry cites, to which a bare 《X傳》 belongs; or null
     * @throws IllegalArgumentException if the span lies outside the text
     */
    public CriticalNote read(SourceText text, Span note, String contextWork) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(note, "note");
        if (note.end() > text.length()) {
            throw new IllegalArgumentException("note " + note + " outside the text (" + text.length() + " code points)");
        }
        return new Pass(text, note, contextWork == null ? null : works.work(contextWork).orElse(null)).read();
    }

    /** One title found in the note, resolved. */
    private record Hit(int start, int end, List<WorkRef> refs, Work work) {
    }

    /** The state of reading one note; discarded afterwards. */
    private final class Pass {
        final SourceText text;
        final Span note;
        final int[] cps;
        final int base;
        final Work givenContext;
        Work context;
        int lo;
        int hi;
        final List<Hit> hits = new ArrayList<>();
        final List<WorkRef> refs = new ArrayList<>();
        final List<VariantReading> variants = new ArrayList<>();
        final Set<WorkRef> silent = new LinkedHashSet<>();
        final CappedDiagnostics diagnostics;
        String verdict;

        Pass(SourceText text, Span note, Work context) {
            this.text = text;
            this.note = note;
            this.cps = text.slice(note).codePoints().toArray();
            this.base = note.start();
            this.context = context;
            this.givenContext = context;
            this.diagnostics = new CappedDiagnostics(text);
        }

        Span span(int from, int to) {
            return new Span(base + from, base + to);
        }

        CriticalNote read() {
            lo = 0;
            hi = cps.length;
            if (hi > 0 && isOpenBracket(cps[0])) {
                lo++;
                if (hi > lo && isCloseBracket(cps[hi - 1])) {
                    hi--;
                }
            }
            findTitles();
            findOwnBiographies();
            findVerdict();
            findDates();
            findWorkReadings();
            findSomeCopyReadings();
            findOmissions();
            variants.sort((a, b) -> a.span().compareTo(b.span()));
            refs.sort((a, b) -> a.span().compareTo(b.span()));
            return new CriticalNote(note, refs, kind(), verdict, variants, List.copyOf(silent), diagnostics.toList());
        }

        void findTitles() {
            for (int i = lo; i < hi; i++) {
                if (cps[i] != '《') {
                    continue;
                }
                int close = -1;
                for (int k = i + 1; k < hi && cps[k] != '《'; k++) {
                    if (cps[k] == '》') {
                        close = k;
                        break;
                    }
                }
                if (close < 0) {
                    diagnostics.add(Diagnostic.at(text, span(i, i + 1), "UNCLOSED_TITLE", Severity.WARNING,
                            "《 is not closed by 》 in this note"));
                    continue;
                }
                String content = string(cps, i + 1, close);
                String nextTitle = CitationParser.titleAfterEnumeration(cps, close + 1, hi);
                TitleResolver.Resolved resolved = null;
                String author = null;
                // The author, when named, stands just before the title (「故李氏《長編》云」); try the longest name first.
                for (int len = 4; len >= 2 && resolved == null; len--) {
                    if (i - len < lo || !allWordChars(i - len, i)) {
                        continue;
                    }
                    String candidate = string(cps, i - len, i);
                    TitleResolver.Resolved r = titles.resolve(content, candidate, context, nextTitle);
                    if (r.known() && titles.authorMatches(r.work(), candidate)) {
                        resolved = r;
                        author = candidate;
                    }
                }
                if (resolved == null) {
                    resolved = titles.resolve(content, null, context, nextTitle);
                }
                int start = author == null ? i : i - author.codePointCount(0, author.length());
                int end = close + 1;
                Integer juan = null;
                int[] juanEnd = new int[1];
                Integer j = CitationParser.readJuan(cps, end, hi, juanEnd);
                if (j != null) {
                    juan = j;
                    end = juanEnd[0];
                }
                Span at = span(start, end);
                for (TitleResolver.Issue issue : resolved.issues()) {
                    diagnostics.add(Diagnostic.at(text, at, issue.code(), issue.severity(), issue.message()));
                }
                List<WorkRef> found = new ArrayList<>();
                String asCited = string(cps, start, end);
                if (resolved.sections().isEmpty()) {
                    found.add(new WorkRef(at, resolved.title(), null, juan, asCited, resolved.known()));
                } else {
                    for (String s : resolved.sections()) {
                        found.add(new WorkRef(at, resolved.title(), s, juan, asCited, resolved.known()));
                    }
                }
                hits.add(new Hit(start, end, found, resolved.work()));
                refs.addAll(found);
                if (resolved.work() != null && resolved.work().hasBiographies()) {
                    context = resolved.work();
                }
                i = close;
            }
        }

        boolean allWordChars(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!isWordChar(cps[k])) {
                    return false;
                }
            }
            return true;
        }

        void findOwnBiographies() {
            for (int i = lo; i < hi; i++) {
                String cue = OWN_BIOGRAPHY.at(cps, i, hi);
                if (cue != null) {
                    int len = cue.length();
                    Work work = historyBefore(i);
                    Span at = span(i, i + len);
                    if (work == null) {
                        diagnostics.add(Diagnostic.at(text, at, "OWN_BIOGRAPHY_UNRESOLVED", Severity.INFO,
                                cue + ": no history named before it, so which 本傳 is meant is unknown"));
                    }
                    refs.add(new WorkRef(at, work == null ? "本傳" : work.title(), null, null, cue, work != null));
                    i += len - 1;
                }
            }
        }

        /** The history last named before {@code position}, else the context the caller gave. */
        Work historyBefore(int position) {
            for (int k = hits.size() - 1; k >= 0; k--) {
                Hit h = hits.get(k);
                if (h.start < position && h.work != null && h.work.hasBiographies()) {
                    return h.work;
                }
            }
            return givenContext;
        }

        /** The last title ending at or before {@code position}, or null; hits are in text order, so search. */
        Hit hitBefore(int position) {
            int low = 0;
            int high = hits.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (hits.get(mid).end <= position) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low == 0 ? null : hits.get(low - 1);
        }

        void findVerdict() {
            for (Hit h : hits) {
                if (h.start - 1 >= lo && cps[h.start - 1] == '從' && !h.refs.isEmpty()) {
                    verdict = h.refs.get(0).label();
                    return;
                }
            }
        }

        void findDates() {
            for (int i = lo; i < hi; i++) {
                String cue = DATE_CUES.at(cps, i, hi);
                if (cue != null) {
                    int from = i + cue.length();
                    int to = readingEnd(from);
                    if (to > from) {
                        Hit h = hitBefore(i);
                        variants.add(new VariantReading(span(from, to), string(cps, from, to), null,
                                h == null ? null : h.refs.get(0), DiscrepancyKind.DATE));
                    }
                    i = Math.max(i, to - 1);
                }
            }
        }

        /** 「《X》作Y」: what work X reads instead. */
        void findWorkReadings() {
            for (Hit h : hits) {
                int p = h.end;
                if (p >= hi || cps[p] != '作') {
                    continue;
                }
                int from = p + 1;
                int to = readingEnd(from);
                if (to <= from) {
                    continue;
                }
                String reading = string(cps, from, to);
                String original = originalInNote(h.start);
                boolean clauseGoesOn = to + 1 < hi && (cps[to] == '，' || cps[to] == ',') && isWordChar(cps[to + 1]);
                DiscrepancyKind kind;
                if (original == null && (clauseGoesOn || glyphCount(reading) > LONGEST_NAME)) {
                    kind = DiscrepancyKind.ATTRIBUTION;
                } else {
                    if (original == null) {
                        original = originalBeforeInlineNote(glyphCount(reading));
                    }
                    kind = classify(original, reading);
                }
                variants.add(new VariantReading(span(from, to), reading, original, h.refs.get(0), kind));
            }
        }

        /** 「一作Y」: another copy reads Y. */
        void findSomeCopyReadings() {
            for (int i = lo; i < hi; i++) {
                String cue = SOME_COPY_CUES.at(cps, i, hi);
                if (cue != null) {
                    int from = i + cue.length();
                    int to = readingEnd(from);
                    if (to > from) {
                        String reading = string(cps, from, to);
                        String original = originalInNote(i);
                        if (original == null) {
                            original = originalBeforeInlineNote(glyphCount(reading));
                        }
                        variants.add(new VariantReading(span(from, to), reading, original, null, classify(original, reading)));
                    }
                    i = Math.max(i, to - 1);
                }
            }
        }

        void findOmissions() {
            for (int i = lo; i < hi; i++) {
                String cue = OMISSION_CUES.at(cps, i, hi);
                if (cue != null) {
                    Hit h = hitBefore(i);
                    if (h != null) {
                        silent.addAll(h.refs);
                    }
                    i += cue.length() - 1;
                }
            }
        }

        /** End of a reading starting at {@code from}: the next punctuation, 此從, or the note's end. */
        int readingEnd(int from) {
            int k = from;
            while (k < hi && !endsReading(cps[k]) && !startsWith(cps, k, hi, "此從")) {
                k++;
            }
            return k;
        }

        /** 「按嵬囉嵬悉俄，《夏國傳》作…」: the words between the note's opener and the comma before the title. */
        String originalInNote(int titleStart) {
            int k = titleStart - 1;
            while (k >= lo && isSpace(cps[k])) {
                k--;
            }
            if (k < lo || (cps[k] != '，' && cps[k] != ',')) {
                return null;
            }
            int end = k;
            int start = end;
            while (start - 1 >= lo && isWordChar(cps[start - 1])) {
                start--;
            }
            for (String opener : OPENERS) {
                if (startsWith(cps, start, end, opener) && end - start > opener.length()) {
                    start += opener.length();
                    break;
                }
            }
            return end > start ? string(cps, start, end) : null;
        }

        /**
         * For an inline note 「乜遇（一作<白>遇）」, the same number of written characters just before the
         * bracket, as the reading it replaces; null when the note is not inline or the text there is not a word.
         */
        String originalBeforeInlineNote(int glyphs) {
            int bracket;
            if (text.length() > note.start() && isOpenBracket(text.codePointAt(note.start()))) {
                bracket = note.start();
            } else if (note.start() > 0 && isOpenBracket(text.codePointAt(note.start() - 1))) {
                bracket = note.start() - 1;
            } else {
                return null;
            }
            int k = bracket;
            int counted = 0;
            while (counted < glyphs && k > 0) {
                int c = text.codePointAt(k - 1);
                if (c == '>') {
                    int open = k - 1;
                    while (open > 0 && text.codePointAt(open) != '<' && bracket - open < 12) {
                        open--;
                    }
                    if (text.codePointAt(open) != '<') {
                        return null;
                    }
                    k = open;
                } else if (isWordChar(c) && c != '<') {
                    k--;
                } else {
                    return null;
                }
                counted++;
            }
            return counted == glyphs && k < bracket ? text.slice(k, bracket) : null;
        }

        DiscrepancyKind kind() {
            for (VariantReading v : variants) {
                if (v.kind() == DiscrepancyKind.DATE) {
                    return DiscrepancyKind.DATE;
                }
            }
            if (!variants.isEmpty()) {
                return variants.get(0).kind();
            }
            return silent.isEmpty() ? DiscrepancyKind.OTHER : DiscrepancyKind.OMISSION;
        }
    }

    /** What a variant reading differs in, from its shape. */
    static DiscrepancyKind classify(String original, String reading) {
        if (DATE.matcher(reading).find() && (original == null || DATE.matcher(original).find())) {
            return DiscrepancyKind.DATE;
        }
        if (isNumber(reading) && (original == null || isNumber(original))) {
            return DiscrepancyKind.NUMBER;
        }
        if (endsLikePlace(reading) || (original != null && endsLikePlace(original))) {
            return DiscrepancyKind.PLACE;
        }
        return DiscrepancyKind.NAME;
    }

    private static boolean isNumber(String s) {
        int[] c = s.codePoints().toArray();
        int numerals = 0;
        for (int x : c) {
            if (Glyphs.isNumeral(x) || x == '萬' || x == '餘') {
                numerals++;
            }
        }
        // A number may end in one measure word: 三千人, 五百匹.
        return c.length > 0 && numerals >= c.length - 1 && Glyphs.isNumeral(c[0]);
    }

    private static boolean endsLikePlace(String s) {
        return !s.isEmpty() && PLACE_ENDINGS.indexOf(s.codePointAt(s.offsetByCodePoints(0, s.codePointCount(0, s.length()) - 1))) >= 0;
    }
}
