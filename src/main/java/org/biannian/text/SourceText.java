package org.biannian.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text exactly as read, never altered, addressed by code point.
 *
 * <p>Java strings count UTF-16 units; every public offset here counts code points, and the
 * conversion happens in this class only. Lines end at {@code \n}, and at a bare {@code \r}; a
 * {@code \r} before a {@code \n} stays part of the line's text.
 */
public final class SourceText {

    private final String name;
    private final String text;
    private final int length;
    /** Code-point offsets of supplementary characters, ascending; empty for BMP-only text. */
    private final int[] astralCodePoints;
    /** Code-point offset at which each line starts. */
    private final int[] lineStarts;

    private SourceText(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        this.length = text.codePointCount(0, text.length());
        int[] astral = new int[Math.max(0, text.length() - length)];
        int[] lines = new int[16];
        int lineCount = 1;
        int astralCount = 0;
        int cp = 0;
        for (int i = 0; i < text.length(); cp++) {
            int c = text.codePointAt(i);
            if (Character.isSupplementaryCodePoint(c)) {
                astral[astralCount++] = cp;
            }
            i += Character.charCount(c);
            // A line ends at LF, at CRLF (the CR stays in the line's text) and at a bare CR.
            if (c == '\n' || c == '\r' && (i == text.length() || text.charAt(i) != '\n')) {
                if (lineCount == lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                lines[lineCount++] = cp + 1;
            }
        }
        this.astralCodePoints = astral;
        this.lineStarts = Arrays.copyOf(lines, lineCount);
    }

    /** Wraps {@code text}; {@code name} says where it came from (a file name, or a label). */
    public static SourceText of(String name, String text) {
        return new SourceText(name, text);
    }

    public String name() {
        return name;
    }

    /** The whole text as a Java string (UTF-16). */
    public String text() {
        return text;
    }

    /** Number of code points. */
    public int length() {
        return length;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The code point at code-point offset {@code position}. */
    public int codePointAt(int position) {
        return text.codePointAt(charIndex(position));
    }

    /** The text of {@code [start, end)} in code points. */
    public String slice(int start, int end) {
        checkRange(start, end);
        return text.substring(charIndex(start), charIndex(end));
    }

    public String slice(Span span) {
        return slice(span.start(), span.end());
    }

    /** The UTF-16 index of code-point offset {@code position} (0 ≤ position ≤ length). */
    public int charIndex(int position) {
        if (position < 0 || position > length) {
            throw new IllegalArgumentException("position " + position + " outside [0, " + length + "]");
        }
        // Each supplementary character before the position adds one UTF-16 unit.
        int before = Arrays.binarySearch(astralCodePoints, position);
        return position + (before >= 0 ? before : -before - 1);
    }

    /** The code-point offset of UTF-16 index {@code charIndex}; an index inside a surrogate pair maps to its character. */
    public int codePointIndex(int charIndex) {
        if (charIndex < 0 || charIndex > text.length()) {
            throw new IllegalArgumentException("char index " + charIndex + " outside [0, " + text.length() + "]");
        }
        int low = 0;
        int high = astralCodePoints.length;
        // Count supplementary characters that start before charIndex: astral k sits at char index astral[k] + k.
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (astralCodePoints[mid] + mid < charIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        // An index on a low surrogate lands on the character itself: its high surrogate was counted.
        return charIndex - low;
    }

    /** Line and column (1-based, columns in code points) of code-point offset {@code position}. */
    public TextPosition position(int position) {
        if (position < 0 || position > length) {
            throw new IllegalArgumentException("position " + position + " outside [0, " + length + "]");
        }
        int line = Arrays.binarySearch(lineStarts, position);
        if (line < 0) {
            line = -line - 2;
        }
        return new TextPosition(line + 1, position - lineStarts[line] + 1);
    }

    /** Code-point offset where 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    private void checkRange(int start, int end) {
        if (start < 0 || end < start || end > length) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") outside [0, " + length + "]");
        }
    }

    @Override
    public String toString() {
        return "SourceText[" + name + ", " + length + " code points]";
    }
}
