package org.biannian.sources;

import java.util.List;

/** A set of cue words (按, 係於, 不載 …) matched at a position; all BMP characters. */
final class Cues {

    private final List<String> words;
    /** First characters of the words: most positions are rejected by one lookup. */
    private final String firsts;

    private Cues(List<String> words) {
        this.words = List.copyOf(words);
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || w.codePointCount(0, w.length()) != w.length()) {
                throw new IllegalArgumentException("cue words are non-empty and BMP-only: " + w);
            }
            b.append(w.charAt(0));
        }
        this.firsts = b.toString();
    }

    /** Cues tried in the order given: put a longer word before its own prefix (未嘗言 before 未言). */
    static Cues of(String... words) {
        return new Cues(List.of(words));
    }

    /** The cue at {@code at} (before {@code end}), or null. */
    String at(int[] cps, int at, int end) {
        if (at >= end || cps[at] > 0xFFFF || firsts.indexOf(cps[at]) < 0) {
            return null;
        }
        for (String w : words) {
            if (Glyphs.startsWith(cps, at, end, w)) {
                return w;
            }
        }
        return null;
    }
}
