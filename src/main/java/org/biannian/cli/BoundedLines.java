package org.biannian.cli;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Lines of a stream, each at most a given length: an endless line (such as /dev/zero) is refused
 * once it passes the limit, instead of filling the memory.
 */
final class BoundedLines {

    /** A line longer than the limit; {@code number} counts from 1. */
    static final class TooLong extends Exception {
        private static final long serialVersionUID = 1L;
        final long number;

        TooLong(long number, int limit) {
            super("line " + number + " is longer than " + limit + " characters", null, false, false);
            this.number = number;
        }
    }

    private final BufferedReader in;
    private final int limit;
    private final StringBuilder line = new StringBuilder();
    private long number;
    private boolean ended;

    BoundedLines(BufferedReader in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its end (LF, CRLF or CR), or null at the end of the stream. */
    String next() throws IOException, TooLong {
        if (ended) {
            return null;
        }
        line.setLength(0);
        number++;
        for (int c = in.read(); ; c = in.read()) {
            if (c == -1) {
                ended = true;
                return line.isEmpty() ? null : line.toString();
            }
            if (c == '\n') {
                return line.toString();
            }
            if (c == '\r') {
                // A CR ends a line on its own too; a LF right after it belongs to the same line end.
                in.mark(1);
                if (in.read() != '\n') {
                    in.reset();
                }
                return line.toString();
            }
            if (line.length() == limit) {
                throw new TooLong(number, limit);
            }
            line.append((char) c);
        }
    }
}
