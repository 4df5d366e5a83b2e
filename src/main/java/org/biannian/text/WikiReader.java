package org.biannian.text;

import java.util.Arrays;

/**
 * Reads MediaWiki (Wikisource) markup as a {@link TextView}: templates, references, comments,
 * tags, bold and italic quotes and heading equals signs are left out; link labels and heading
 * text stay.
 *
 * <p>A {@code <} followed by a non-ASCII character is text, not a tag: glyph placeholders such as
 * {@code <白>} are part of the chronicle. Unclosed markup is kept as text rather than dropping the
 * rest of the file.
 */
public final class WikiReader {

    private final SourceText source;
    private final StringBuilder view = new StringBuilder();
    private int[] offsets = new int[1024];
    private int count;
    private int cursor;

    private WikiReader(SourceText source) {
        this.source = source;
    }

    /** The markup-free view of {@code source}. */
    public static TextView read(SourceText source) {
        WikiReader reader = new WikiReader(source);
        reader.run();
        return TextView.mapped(source, reader.view.toString(), Arrays.copyOf(reader.offsets, reader.count));
    }

    /** Whether {@code name} looks like a Wikisource file ({@code .wiki} or {@code .mediawiki}). */
    public static boolean isWikiFile(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".wiki") || lower.endsWith(".mediawiki");
    }

    private void run() {
        int n = source.length();
        boolean lineStart = true;
        while (cursor < n) {
            int c = source.codePointAt(cursor);
            if (c == '{' && startsWith("{{")) {
                int end = matchNested("{{", "}}", cursor);
                if (end > 0) {
                    cursor = end;
                    continue;
                }
            } else if (c == '<') {
                int end = skipTag();
                if (end > 0) {
                    cursor = end;
                    continue;
                }
            } else if (c == '[' && startsWith("[[")) {
                int end = matchNested("[[", "]]", cursor);
                if (end > 0) {
                    copyLinkLabel(cursor + 2, end - 2);
                    cursor = end;
                    continue;
                }
            } else if (c == '\'' && startsWith("''")) {
                cursor += startsWith("'''") ? 3 : 2;
                continue;
            } else if (c == '=' && lineStart) {
                skipRun('=');
                continue;
            } else if (c == '=' && isHeadingTail()) {
                skipRun('=');
                continue;
            }
            emit(cursor);
            lineStart = c == '\n';
            cursor++;
        }
    }

    private void copyLinkLabel(int from, int to) {
        int bar = -1;
        for (int i = from; i < to; i++) {
            if (source.codePointAt(i) == '|') {
                bar = i;
            }
        }
        for (int i = bar >= 0 ? bar + 1 : from; i < to; i++) {
            emit(i);
        }
    }

    /** A tag, comment or reference starting at the cursor; returns the offset after it, or -1 if this {@code <} is text. */
    private int skipTag() {
        if (startsWith("<!--")) {
            int close = indexOf("-->", cursor + 4);
            return close < 0 ? -1 : close + 3;
        }
        int next = cursor + 1 < source.length() ? source.codePointAt(cursor + 1) : -1;
        if (next == '/') {
            next = cursor + 2 < source.length() ? source.codePointAt(cursor + 2) : -1;
        }
        if (!(next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z')) {
            return -1;
        }
        int close = indexOf(">", cursor);
        if (close < 0) {
            return -1;
        }
        String tag = source.slice(cursor, close + 1).toLowerCase(java.util.Locale.ROOT);
        if (tag.startsWith("<ref") && !tag.endsWith("/>")) {
            int end = indexOf("</ref>", close + 1);
            return end < 0 ? -1 : end + "</ref>".length();
        }
        return close + 1;
    }

    private boolean isHeadingTail() {
        int i = cursor;
        while (i < source.length() && source.codePointAt(i) == '=') {
            i++;
        }
        return i == source.length() || source.codePointAt(i) == '\n' || source.codePointAt(i) == '\r';
    }

    private void skipRun(int c) {
        while (cursor < source.length() && source.codePointAt(cursor) == c) {
            cursor++;
        }
    }

    private int matchNested(String open, String close, int from) {
        int depth = 0;
        int i = from;
        while (i < source.length()) {
            if (startsWith(open, i)) {
                depth++;
                i += open.length();
            } else if (startsWith(close, i)) {
                depth--;
                i += close.length();
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    private int indexOf(String needle, int from) {
        for (int i = from; i + needle.length() <= source.length(); i++) {
            if (startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWith(String prefix) {
        return startsWith(prefix, cursor);
    }

    private boolean startsWith(String prefix, int at) {
        // Markup is ASCII, so a prefix of k chars is k code points.
        if (at + prefix.length() > source.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (source.codePointAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void emit(int sourceOffset) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = sourceOffset;
        view.appendCodePoint(source.codePointAt(sourceOffset));
    }
}
