package org.biannian.parallels;

import java.util.Arrays;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/**
 * The characters of a text that are compared, in order: its ideographs (and private-use glyphs),
 * without punctuation, white space, line marks (¶), page markers ({@code <pb:…>}) or header lines
 * ({@code #+TITLE:}). Each keeps its source offset, its comparison key, whether it stands inside a
 * bracketed small note, and whether a new item (a 四庫 item gap, a sentence end, a paragraph)
 * starts at it.
 *
 * <p>Comparing on this reading makes an unpunctuated 四庫 text and a punctuated edition line up
 * character for character, whatever form reader produced the view.
 */
final class Reading {

    private final int[] raw;
    private final int[] folded;
    private final int[] sourceOffsets;
    private final boolean[] inNote;
    private final boolean[] itemStart;
    private final boolean[] punctuatedBefore;

    private Reading(int[] raw, int[] folded, int[] sourceOffsets, boolean[] inNote, boolean[] itemStart,
                    boolean[] punctuatedBefore) {
        this.raw = raw;
        this.folded = folded;
        this.sourceOffsets = sourceOffsets;
        this.inNote = inNote;
        this.itemStart = itemStart;
        this.punctuatedBefore = punctuatedBefore;
    }

    /** The reading of {@code view}, folded with {@code folding}. */
    static Reading of(TextView view, ComparisonFolding folding) {
        String text = view.text().text();
        int n = view.text().length();
        int[] raw = new int[n];
        int[] folded = new int[n];
        int[] offsets = new int[n];
        boolean[] note = new boolean[n];
        boolean[] start = new boolean[n];
        boolean[] punctuated = new boolean[n];
        boolean punctuation = false;
        int count = 0;
        int depth = 0;
        boolean lineStart = true;
        boolean skipLine = false;
        boolean pendingBreak = true;
        boolean seenOnLine = false;
        int blankLines = 0;
        int position = 0;
        for (int i = 0; i < text.length(); position++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                punctuation = punctuation || !seenOnLine;
                if (!seenOnLine && !skipLine) {
                    blankLines++;
                }
                if (blankLines > 0) {
                    pendingBreak = true;
                }
                lineStart = true;
                skipLine = false;
                seenOnLine = false;
                continue;
            }
            if (lineStart && c == '#') {
                skipLine = true; // a Kanripo header line (#+TITLE: …) is no part of the text
            }
            boolean wasLineStart = lineStart;
            lineStart = false;
            if (skipLine) {
                continue;
            }
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (c == '　' && !wasLineStart && seenOnLine) {
                pendingBreak = true; // 四庫 texts set a gap between items within a line
            } else if ((c == '。' || c == '」') && depth == 0) {
                pendingBreak = true;
            }
            if (isCompared(c)) {
                raw[count] = c;
                folded[count] = folding.fold(c);
                offsets[count] = view.toSource(position);
                note[count] = depth > 0;
                start[count] = pendingBreak;
                punctuated[count] = punctuation;
                punctuation = false;
                pendingBreak = false;
                seenOnLine = true;
                blankLines = 0;
                count++;
            } else {
                if (c != '　' && c != ' ' && c != '\t' && c != '\r') {
                    seenOnLine = true;
                }
                // Punctuation, a gap or a paragraph separates words; a 四庫 line mark (¶) or page marker does not.
                punctuation = punctuation || (c >= 0x80 && c != '¶');
            }
        }
        return new Reading(Arrays.copyOf(raw, count), Arrays.copyOf(folded, count), Arrays.copyOf(offsets, count),
                Arrays.copyOf(note, count), Arrays.copyOf(start, count), Arrays.copyOf(punctuated, count));
    }

    /** Whether {@code c} is compared: ideographs (Extension B included), 〇 and private-use glyphs. */
    static boolean isCompared(int c) {
        return Character.isIdeographic(c) || c == '〇' || Character.getType(c) == Character.PRIVATE_USE;
    }

    int length() {
        return raw.length;
    }

    int raw(int i) {
        return raw[i];
    }

    int folded(int i) {
        return folded[i];
    }

    int[] foldedCodes() {
        return folded;
    }

    boolean inNote(int i) {
        return inNote[i];
    }

    /** Whether punctuation, a gap or a paragraph stands between character {@code i} and the one before. */
    boolean punctuatedBefore(int i) {
        return punctuatedBefore[i];
    }

    boolean startsItem(int i) {
        return itemStart[i];
    }

    int sourceOffset(int i) {
        return sourceOffsets[i];
    }

    /** The source span from reading character {@code start} to just after character {@code end - 1}. */
    Span sourceSpan(int start, int end) {
        if (start >= end) {
            int at = start < sourceOffsets.length ? sourceOffsets[start] : 0;
            return new Span(at, at);
        }
        return new Span(sourceOffsets[start], sourceOffsets[end - 1] + 1);
    }

    /** The first reading character at or after source offset {@code sourcePosition}. */
    int fromSource(int sourcePosition) {
        int found = Arrays.binarySearch(sourceOffsets, sourcePosition);
        return found >= 0 ? found : -found - 1;
    }

    /** The raw characters {@code [start, end)} as a string. */
    String rawText(int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            out.appendCodePoint(raw[i]);
        }
        return out.toString();
    }
}
