package org.biannian.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Hand-annotated text written inline: {@code [text|TYPE]} or {@code [text|TYPE|canonical]}, nested
 * spans allowed. Reads it into the plain text and its gold spans (code points).
 */
record GoldMarkup(String text, List<Gold> mentions) {

    record Gold(int start, int end, String type, String canonical) {}

    private static final String PUNCTUATION = "，。：「」、；？！『』";

    static GoldMarkup parse(String markup) {
        StringBuilder plain = new StringBuilder();
        List<Gold> mentions = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int length = 0;
        int i = 0;
        while (i < markup.length()) {
            int c = markup.codePointAt(i);
            if (c == '[') {
                open.push(length);
                i++;
            } else if (c == '|') {
                int close = markup.indexOf(']', i);
                String[] label = markup.substring(i + 1, close).split("\\|", 2);
                int start = open.pop();
                String canonical = label.length > 1 ? label[1] : plain.substring(plain.offsetByCodePoints(0, start));
                mentions.add(new Gold(start, length, label[0], canonical));
                i = close + 1;
            } else {
                plain.appendCodePoint(c);
                length++;
                i += Character.charCount(c);
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("unclosed [ at code point " + open.peek());
        }
        mentions.sort(java.util.Comparator.comparingInt(Gold::start).thenComparing(java.util.Comparator.comparingInt(Gold::end).reversed()));
        return new GoldMarkup(plain.toString(), List.copyOf(mentions));
    }

    /** The same text with every punctuation mark removed (as 四庫 texts are stored), spans moved with it. */
    GoldMarkup unpunctuated() {
        int[] cps = text.codePoints().toArray();
        int[] shift = new int[cps.length + 1];
        StringBuilder plain = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < cps.length; i++) {
            shift[i] = kept;
            if (PUNCTUATION.indexOf(cps[i]) < 0) {
                plain.appendCodePoint(cps[i]);
                kept++;
            }
        }
        shift[cps.length] = kept;
        List<Gold> moved = new ArrayList<>();
        for (Gold g : mentions) {
            moved.add(new Gold(shift[g.start()], shift[g.end()], g.type(), g.canonical()));
        }
        return new GoldMarkup(plain.toString(), List.copyOf(moved));
    }
}
