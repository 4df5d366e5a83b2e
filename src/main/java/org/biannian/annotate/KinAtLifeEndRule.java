package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * The sons and grandsons a biography names at its end by given name alone, each with his career: 「子宗亮，太子中允；
 * 宗慶，永清軍節度使」, 「子敏中，初補供奉官」, 「敏中子先，進士及第」, 「次子虚中，累至比部郎中」. A clause that opens on
 * 子 or 孫, the name, then a comma and a post or a word of career, is the frame; a brother listed after him under the
 * same generation character (宗亮; 宗慶) and a son named after his father's given name (敏中子先) follow it. Each is
 * the family of the life's subject, whose surname the canonical takes. Punctuated text only: run on, the frame
 * cannot say where the name ends.
 */
final class KinAtLifeEndRule {

    static final String FOUND_BY = "rule:kin-at-life-end";
    /** Kinship words that open such a clause. */
    private static final java.util.BitSet KIN = Chars.setOf("子孫");
    /** Before the kinship word: the son's or grandson's rank among his brothers (長子, 次子, 季子). */
    private static final String RANKS = "長次季少幼";
    /** Words that open his career after the comma: 官至, 累遷, 進士, 初補, 終於, 早卒, 亦, 娶. */
    private static final String CAREER = "官至為累進登仕補終早亦並皆歷歴娶尚知初";
    /** Never in such a given name: kinship words, pronouns, particles. */
    private static final String NOT_IN_NAME = "子孫弟兄女婦姪之其而以為爲也所曰皆亦曾祖父母";
    /** How far back the life's subject may be named: a biography of 宋史 runs to a few thousand characters. */
    private static final int LIFE = 4000;

    private KinAtLifeEndRule() {
    }

    /** {@code openings}: the biography openings; {@code known}: the hits so far, for the titles after a name. */
    static List<Hit> hits(int[] text, List<Hit> openings, List<Hit> known) {
        List<Hit> found = new ArrayList<>();
        // The subjects and titles are found only once a clause opens on a kinship word: most texts have none.
        List<int[]> subjects = null;
        java.util.BitSet officeStarts = null;
        Hit last = null;
        for (int i = 1; i + 3 < text.length; i++) {
            int c = text[i];
            String family = null;
            boolean opens = KIN.get(c) && (clauseStart(text, i)
                    || Chars.isAnyOf(text[i - 1], RANKS) && clauseStart(text, i - 1)
                    || last != null && last.end() == i && last.length() == 2);
            if (opens && subjects == null) {
                subjects = subjects(text, openings, known);
                officeStarts = officeStarts(text.length, known);
            }
            if (opens) {
                family = familyBefore(text, subjects, i);
            }
            if (family != null) {
                for (int given = 2; given >= 1; given--) {
                    int end = i + 1 + given;
                    if (name(text, i + 1, end) && career(text, end, officeStarts, given)) {
                        last = new Hit(i + 1, end, MentionType.PER, null, family + OfficeCompoundRule.slice(text, i + 1, end), List.of(),
                                FOUND_BY, Hit.RULE);
                        found.add(last);
                        break;
                    }
                }
                continue;
            }
            // 「子宗亮，太子中允；宗慶，永清軍節度使」: his brother, listed after him under the same generation character.
            if (last != null && c == '；' && i - last.end() < 40 && last.length() == 2 && Chars.at(text, i + 1) == text[last.start()]
                    && name(text, i + 1, i + 3) && career(text, i + 3, officeStarts, 2)) {
                String surname = last.canonical().substring(0, last.canonical().length() - OfficeCompoundRule.slice(text, last.start(), last.end()).length());
                last = new Hit(i + 1, i + 3, MentionType.PER, null, surname + OfficeCompoundRule.slice(text, i + 1, i + 3), List.of(), FOUND_BY,
                        Hit.RULE);
                found.add(last);
            }
        }
        return found;
    }

    /** The lives' subjects by start, each with the length of his surname: the openings with 字, and those without. */
    private static List<int[]> subjects(int[] text, List<Hit> openings, List<Hit> known) {
        List<int[]> subjects = new ArrayList<>(); // {start, surname length}
        for (Hit h : openings) {
            int surname = NameRules.surnameLength(text, h.start());
            if (h.type() == MentionType.PER && Chars.at(text, h.end()) == '字' && surname > 0 && h.length() > surname) {
                subjects.add(new int[] {h.start(), surname});
            }
        }
        // And the subjects a life opens on without a courtesy name (張遜，博州高唐人).
        for (int start : BiographyOpeningRule.subjectsWithoutCourtesyName(text, known)) {
            int surname = NameRules.surnameLength(text, start);
            if (surname > 0) {
                subjects.add(new int[] {start, surname});
            }
        }
        subjects.sort(java.util.Comparator.comparingInt(s -> s[0]));
        return subjects;
    }

    private static java.util.BitSet officeStarts(int length, List<Hit> known) {
        java.util.BitSet starts = new java.util.BitSet(length + 1);
        for (Hit h : known) {
            if (h.type() == MentionType.OFFICE) {
                starts.set(h.start());
            }
        }
        return starts;
    }

    /** Whether a clause opens at {@code at}: after 。 or ；, or at the text's start. */
    private static boolean clauseStart(int[] text, int at) {
        return at == 0 || Chars.isAnyOf(text[at - 1], "。；");
    }

    /** The surname of the life's subject named last before {@code at}, or null. */
    private static String familyBefore(int[] text, List<int[]> subjects, int at) {
        int[] subject = null;
        for (int[] s : subjects) {
            if (s[0] >= at) {
                break;
            }
            subject = s;
        }
        return subject == null || at - subject[0] > LIFE ? null : OfficeCompoundRule.slice(text, subject[0], subject[0] + subject[1]);
    }

    private static boolean name(int[] text, int start, int end) {
        if (end > text.length) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isAnyOf(text[k], NOT_IN_NAME)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name closes on a comma and his career follows: a title the packs know or a word of career. A name of
     * one character needs a title or 官 / 進士 right after the comma, the stronger frame.
     */
    private static boolean career(int[] text, int end, java.util.BitSet officeStarts, int given) {
        if (Chars.at(text, end) != '，') {
            return false;
        }
        int next = Chars.at(text, end + 1);
        if (officeStarts.get(end + 1)) {
            return true;
        }
        return given == 2 ? Chars.isAnyOf(next, CAREER) : next == '官' || next == '進' && Chars.at(text, end + 2) == '士';
    }
}
