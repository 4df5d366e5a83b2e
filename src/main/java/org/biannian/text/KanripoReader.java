package org.biannian.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a Kanseki Repository (Kanripo, mandoku) text file as a {@link TextView} of paragraphs.
 *
 * <p>The files reproduce the printed page: {@code #+TITLE} / {@code #+PROPERTY} header lines,
 * {@code <pb:…>} page markers, a {@code ¶} at each physical line end, and lines of a fixed width
 * (21 columns in the 四庫全書). Header lines, page markers, pilcrows and the {@code /} that marks the
 * column break of a double-line small note {@code (…/…)} are left out of the view; a line that fills
 * the width runs on into the next, so its line end is left out too, and a line that falls short ends
 * the paragraph. Offsets stay offsets into the file.
 *
 * <p>The width is measured per file (the commonest line width), counting a small note as the width
 * of its longer column and an {@code &KR0001;} entity as one character. Whether a full line is
 * nonetheless followed by a new paragraph (one opening with a date) is a question for whoever knows
 * dates: it is passed in as {@code opensParagraph}.
 */
public final class KanripoReader {

    /** Widths of fewer lines than this are too few to measure a page width from. */
    private static final int MIN_MEASURED_LINES = 3;

    private final SourceText source;
    private final Predicate<String> opensParagraph;
    private final StringBuilder view = new StringBuilder();
    private int[] offsets = new int[1024];
    private int count;

    private KanripoReader(SourceText source, Predicate<String> opensParagraph) {
        this.source = source;
        this.opensParagraph = opensParagraph;
    }

    /** The paragraph view of {@code source}, full lines always running on. */
    public static TextView read(SourceText source) {
        return read(source, line -> false);
    }

    /**
     * The paragraph view of {@code source}; a full line is not run on into the next when
     * {@code opensParagraph} says the next line (its text with markup left out) starts a paragraph.
     */
    public static TextView read(SourceText source, Predicate<String> opensParagraph) {
        KanripoReader reader = new KanripoReader(source, opensParagraph);
        DocumentTitle title = reader.run();
        TextView view = TextView.mapped(source, reader.view.toString(), Arrays.copyOf(reader.offsets, reader.count));
        return title == null ? view : view.withTitle(title);
    }

    /** Whether {@code source} looks like a Kanripo file: a mandoku header, or page markers and pilcrows. */
    public static boolean isKanripo(SourceText source) {
        String text = source.text();
        String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        if (head.startsWith("# -*- mode: mandoku") || head.startsWith("#+TITLE:")) {
            return true;
        }
        return head.contains("<pb:") && head.contains("¶");
    }

    /** One physical line: its code-point range without the line end, and where its line end ends. */
    private record Line(int start, int end, int next) {
    }

    private DocumentTitle run() {
        List<Line> lines = lines();
        Map<String, String> header = new HashMap<>();
        int first = 0;
        while (first < lines.size() && isHeaderLine(lines.get(first))) {
            readHeader(lines.get(first), header);
            first++;
        }
        List<Line> body = lines.subList(first, lines.size());
        int width = measureWidth(body);
        boolean indentedLayout = isIndentedLayout(body);
        for (int i = 0; i < body.size(); i++) {
            Line line = body.get(i);
            String text = textOf(line);
            if (!text.isEmpty() || !isMarkupOnly(line)) {
                emitText(line);
            }
            if (isMarkupOnly(line)) {
                continue; // a page marker on a line of its own: its line end goes with it
            }
            Line next = nextContentLine(body, i + 1);
            String nextText = next == null ? "" : textOf(next);
            boolean runOn = next != null && !text.isEmpty() && columns(text) >= width
                    && !(indentedLayout && isIndented(text) != isIndented(nextText))
                    && !opensParagraph.test(nextText);
            if (!runOn) {
                for (int p = line.end(); p < line.next(); p++) {
                    emit(p);
                }
            }
        }
        String work = header.get("TITLE");
        if (work == null || work.isBlank()) {
            return null;
        }
        String juan = header.get("JUAN");
        return new DocumentTitle(work.strip(), juan == null || juan.isBlank() ? null : juan.strip());
    }

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        int n = source.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            int c = source.codePointAt(i);
            if (c == '\n' || c == '\r') {
                int next = i + 1;
                if (c == '\r' && next < n && source.codePointAt(next) == '\n') {
                    next++;
                }
                lines.add(new Line(start, i, next));
                start = next;
                i = next;
            } else {
                i++;
            }
        }
        if (start < n) {
            lines.add(new Line(start, n, n));
        }
        return lines;
    }

    private boolean isHeaderLine(Line line) {
        String s = source.slice(line.start(), line.end());
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return s.startsWith("#+") || s.startsWith("# ") || s.equals("#");
    }

    private void readHeader(Line line, Map<String, String> header) {
        String s = source.slice(line.start(), line.end()).replace("\uFEFF", "");
        if (s.startsWith("#+TITLE:")) {
            header.put("TITLE", s.substring("#+TITLE:".length()));
        } else if (s.startsWith("#+PROPERTY:")) {
            String[] kv = s.substring("#+PROPERTY:".length()).strip().split("\\s+", 2);
            if (kv.length == 2 && kv[0].equals("JUAN")) {
                header.put("JUAN", kv[1]);
            }
        }
    }

    private Line nextContentLine(List<Line> body, int from) {
        for (int i = from; i < body.size(); i++) {
            if (!isMarkupOnly(body.get(i))) {
                return body.get(i);
            }
        }
        return null;
    }

    /** A line holding markup and nothing else (a page marker and its ¶); an empty line is text, a paragraph break. */
    private boolean isMarkupOnly(Line line) {
        return line.end() > line.start() && textOf(line).isEmpty();
    }

    /**
     * Whether a quarter or more of the lines are indented by a full-width space: a 綱目 chronicle whose
     * 目 lines are all indented, so that a change of indentation ends a paragraph even after a full line.
     * (In the 長編 only the first line of a record may be indented, and the record runs on flush left.)
     */
    private boolean isIndentedLayout(List<Line> body) {
        int indented = 0;
        int all = 0;
        for (Line line : body) {
            String text = textOf(line);
            if (!text.isBlank()) {
                all++;
                indented += isIndented(text) ? 1 : 0;
            }
        }
        return all >= MIN_MEASURED_LINES && indented * 4 >= all;
    }

    private static boolean isIndented(String text) {
        return text.startsWith("\u3000");
    }

    /** The most common width among the body's lines: the page's width. */
    private int measureWidth(List<Line> body) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Line line : body) {
            String text = textOf(line);
            if (!text.isEmpty()) {
                counts.merge(columns(text), 1, Integer::sum);
            }
        }
        int best = Integer.MAX_VALUE;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() > best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        // Too few lines to tell a page width: run nothing on.
        return bestCount < MIN_MEASURED_LINES ? Integer.MAX_VALUE : best;
    }

    /**
     * The columns {@code text} fills on the page: one per character, one per entity, and for a small
     * note the length of its longer column (half its length when it has no column break).
     */
    static int columns(String text) {
        int[] cps = text.codePoints().toArray();
        int width = 0;
        int i = 0;
        while (i < cps.length) {
            if (cps[i] == '(') {
                int close = indexOf(cps, ')', i + 1);
                if (close > 0) {
                    int longest = 0;
                    int column = 0;
                    int breaks = 0;
                    for (int k = i + 1; k < close; k++) {
                        if (cps[k] == '/') {
                            longest = Math.max(longest, column);
                            column = 0;
                            breaks++;
                        } else {
                            column++;
                        }
                    }
                    longest = Math.max(longest, column);
                    width += breaks == 0 ? (column + 1) / 2 : longest;
                    i = close + 1;
                    continue;
                }
            }
            int entityEnd = entityEnd(cps, i);
            i = entityEnd > 0 ? entityEnd : i + 1;
            width++;
        }
        return width;
    }

    /** The end of an {@code &KR1234;} entity starting at {@code i}, or -1. */
    private static int entityEnd(int[] cps, int i) {
        if (cps[i] != '&' || i + 1 >= cps.length || !Character.isLetter(cps[i + 1])) {
            return -1;
        }
        for (int k = i + 1; k < cps.length && k < i + 16; k++) {
            if (cps[k] == ';') {
                return k + 1;
            }
            if (!Character.isLetterOrDigit(cps[k])) {
                return -1;
            }
        }
        return -1;
    }

    private static int indexOf(int[] cps, int c, int from) {
        for (int k = from; k < cps.length; k++) {
            if (cps[k] == c) {
                return k;
            }
        }
        return -1;
    }

    /** The line's text with page markers, pilcrows and note column breaks left out. */
    private String textOf(Line line) {
        StringBuilder out = new StringBuilder();
        walk(line, p -> out.appendCodePoint(source.codePointAt(p)));
        return out.toString();
    }

    private void emitText(Line line) {
        walk(line, this::emit);
    }

    /** Calls {@code take} with each source offset of the line that is text. */
    private void walk(Line line, java.util.function.IntConsumer take) {
        boolean inNote = false;
        int i = line.start();
        while (i < line.end()) {
            int c = source.codePointAt(i);
            if (c == '<') {
                int close = markerEnd(i, line.end());
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            if (c == '(') {
                inNote = true;
            } else if (c == ')') {
                inNote = false;
            }
            if (c != '¶' && !(inNote && c == '/')) {
                take.accept(i);
            }
            i++;
        }
    }

    /** The end of a mandoku marker such as {@code <pb:KR2b0019_WYG_039-1a>} at {@code i}, or -1. */
    private int markerEnd(int i, int lineEnd) {
        int k = i + 1;
        while (k < lineEnd && k < i + 12) {
            int c = source.codePointAt(k);
            if (c == ':') {
                break;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return -1;
            }
            k++;
        }
        if (k == i + 1 || k >= lineEnd || source.codePointAt(k) != ':') {
            return -1;
        }
        for (int m = k; m < lineEnd && m < i + 200; m++) {
            int c = source.codePointAt(m);
            if (c == '>') {
                return m + 1;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private void emit(int sourceOffset) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = sourceOffset;
        view.appendCodePoint(source.codePointAt(sourceOffset));
    }
}
