package org.biannian.annals;

import java.util.ArrayList;
import java.util.List;
import org.biannian.text.Span;

/**
 * Finds the compiler's notes inside a citation block.
 *
 * <p>A block names its sources first and comments after the first full stop:
 * 「（《宋史·夏國傳》及《長編》三十五。按王氏《東都事略》：…。考《太宗紀》：…。）」 has two notes, one
 * opening with 按 and one with 考. A block that opens with 按 is all note.
 */
final class CitationBlocks {

    private CitationBlocks() {
    }

    /** Note spans (view offsets) inside {@code block}, in order. */
    static List<Span> noteSpans(int[] cps, Brackets.Group block) {
        int from = block.start() + 1;
        int to = block.end() - 1;
        List<Brackets.Group> inner = Brackets.topLevel(cps, from, to, new ArrayList<>());
        List<Integer> stops = new ArrayList<>();
        int g = 0;
        for (int i = from; i < to; i++) {
            while (g < inner.size() && inner.get(g).end() <= i) {
                g++;
            }
            if (g < inner.size() && inner.get(g).start() <= i) {
                i = inner.get(g).end() - 1;
            } else if (cps[i] == '。') {
                stops.add(i + 1);
            }
        }
        List<Integer> starts = new ArrayList<>();
        if (from < to && isNoteWord(cps[from])) {
            starts.add(from);
        } else if (!stops.isEmpty()) {
            int first = skipSpace(cps, stops.get(0), to);
            if (first < to) {
                starts.add(first);
            }
        }
        for (int stop : stops) {
            int next = skipSpace(cps, stop, to);
            if (next < to && isNoteWord(cps[next]) && (starts.isEmpty() || next > starts.get(starts.size() - 1))) {
                starts.add(next);
            }
        }
        List<Span> notes = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : to;
            while (end > starts.get(k) && AnnalsParser.isSpace(cps[end - 1])) {
                end--;
            }
            notes.add(new Span(starts.get(k), end));
        }
        return notes;
    }

    private static boolean isNoteWord(int c) {
        return c == '按' || c == '考';
    }

    private static int skipSpace(int[] cps, int from, int to) {
        while (from < to && AnnalsParser.isSpace(cps[from])) {
            from++;
        }
        return from;
    }
}
