package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Single-character place abbreviations in lists: 夏銀綏宥靜, 銀、夏, 環、慶等州. One character alone is
 * too ambiguous (夏 is also a season and a state), so an abbreviation counts only inside a run of
 * three or more, a run punctuated with 、, or a run of two closed by 等 / 州 / 二州.
 */
final class PlaceListRule {

    private PlaceListRule() {
    }

    static List<Hit> hits(int[] text, Dictionary dictionary) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length) {
            if (abbreviation(dictionary, text[i]) == null) {
                i++;
                continue;
            }
            List<Integer> items = new ArrayList<>();
            boolean punctuated = false;
            int j = i;
            while (j < text.length && abbreviation(dictionary, text[j]) != null) {
                items.add(j);
                if (Chars.at(text, j + 1) == '、' && abbreviation(dictionary, Chars.at(text, j + 2)) != null) {
                    punctuated = true;
                    j += 2;
                } else {
                    j++;
                }
            }
            int after = Chars.at(text, j);
            boolean closed = after == '等' || after == '州' || after == '二' || after == '兩' || after == '三';
            // A run of two glued characters followed by 州 is one prefecture name (綏州), not a list.
            boolean listLike = items.size() >= 3 || punctuated || (items.size() == 2 && (after == '等' || after == '二' || after == '兩'));
            if (listLike || closed && items.size() >= 2 && punctuated) {
                for (int at : items) {
                    Dictionary.Entry e = abbreviation(dictionary, text[at]);
                    hits.add(new Hit(at, at + 1, MentionType.PLACE, e.id(), e.canonical(), List.of(), "rule:place-list", Hit.STRUCTURE));
                }
            }
            i = j + 1;
        }
        return hits;
    }

    private static Dictionary.Entry abbreviation(Dictionary dictionary, int c) {
        return c < 0 ? null : dictionary.placeAbbreviation(c);
    }
}
