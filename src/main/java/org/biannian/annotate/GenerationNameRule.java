package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Brothers listed by their given names alone, which share the generation character: 「善訓諸子，繼勲、繼宣、繼忠、
 * 繼密」, and unpunctuated right after the word of kinship (其四子守謙守能守節守貴官). The frame, not a guess, fixes
 * each name: two characters between 、 (or run on), the same first character in every one, and either a word of
 * kinship just before the list (子, 孫, 弟, 姪) with three names at least, or a man already found among them. Places and titles share first characters too (東京、東平), so no item may touch
 * another kind of hit, and directions, numerals and sizes are never a generation character.
 */
final class GenerationNameRule {

    static final String FOUND_BY = "rule:generation-list";
    /** Words of kinship that introduce the list (諸子，…; 子…; 孫…). */
    private static final String KIN = "子孫弟姪兄男";
    /** How many characters before the list the word of kinship may stand (諸子，繼勲: two). */
    private static final int KIN_WINDOW = 3;
    /** What may close the last name besides a boundary: 等, 皆, 並, 俱, 最, 咸, 各, and the grant of posts (官, 補, 為). */
    private static final String CLOSERS = "等皆並竝俱最咸各官補為";
    /** First characters that make words, not generation names: directions, numerals, sizes, ranks. */
    private static final String NOT_GENERATION = "東西南北中上下左右前後內内外大小一二三四五六七八九十百千萬諸各其";

    private GenerationNameRule() {
    }

    /** {@code known}: the hits so far; returns new PER hits only. */
    static List<Hit> hits(int[] text, List<Hit> known) {
        java.util.BitSet otherKinds = new java.util.BitSet(text.length + 1);
        // The starts of the two-character persons known: the only spans asked.
        java.util.BitSet persons = new java.util.BitSet(text.length + 1);
        for (Hit h : known) {
            if (h.type() == MentionType.PER) {
                if (h.length() == 2) {
                    persons.set(h.start());
                }
            } else if (h.type() != MentionType.DATE) {
                otherKinds.set(h.start(), h.end());
            }
        }
        List<Hit> names = new ArrayList<>();
        for (int i = 0; i + 5 <= text.length; i++) {
            // The list opens after punctuation or right after its word of kinship (其六子守讓、守贄、…); without
            // punctuation, only right after that word, the names running on (其四子守謙守能守節守貴官).
            int third = Chars.at(text, i + 2);
            if (third != '、' && third != text[i]) { // the cheap test first: this runs at every character
                continue;
            }
            boolean afterKin = i > 0 && Chars.isAnyOf(text[i - 1], KIN);
            boolean glued = afterKin && third == text[i];
            if (third != '、' && !glued || i > 0 && Chars.isHan(text[i - 1]) && !Chars.isBoundary(text[i - 1]) && !afterKin
                    || Chars.isAnyOf(text[i], NOT_GENERATION)) {
                continue;
            }
            int step = glued ? 2 : 3;
            int items = 0;
            int at = i;
            boolean knownAmong = false;
            while (name(text, at) && text[at] == text[i] && !Chars.anySet(otherKinds, at, at + 2)) {
                knownAmong |= persons.get(at);
                items++;
                if (glued ? Chars.at(text, at + 2) != text[i] : Chars.at(text, at + 2) != '、') {
                    break;
                }
                at += step;
            }
            int last = at;
            int after = Chars.at(text, last + 2);
            boolean closed = items >= 2 && after != '、' && after != text[i] && (Chars.isBoundary(after) || Chars.isAnyOf(after, CLOSERS));
            if (!closed || !(knownAmong && !glued || items >= 3 && kinBefore(text, i))) {
                continue;
            }
            for (int k = 0, s = i; k < items; k++, s += step) {
                if (!persons.get(s)) {
                    names.add(new Hit(s, s + 2, MentionType.PER, null, OfficeCompoundRule.slice(text, s, s + 2), List.of(), FOUND_BY,
                            Hit.RULE));
                }
            }
            i = last + 2;
        }
        return names;
    }

    private static boolean name(int[] text, int at) {
        return at + 2 <= text.length && Chars.isHan(text[at]) && Chars.isHan(text[at + 1]) && !Chars.isBoundary(text[at])
                && !Chars.isBoundary(text[at + 1]);
    }

    private static boolean kinBefore(int[] text, int start) {
        for (int k = start - 1; k >= Math.max(0, start - KIN_WINDOW); k--) {
            if (Chars.isAnyOf(text[k], KIN)) {
                return true;
            }
        }
        return false;
    }
}
