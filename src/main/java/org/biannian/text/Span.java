package org.biannian.text;

/**
 * A half-open range {@code [start, end)} of Unicode code points in a text.
 *
 * <p>Offsets count code points, never UTF-16 units: 𨫼 (U+28AFC) is one position here.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int position) {
        return start <= position && position < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Orders by start, then longer span first, the order layers are kept in. */
    @Override
    public int compareTo(Span other) {
        int byStart = Integer.compare(start, other.start);
        return byStart != 0 ? byStart : Integer.compare(other.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
