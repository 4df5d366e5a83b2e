package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * The opening of a biography, 「潘美字仲詢，大名人。父璘，…」 (with or without punctuation): the subject's
 * name, the courtesy name after 字 (a PER with the subject as canonical), the native place before 人,
 * and the father's given name after 父. The frame fixes every boundary, so no comma is needed.
 */
final class BiographyOpeningRule {

    static final String FOUND_BY = "rule:biography-opening";
    /** What may stand before the subject's name: the start of a paragraph or the end of the last sentence. */
    private static final String BEFORE_SUBJECT = "也矣焉云附）)";
    /** Words after a father's or grandfather's given name: 父璘以軍校戍常山, 父芸成德軍節度, and, unpunctuated, the next forebear (祖霸父乾). */
    private static final String AFTER_KIN = "以為仕事官累歷歴贈任嘗皆成父祖";

    private static final String SENTENCE_END = "。\n" + BEFORE_SUBJECT;
    private static final java.util.BitSet BEFORE_SUBJECT_SET = Chars.setOf(BEFORE_SUBJECT);
    /** What opens the sentence after a courtesy name where no comma stands: 幼養於伯父, 少以蔭補, 性沈毅. */
    private static final String AFTER_COURTESY = "幼少性其父母世以初家早";
    /** How far after the native place a sentence opening on 父 still names the subject's father. */
    private static final int FATHER_WINDOW = 16;
    /** Words before a native place that say it was the family's: 其先, 世為, 家世. */
    private static final List<String> ANCESTRY = List.of("其先", "先世", "世為", "世爲", "世居", "家世");

    private BiographyOpeningRule() {
    }

