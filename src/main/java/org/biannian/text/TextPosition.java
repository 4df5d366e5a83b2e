package org.biannian.text;

/** A 1-based line and column; the column counts code points from the start of the line. */
public record TextPosition(int line, int column) {

    public TextPosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