    /**
     * Starts of the persons a biography opens on without a courtesy name, 「楊業，并州太原人」: a person
     * named at the start of the text or of a sentence, then (after a comma or not) a place the hits know and
     * 人 within a few characters. Like the subject of 「X字Y」, his one-character name counts anywhere after.
     */
    static java.util.Set<Integer> subjectsWithoutCourtesyName(int[] text, List<Hit> hits) {
        List<Hit> openers = new ArrayList<>();
        for (Hit h : hits) {
            if (h.type() == MentionType.PER && h.length() >= 2 && (h.start() == 0 || Chars.isAnyOf(text[h.start() - 1], SENTENCE_END))) {
                openers.add(h);
            }
        }
        if (openers.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.BitSet placeStarts = new java.util.BitSet(text.length + 1);
        for (Hit h : hits) {
            if (h.type() == MentionType.PLACE) {
                placeStarts.set(h.start());
            }
        }
        java.util.Set<Integer> subjects = new java.util.HashSet<>();
        for (Hit h : openers) {
            int opening = Chars.at(text, h.end()) == '，' ? h.end() + 1 : h.end();
            // 「高瓊，家世燕人」: the family's home after the words that say so, which may be one character.
            boolean ancestry = ANCESTRY.stream().anyMatch(w -> Chars.matchesAt(text, opening, w));
            int place = ancestry ? opening + 2 : opening;
            if (!placeStarts.get(place)) {
                continue;
            }
            for (int k = place + (ancestry ? 1 : 2); k <= place + 5 && k < text.length; k++) {
                if (text[k] == '人' && han(text, place, k)) {
                    subjects.add(h.start());
                    break;
                }
            }
        }
        return subjects;
    }

    /**
     * The openings in the text. {@code known} are the hits found so far (the dictionary's): a person the packs
     * know may open a biography whatever his surname (富弼字彦國, 富 is in no list of common surnames).
     */
    static List<Hit> hits(int[] text, List<Hit> known) {
        java.util.Map<Integer, Integer> knownPersonStartByEnd = new java.util.HashMap<>();
        for (Hit h : known) {
            if (h.type() == MentionType.PER && h.length() >= 2 && h.length() <= 3 && Chars.at(text, h.end()) == '字') {
                knownPersonStartByEnd.merge(h.end(), h.start(), Math::min);
            }
        }
        List<Hit> hits = new ArrayList<>(sons(text));
        java.util.BitSet wordStarts = wordStarts(known, text.length);
        nativePlacesWithoutCourtesyName(text, known, wordStarts, hits);
        for (int i = 2; i < text.length - 4; i++) {
            if (text[i] != '字') {
                continue;
            }
            int start = subjectStart(text, i, true);
            Integer knownStart = knownPersonStartByEnd.get(i);
            if (start < 0 && knownStart != null && canOpen(text, knownStart)) {
                start = knownStart;
            }
            // Unpunctuated, a biography appended in the juan opens anywhere (比部郎中滕中正字普光青州北海人): a known
            // person or a surname and a name before 字, held to a native place and 人 below.
            boolean unopened = false;
            if (start < 0) {
                start = knownStart != null ? knownStart : subjectStart(text, i, false);
                unopened = start >= 0;
            }
            // A son's biography run on after his father's opens on his given name (「繼隆字霸圖，幼養於伯父」):
            // two characters opening a sentence, 字, two more and the clause's end.
            boolean givenOnly = false;
            if (start < 0 && i >= 2 && canOpen(text, i - 2) && han(text, i - 2, i)
                    && (Chars.isBoundary(Chars.at(text, i + 3)) || Chars.isAnyOf(Chars.at(text, i + 3), AFTER_COURTESY))
                    && !Chars.isAnyOf(text[i - 2], NameRules.NOT_A_STEM) && !Chars.isAnyOf(text[i - 1], "名文之其")) {
                start = i - 2;
                givenOnly = true;
            }
            if (start < 0) {
                continue;
            }
            String subject = OfficeCompoundRule.slice(text, start, i);
            int courtesyEnd = i + 3;
            if (!han(text, i + 1, courtesyEnd)) {
                continue;
            }
            int placeStart = Chars.isBoundary(Chars.at(text, courtesyEnd)) ? courtesyEnd + 1 : courtesyEnd;
            int person = -1;
            // One character too where punctuation closes the courtesy name and 人 its clause (劉安世字器之，魏人。).
            boolean single = placeStart > courtesyEnd && Chars.isBoundary(Chars.at(text, placeStart + 2));
            for (int k = placeStart + (single ? 1 : 2); k <= placeStart + 5 && k < text.length; k++) {
                if (text[k] == '人' && han(text, placeStart, k)) {
                    person = k;
                    break;
                }
            }
            // A person the packs know, at a sentence start before 字, opens a biography even where no native place
            // follows (「种世衡字仲平，放之兄子也」): his courtesy name is the two characters after 字.
            boolean knownSubject = knownStart != null && start == knownStart && !unopened || givenOnly;
            // So does any name with a surname opening a sentence before 字 and two characters (「耶律休格字遜寧。祖實嚕」:
            // the 遼史's Khitans have no native place).
            // At a sentence's start that is enough, punctuated or not (劉珙字共父子羽長子也); mid-sentence, unpunctuated,
            // only a clan's man before what opens the next sentence (…卒耶律色珍字韓隱裕悦…: 祖, 少, 以 …).
            // A man the packs know does so too there (…奉祠魏瓘字用之父羽奏補…: the life appended after the last one's end).
            boolean closedCourtesy = !unopened
                    || Chars.isAnyOf(Chars.at(text, courtesyEnd), AFTER_COURTESY + "祖")
                    && (NameRules.surnameLength(text, start) == 2 || knownStart != null && start == knownStart);
            if (person < 0 && !knownSubject && !closedCourtesy) {
                continue;
            }
            hits.add(new Hit(start, i, MentionType.PER, null, subject, List.of(), FOUND_BY, Hit.RULE));
            if (person < 0) {
                hits.add(new Hit(i + 1, courtesyEnd, MentionType.PER, null, subject, List.of(), FOUND_BY, Hit.RULE));
                // The forebears named next (祖實嚕，隋國王。父烏蘇).
                addFather(text, courtesyEnd - 1, subject, start, wordStarts, hits); // as if 人 ended the courtesy name
                continue;
            }
            hits.add(new Hit(i + 1, courtesyEnd, MentionType.PER, null, subject, List.of(), FOUND_BY, Hit.RULE));
            addPlaces(text, placeStart, person, hits);
            addFather(text, person, subject, start, wordStarts, hits);
        }
        return hits;
    }

    /**
     * 「賈逵，真定藁城人」: a person the packs know opening a sentence, a comma or not, and his native place before
     * 人 and the clause's end — the places, as after a courtesy name.
     */
    private static void nativePlacesWithoutCourtesyName(int[] text, List<Hit> known, java.util.BitSet wordStarts, List<Hit> hits) {
        int[] placeEnd = Hit.placeEnds(text.length, known);
        unknownSubjects(text, known, placeEnd, wordStarts, hits);
        for (Hit h : known) {
            if (h.type() != MentionType.PER || h.length() < 2 || !canOpen(text, h.start())) {
                continue;
            }
            int placeStart = Chars.at(text, h.end()) == '，' ? h.end() + 1 : h.end();
            int person = nativePlaceEnd(text, placeStart);
            person = person > 0 ? person : knownPlacesThenPerson(text, placeStart, placeEnd);
            if (person > 0) {
                addPlaces(text, placeStart, person, hits);
                // 「高瓊，家世燕人。祖霸，父乾」: the forebears after the native place, as after a courtesy name.
                addFather(text, person, OfficeCompoundRule.slice(text, h.start(), h.end()), h.start(), wordStarts, hits);
            }
        }
    }

    /**
     * 「賈逵，真定藁城人」 where the packs do not know 賈逵: a surname and one or two characters opening a sentence,
     * a comma or not, then a place the packs know and 人 ending the clause, or a father and 子也 (「郭安國，藥師子也」).
     * The name is this rule's; the places are found as after a known subject.
     */
    private static void unknownSubjects(int[] text, List<Hit> known, int[] placeEnd, java.util.BitSet wordStarts, List<Hit> hits) {
        java.util.BitSet covered = new java.util.BitSet(text.length + 1);
        java.util.BitSet placeStarts = new java.util.BitSet(text.length + 1);
        for (Hit h : known) {
            covered.set(h.start(), h.end());
            if (h.type() == MentionType.PLACE) {
                placeStarts.set(h.start());
            }
        }
        for (int start = 0; start + 4 < text.length; start++) {
            if (!canOpen(text, start)) {
                continue;
            }
            int surname = NameRules.surnameLength(text, start);
            if (surname == 0) {
                continue;
            }
            for (int end = start + surname + 2; end > start + surname; end--) {
                int placeStart = Chars.at(text, end) == '，' ? end + 1 : end;
                if (!han(text, start, end) || Chars.anySet(covered, start, end)) {
                    continue;
                }
                // The place is one the hits know, or written with a prefecture's suffix (綏徳軍青澗人也: 綏徳軍 no pack lists).
                int person = placeStarts.get(placeStart) || suffixed(text, placeStart) ? nativePlaceEnd(text, placeStart) : -1;
                person = person > 0 ? person : knownPlacesThenPerson(text, placeStart, placeEnd);
                if (person > 0 || sonOf(text, placeStart)) {
                    hits.add(new Hit(start, end, MentionType.PER, null, OfficeCompoundRule.slice(text, start, end), List.of(), FOUND_BY, Hit.RULE));
                    if (person > 0) {
                        addPlaces(text, placeStart, person, hits);
                        addFather(text, person, OfficeCompoundRule.slice(text, start, end), start, wordStarts, hits);
                    }
                    break;
                }
            }
        }
    }

    /** After 人 ending a native place, characters that make 人 part of a word (人馬, 人民, 人戶): no native place then. */
    private static final String PERSON_WORDS = "馬民戶户口物情心家望衆眾";

    /**
     * Unpunctuated, 人 closing a native place is followed by whatever the next sentence opens with (賈逵真定藁城人隷拱聖):
     * then the place must be one or two places the hits already know, right before 人 (真定 + 藁城). Returns 人's
     * position, or -1.
     */
    private static int knownPlacesThenPerson(int[] text, int placeStart, int[] placeEnd) {
        int at = placeStart;
        for (int places = 0; places < 2 && at < text.length && placeEnd[at] > at; places++) {
            at = placeEnd[at];
            if (Chars.at(text, at) == '人' && !Chars.isAnyOf(Chars.at(text, at + 1), PERSON_WORDS)) {
                return at;
            }
        }
        return -1;
    }

    /** A native place whose second or third character is a prefecture's suffix: 綏徳軍青澗, 潞州上黨. */
    private static boolean suffixed(int[] text, int placeStart) {
        return Chars.isAnyOf(Chars.at(text, placeStart + 1), "州軍府") || Chars.isAnyOf(Chars.at(text, placeStart + 2), "州軍府");
    }

    /** 「藥師子也」, 「德明之子也」: one to three characters and 子也 ending the clause, a son's biography opening. */
    private static boolean sonOf(int[] text, int at) {
        for (int k = at + 1; k <= at + 4 && k + 1 < text.length; k++) {
            if (text[k] == '子' && text[k + 1] == '也' && han(text, at, k)) {
                return true;
            }
        }
        return false;
    }

    /** Kin whose lives are appended to a man's, longest first: 從弟悟, 從父必, 兄子𡨢, 弟琰, 子履. Not 弟子 (a disciple). */
    private static final String[] APPENDED_KIN = {"從弟", "從兄", "從子", "從父", "從孫", "兄子", "子", "弟", "兄", "孫", "姪"};

    /**
     * A kinsman's life appended to a man's: 「子履。履束髮從戎」, 「子贍。贍始因李憲以…」, 「弟琰。琰字子浩」, 「從父必。必字
     * 不疑」 — the kin word, a given name of one or two characters closing the sentence, and the next sentence opening on
     * the same name (without punctuation, the name written twice: 子履履束髮). Both are the kinsman; like a biography's
     * subject, his given name counts after.
     */
    static List<Hit> sons(int[] text) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i + 3 < text.length; i++) {
            if (!KIN_FIRST.get(text[i])) {
                continue;
            }
            int kin = appendedKinLength(text, i);
            if (kin == 0) {
                continue;
            }
            // Unpunctuated, the sentence before may end anywhere (謚曰莊敏子履履束髪): the doubled name alone says it; for
            // the other kin only where a sentence opens or 字 follows the name (從父必必字不疑), not in 文孫温温 or
            // 於孫路路以為 (words and surnames).
            boolean opens = canOpen(text, i);
            boolean courtesyNeeded = !opens && text[i] != '子';
            int name = i + kin;
            for (int given = 2; given >= 1; given--) {
                int end = name + given;
                int again = Chars.at(text, end) == '。' ? end + 1 : end;
                if (again + given > text.length || !han(text, name, end) || Chars.isAnyOf(text[name], "子孫弟兄女婦姪之其而以為爲也所曰")
                        || !opens && (again != end || Chars.isHan(Chars.at(text, i - 1)) && Chars.isAnyOf(text[i - 1], "天君孔孟諸夫"))) {
                    continue;
                }
                boolean repeated = true;
                for (int k = 0; k < given; k++) {
                    repeated &= text[again + k] == text[name + k];
                }
                if (repeated && (!courtesyNeeded || Chars.at(text, again + given) == '字')) {
                    String kinsman = OfficeCompoundRule.slice(text, name, end);
                    hits.add(new Hit(name, end, MentionType.PER, null, kinsman, List.of(), SON_FOUND_BY, Hit.RULE));
                    hits.add(new Hit(again, again + given, MentionType.PER, null, kinsman, List.of(), SON_FOUND_BY, Hit.RULE));
                    break;
                }
            }
        }
        return hits;
    }

    /** The first characters of {@link #APPENDED_KIN}, the cheap test at every character. */
    private static final java.util.BitSet KIN_FIRST = Chars.setOf("子弟兄孫姪從");

    /** The length of the kin word of {@link #APPENDED_KIN} at {@code at}, or 0; never 弟子 (a disciple). */
    private static int appendedKinLength(int[] text, int at) {
        for (String kin : APPENDED_KIN) {
            if (Chars.matchesAt(text, at, kin)) {
                return kin.equals("弟") && Chars.at(text, at + 1) == '子' ? 0 : kin.length();
            }
        }
        return 0;
    }

    /**
     * {@code hits} without the words that run from a subject's name into the 字 after it: 滕中正字普光 is no 正字
     * (an editor's title), 王正字 no 正字 either. The opening is structure; the word across it is chance.
     */
    static List<Hit> withoutWordsAcrossSubjects(List<Hit> hits, List<Hit> openings, int[] text) {
        java.util.BitSet lastOfSubject = new java.util.BitSet(text.length + 1);
        for (Hit h : openings) {
            if (h.type() == MentionType.PER && Chars.at(text, h.end()) == '字') {
                lastOfSubject.set(h.end() - 1);
            }
        }
        if (lastOfSubject.isEmpty()) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            boolean across = h.type() != MentionType.PER && h.length() == 2 && lastOfSubject.get(h.start()) && text[h.start() + 1] == '字';
            if (!across) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** How {@link #sons} marks what it finds; the Annotator counts its names as subjects. */
    static final String SON_FOUND_BY = "rule:son-biography";

    /** Where 人 ends a native place of two to five characters starting at {@code placeStart} and its clause; else -1. */
    /**
     * What follows 人 closing a native place besides a boundary: 也, or, unpunctuated, the forebears or the youth the
     * next sentence opens on (高瓊家世燕人祖霸父乾, …人少有大志).
     */
    private static final String AFTER_NATIVE_PLACE = "也祖父曾少幼";

    private static int nativePlaceEnd(int[] text, int placeStart) {
        for (int k = placeStart + 2; k <= placeStart + 5 && k < text.length; k++) {
            int after = Chars.at(text, k + 1);
            // Never across 字 (潘美字仲詢大名人): the courtesy name comes first, and the place after it.
            if (text[k] == '人' && han(text, placeStart, k) && (Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_NATIVE_PLACE))
                    && text[placeStart] != '字') {
                return k;
            }
        }
        return -1;
    }

    /** Start of the name before 字 (a surname + one or two characters), where a sentence can begin if {@code opening}; else -1. */
    private static int subjectStart(int[] text, int zi, boolean opening) {
        for (int length = 4; length >= 2; length--) {
            int start = zi - length;
            if (start < 0 || !han(text, start, zi)) {
                continue;
            }
            // One or two characters after the surname: 潘美, 呂大防, and after a clan's two 耶律休格.
            int surname = NameRules.surnameLength(text, start);
            if (surname > 0 && surname < length && length - surname <= 2 && (!opening || canOpen(text, start))) {
                return start;
            }
        }
        return -1;
    }

    /** A sentence can begin at {@code start}: the text's start, a boundary or the end of the last sentence. */
    private static boolean canOpen(int[] text, int start) {
        int before = Chars.at(text, start - 1);
        return Chars.isBoundary(before) || Chars.isIn(before, BEFORE_SUBJECT_SET);
    }

    /** 大名 / 真定靈壽 (two places, prefecture then county) / 開封府雍丘. */
    private static void addPlaces(int[] text, int from, int end, List<Hit> hits) {
        // 「其先汲郡人」, 「世爲汲郡人」: the family's old home, named after the words that say so.
        int start = ANCESTRY.stream().anyMatch(w -> Chars.matchesAt(text, from, w)) ? from + 2 : from;
        // One character after the words only where it closes on 人 (家世燕人), not a word run on (世為農).
        if (end - start < 1 || end - start == 1 && start != from && Chars.at(text, end) != '人') {
            return;
        }
        // 「信之貴溪人」: the county of a prefecture named by one character, joined by 之.
        if (end - start >= 4 && text[start + 1] == '之') {
            place(text, start, start + 1, hits);
            place(text, start + 2, end, hits);
            return;
        }
        int length = end - start;
        // 冀州蓨: a prefecture by its full name and a county by one character.
        int split = length == 4 ? start + 2 : length == 5 ? (Chars.isAnyOf(text[start + 2], "州府軍") ? start + 3 : start + 2)
                : length == 3 && Chars.isAnyOf(text[start + 1], "州府軍") ? start + 2 : end;
        place(text, start, split, hits);
        if (split < end) {
            place(text, split, end, hits);
        }
    }

    private static void place(int[] text, int start, int end, List<Hit> hits) {
        hits.add(new Hit(start, end, MentionType.PLACE, null, OfficeCompoundRule.slice(text, start, end), List.of(), FOUND_BY, Hit.RULE));
    }

    /** The forebears a biography names after the native place, each opening its sentence: 曾祖瑤，高郵令；祖煦，即墨令；父保裔. */
    private static final String[] FOREBEARS = {"高祖", "曾祖", "曽祖", "祖", "父"};

    /**
     * 父璘 right after the native place (人 or 人也, maybe punctuated): the father, named by given name; before him
     * the great-grandfather and grandfather, 「曾祖豐，泰陵令。祖滔，洺州團練判官。父炳」, named the same way, each
     * within a sentence or two of the last (「相州湯陰人。世力農。父和」).
     */
    private static void addFather(int[] text, int person, String subject, int subjectStart, java.util.BitSet wordStarts,
                                  List<Hit> hits) {
        int at = person + 1;
        at = Chars.at(text, at) == '也' ? at + 1 : at;
        at = Chars.isBoundary(Chars.at(text, at)) ? at + 1 : at;
        int surname = Math.max(1, NameRules.surnameLength(text, subjectStart));
        String family = subject.substring(0, subject.offsetByCodePoints(0, surname));
        int limit = at + FATHER_WINDOW;
        for (int k = at; k < limit && k < text.length; k++) {
            // A forebear opens a sentence, or (unpunctuated) follows the last one's name: 家世燕人祖霸父乾.
            if (k > at && !Chars.isBoundary(text[k - 1])) {
                continue;
            }
            String word = forebearAt(text, k);
            int end = word == null ? -1 : kinName(text, k + word.length() - 1, family, wordStarts, hits);
            if (end < 0) {
                continue;
            }
            if (word.equals("父")) {
                return;
            }
            at = end;
            k = end - 1;
            limit = end + FATHER_WINDOW;
        }
    }

    private static String forebearAt(int[] text, int at) {
        for (String word : FOREBEARS) {
            if (Chars.matchesAt(text, at, word)) {
                return word;
            }
        }
        return null;
    }

    /** The given name after the kinship word at {@code at} (父, 祖), with the family's surname; its end, or -1. */
    private static int kinName(int[] text, int at, String family, java.util.BitSet wordStarts, List<Hit> hits) {
        for (int given = 1; given <= 2; given++) {
            int end = at + 1 + given;
            int after = Chars.at(text, end);
            // 「父京慶歴中」: 歴 after 慶 is the era 慶曆, not "served in turn".
            boolean era = (after == '歴' || after == '歷') && (text[end - 1] == '慶' || text[end - 1] == '大');
            // Unpunctuated, a state, title or place the packs know right after one character closes it (父琦晉兵部侍郎,
            // 父貫右通直郎).
            boolean wordAfter = given == 1 && wordStarts.get(end) && !wordStarts.get(end - 1);
            if (han(text, at + 1, end) && (Chars.isBoundary(after) || Chars.isAnyOf(after, AFTER_KIN) || wordAfter) && !era) {
                hits.add(new Hit(at + 1, end, MentionType.PER, null, family + OfficeCompoundRule.slice(text, at + 1, end), List.of(),
                        FOUND_BY, Hit.RULE));
                return end;
            }
        }
        return -1;
    }

    /** Where a state, title, place or date the packs know starts, for a name unpunctuated text runs into it. */
    private static java.util.BitSet wordStarts(List<Hit> known, int length) {
        java.util.BitSet starts = new java.util.BitSet(length + 1);
        for (Hit h : known) {
            if (h.type() != MentionType.PER) {
                starts.set(h.start());
            }
        }
        return starts;
    }

    private static boolean han(int[] text, int start, int end) {
        if (end > text.length || start < 0) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isBoundary(text[k])) {
                return false;
            }
        }
        return true;
    }
}
