package org.biannian.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 3: decides which hits stand. Top-level mentions are chosen longest first (then the stronger
 * source, then the earlier start) and never overlap; inside an OFFICE or ROLE the places, polities
 * and groups it contains are kept as nested mentions (銀州觀察使 ⊃ 銀州, 宋帝 ⊃ 宋). Nothing inside a
 * 《》 title is a mention except the title's own parts.
 */
final class Selector {

    /** Longest first; of equal length, one the packs know (it has an id) before a guess, then the stronger source. */
    private static final Comparator<Hit> STRONGEST_FIRST = Selector::compareStrength;

    private Selector() {
    }

    /** {@link #STRONGEST_FIRST} written out: it sorts every hit of a text, so no chain of boxed key extractors. */
    private static int compareStrength(Hit a, Hit b) {
        int c = Integer.compare(b.length(), a.length());
        if (c != 0) {
            return c;
        }
        boolean unknownA = a.id() == null && a.candidates().isEmpty();
        boolean unknownB = b.id() == null && b.candidates().isEmpty();
        if (unknownA != unknownB) {
            return unknownA ? 1 : -1;
        }
        c = Integer.compare(b.priority(), a.priority());
        return c != 0 ? c : Integer.compare(a.start(), b.start());
    }

    /**
     * {@code hits} in {@link #STRONGEST_FIRST} order, ties in their given order as a stable sort leaves them: two stable
     * counting sorts, by start and then by length, knownness and priority together. A comparison sort of every hit of a
     * text took about 3 % of a JFR profile of the annotator, a third of the selection stage.
     */
    static List<Hit> strongestFirst(List<Hit> hits, int textLength) {
        int n = hits.size();
        if (n < 2) {
            return hits;
        }
        int maxLength = 0;
        int minPriority = Integer.MAX_VALUE;
        int maxPriority = Integer.MIN_VALUE;
        for (Hit h : hits) {
            maxLength = Math.max(maxLength, h.length());
            minPriority = Math.min(minPriority, h.priority());
            maxPriority = Math.max(maxPriority, h.priority());
        }
        int priorities = maxPriority - minPriority + 1;
        Hit[] byStart = countingSort(hits.toArray(new Hit[0]), textLength + 1, Hit::start);
        int finalPriority = maxPriority;
        int finalMaxLength = maxLength;
        java.util.function.ToIntFunction<Hit> strength = h -> (((finalMaxLength - h.length()) * 2
                + (h.id() == null && h.candidates().isEmpty() ? 1 : 0)) * priorities) + finalPriority - h.priority();
        return java.util.Arrays.asList(countingSort(byStart, (maxLength + 1) * 2 * priorities, strength));
    }

    /** A stable counting sort of {@code hits} by {@code key}, each in {@code [0, keys)}. */
    private static Hit[] countingSort(Hit[] hits, int keys, java.util.function.ToIntFunction<Hit> key) {
        int[] starts = new int[keys + 1];
        for (Hit h : hits) {
            starts[key.applyAsInt(h) + 1]++;
        }
        for (int k = 1; k <= keys; k++) {
            starts[k] += starts[k - 1];
        }
        Hit[] sorted = new Hit[hits.length];
        for (Hit h : hits) {
            sorted[starts[key.applyAsInt(h)]++] = h;
        }
        return sorted;
    }

    static List<Hit> select(List<Hit> hits, List<int[]> titleInteriors, int[] text, KnownPlaces knownPlaces) {
        int textLength = text.length;
        boolean[] inTitle = new boolean[textLength + 1];
        for (int[] interior : titleInteriors) {
            for (int k = interior[0]; k < interior[1]; k++) {
                inTitle[k] = true;
            }
        }
        List<Hit> usable = new ArrayList<>();
        // The 王 that closes a prince's title a frame found (改衛王徳崇名元佐): no man the packs know begins on it (王徳).
        java.util.BitSet princesKing = new java.util.BitSet(textLength + 1);
        for (Hit h : hits) {
            if (h.foundBy().equals(NobleTitleRule.FOUND_BY) && text[h.end() - 1] == '王') {
                princesKing.set(h.end() - 1);
            }
        }
        // Nor does such a man bar the prince's own name after the title (京兆郡王桓為定王: no 王桓).
        boolean[] known = knownNames(hits.stream().filter(h -> !(h.type() == MentionType.PER && h.priority() == Hit.DICTIONARY
                && princesKing.get(h.start()))).toList(), textLength);
        Hit[] knownPersonAt = new Hit[textLength + 1];
        for (Hit h : hits) {
            if (h.type() == MentionType.PER && h.priority() == Hit.DICTIONARY && h.length() == 2) {
                knownPersonAt[h.start()] = h;
            }
        }
        // Prefectures a count vouches for one character each (得銀夏宥三州): a region the packs know by two of them (銀夏)
        // is not what the list names.
        boolean[] counted = new boolean[textLength + 1];
        for (Hit h : hits) {
            if (h.length() == 1 && h.id() != null && h.foundBy().equals(PlaceListRule.COUNTED_FOUND_BY)) {
                counted[h.start()] = true;
            }
        }
        for (Hit h : hits) {
            if (h.type() == MentionType.PER && h.priority() == Hit.DICTIONARY && princesKing.get(h.start())) {
                continue;
            }
            boolean titled = false;
            for (int k = h.start(); k < h.end() && !titled; k++) {
                titled = inTitle[k];
            }
            if (titled != (h.type() == MentionType.WORK)) {
                continue;
            }
            if (h.type() == MentionType.PLACE && h.length() >= 2 && h.priority() == Hit.DICTIONARY && allCounted(counted, h)) {
                continue;
            }
            // A rule guess never cuts across or swallows a name the packs know, unless it is that place with its
            // suffix (石門 → 石門川, 洪德 → 洪德砦).
            if (h.priority() == Hit.RULE && !free(known, h) && !knownPlaces.suffixed(h) && !anotherSurname(h, knownPersonAt, known, text)) {
                continue;
            }
            usable.add(h);
        }
        usable = strongestFirst(usable, textLength);
        boolean[] taken = new boolean[textLength + 1];
        List<Hit> top = new ArrayList<>();
        for (Hit h : usable) {
            if (free(taken, h)) {
                top.add(h);
                for (int k = h.start(); k < h.end(); k++) {
                    taken[k] = true;
                }
            }
        }
        @SuppressWarnings("unchecked")
        List<Hit>[] byStart = new List[textLength + 1];
        // Where a title the packs know starts, by its end, for the titles built on it: a nested place may not
        // cut into it (鄜延環慶路同安撫使: 同安 is no county there, 安撫使 is the title).
        int[] innerTitleEnd = new int[textLength + 1];
        for (Hit h : usable) {
            if (isNestable(h.type())) {
                if (byStart[h.start()] == null) {
                    byStart[h.start()] = new ArrayList<>(2);
                }
                byStart[h.start()].add(h);
            } else if (h.type() == MentionType.OFFICE && h.priority() == Hit.DICTIONARY && h.length() >= 3
                    && !Chars.isAnyOf(text[h.start()], "國郡")) {
                // A title the packs know; not a rank of nobility (國公, 郡王), which a fief's name ends in (魏國公 ⊃ 魏國).
                innerTitleEnd[h.start()] = Math.max(innerTitleEnd[h.start()], h.end());
            }
        }
        List<Hit> selected = new ArrayList<>(top);
        for (Hit outer : top) {
            if (outer.type() != MentionType.OFFICE && outer.type() != MentionType.ROLE) {
                continue;
            }
            List<Hit> inner = new ArrayList<>();
            for (int k = outer.start(); k < outer.end(); k++) {
                if (byStart[k] != null) {
                    inner.addAll(byStart[k]);
                }
            }
            // A hall inside a title names a rank, not the place (集英殿修撰, 崇政殿說書, 直秘閣): the guidelines nest none.
            // Nor does an army no pack knows as a place before its commander (神勁軍統制, 武鋒軍都統制): a unit, not a 軍.
            inner.removeIf(h -> !outer.contains(h) || h.length() >= outer.length() || h.type() == MentionType.PLACE
                    && (h.canonical().endsWith("殿") || h.canonical().endsWith("閣") || unitBeforeCommander(h, text)
                    || cutsIntoTitle(h, innerTitleEnd)));
            inner.sort(STRONGEST_FIRST);
            List<Hit> kept = new ArrayList<>();
            for (Hit h : inner) {
                if (kept.stream().noneMatch(i -> i.overlaps(h))) {
                    kept.add(h);
                }
            }
            selected.addAll(kept);
        }
        selected.sort(Hit.BY_POSITION);
        return selected;
    }

    private static boolean allCounted(boolean[] counted, Hit h) {
        for (int k = h.start(); k < h.end(); k++) {
            if (!counted[k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether a title starts strictly inside {@code place} and runs on past its end. */
    private static boolean cutsIntoTitle(Hit place, int[] innerTitleEnd) {
        for (int k = place.start() + 1; k < place.end(); k++) {
            if (innerTitleEnd[k] > place.end()) {
                return true;
            }
        }
        return false;
    }

    /** A 軍 the suffix rule found (no pack's record) right before 統制, 都統制, 統領, 副統制: an army's name. */
    private static boolean unitBeforeCommander(Hit place, int[] text) {
        if (place.id() != null || text[place.end() - 1] != '軍') {
            return false;
        }
        int at = Chars.at(text, place.end()) == '都' || Chars.at(text, place.end()) == '副' ? place.end() + 1 : place.end();
        return Chars.at(text, at) == '統' && Chars.isAnyOf(Chars.at(text, at + 1), "制領");
    }

    /**
     * {@code hits} with the route word left out of places written with 路, as the guidelines leave it out (環州路 → 環州,
     * 鄜延路副總管 ⊃ 鄜延, 熙河蘭會路 ⊃ 熙河蘭會 from the circuit rule): where the place before 路 is found too the longer
     * hit goes; where it is not (a circuit the gazetteer lists whole, 夔州路, 峽路), the hit is cut to it, the circuit kept
     * as its record. A named road (橐駝路, {@code isRoad}) keeps its 路.
     */
    static List<Hit> withoutRouteWord(List<Hit> hits, int[] text, java.util.function.Predicate<String> isRoad) {
        java.util.Set<Long> places = new java.util.HashSet<>();
        for (Hit h : hits) {
            if (h.type() == MentionType.PLACE) {
                places.add(Hit.spanKey(h.start(), h.end()));
            }
        }
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (h.type() != MentionType.PLACE || h.length() < 2 || text[h.end() - 1] != '路' || h.id() != null && isRoad.test(h.id())) {
                out.add(h);
            } else if (text[h.end() - 2] == '諸' || places.contains(Hit.spanKey(h.start(), h.end() - 1))) {
                continue; // 陝西諸路: the circuits of a region, no place of its own; or the place before 路 is found
            } else if (h.id() == null) {
                out.add(h); // a rule's place before 路 (會峽路 from two prefectures' characters) stays whole for the selector
            } else {
                places.add(Hit.spanKey(h.start(), h.end() - 1));
                out.add(cut(h));
            }
        }
        return out;
    }

    /** {@code h} without its last character, the route word 路, its record kept. */
    private static Hit cut(Hit h) {
        return new Hit(h.start(), h.end() - 1, h.type(), h.id(), h.canonical(), h.candidates(), h.foundBy(), h.priority());
    }

    /**
     * {@code hits} without an office named as the seat of its holder's institution (元帥府, 都督府, 御史府, 學士院, 留守司,
     * 宣撫司, 御史臺) or
     * an institution the packs list among offices (內侍省): the guidelines tag no institution.
     */
    static List<Hit> withoutInstitutions(List<Hit> hits, int[] text) {
        // 翰林學士司馬光: the 司 opens a man's name, not the seat of the office. 都督局: the command's bureau, closed.
        java.util.BitSet personStarts = personStarts(hits, text.length);
        return hits.stream().filter(h -> h.type() != MentionType.OFFICE || !(Chars.isAnyOf(Chars.at(text, h.end()), "司臺局") && !personStarts.get(h.end())
                || Chars.at(text, h.end()) == '府' && Chars.isAnyOf(text[h.end() - 1], "帥使督史")
                || Chars.at(text, h.end()) == '院' && text[h.end() - 1] == '士' || text[h.end() - 1] == '省')).toList();
    }

    /** Where the persons among {@code hits} start. */
    private static java.util.BitSet personStarts(List<Hit> hits, int textLength) {
        java.util.BitSet starts = new java.util.BitSet(textLength + 1);
        for (Hit h : hits) {
            if (h.type() == MentionType.PER) {
                starts.set(h.start());
            }
        }
        return starts;
    }

    /** Words before an empress's title that confer it (尊皇后為皇太后, 冊曰皇后) or show it as a rank (進位). */
    private static final String CONFERS = "為曰尊冊册立位";

    /**
     * {@code hits} with an empress's title from the packs (皇后, 太后, 皇太后, 太皇太后) as ROLE where it stands for the
     * woman herself (皇太后崩, 太皇太后以旱權罷, 迎皇太后): the guidelines make that a ROLE, and the title an OFFICE only
     * where it is conferred (尊皇后為皇太后, also a rule's hit) or stands before her name (皇后邢氏). The ROLE keeps the
     * title as its canonical: which woman held it is not resolved here.
     */
    static List<Hit> empressesAsRoles(List<Hit> hits, int[] text) {
        java.util.BitSet personStarts = null; // made at the first empress's title: most texts have none
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            boolean empress = h.type() == MentionType.OFFICE && h.priority() == Hit.DICTIONARY && text[h.end() - 1] == '后' && h.length() <= 4;
            if (empress && personStarts == null) {
                personStarts = personStarts(hits, text.length);
            }
            if (empress && !personStarts.get(h.end()) && !(NameRules.surnameLength(text, h.end()) > 0 && Chars.at(text, h.end() + 1) == '氏')
                    && !Chars.isAnyOf(Chars.at(text, h.start() - 1), CONFERS)) {
                out.add(new Hit(h.start(), h.end(), MentionType.ROLE, null, OfficeCompoundRule.slice(text, h.start(), h.end()), List.of(),
                        "role:empress", Hit.DICTIONARY));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /** The rule guesses among {@code guesses} that do not cut across or swallow a name the packs know. */
    static List<Hit> withoutClashes(List<Hit> guesses, List<Hit> known, int textLength, KnownPlaces knownPlaces) {
        if (guesses.isEmpty()) {
            return guesses; // most rules find nothing in most texts: no need to mark what the packs cover
        }
        boolean[] covered = knownNames(known, textLength);
        return guesses.stream().filter(h -> h.priority() != Hit.RULE || free(covered, h) || knownPlaces.suffixed(h)).toList();
    }

    /** The places the packs know, by start: the ends of those starting at each position (made once per text). */
    record KnownPlaces(java.util.Map<Integer, List<Integer>> endsByStart) {

        static KnownPlaces of(List<Hit> hits) {
            java.util.Map<Integer, List<Integer>> ends = new java.util.HashMap<>();
            for (Hit k : hits) {
                if (k.type() == MentionType.PLACE && k.priority() == Hit.DICTIONARY) {
                    ends.computeIfAbsent(k.start(), x -> new ArrayList<>(1)).add(k.end());
                }
            }
            return new KnownPlaces(ends);
        }

        /**
         * Whether {@code h} is a PLACE that is a known place's name and one character more (石門川 after 石門), that
         * character not the start of another known place (陜西河東 is 陜西 and 河東, not 陜西河).
         */
        boolean suffixed(Hit h) {
            if (h.type() != MentionType.PLACE || !endsByStart.getOrDefault(h.start(), List.of()).contains(h.end() - 1)) {
                return false;
            }
            return endsByStart.getOrDefault(h.end() - 1, List.of()).stream().noneMatch(end -> end - (h.end() - 1) >= 2);
        }
    }

    /**
     * Positions covered by a name from the packs or a date, two or more characters long (single
     * characters are too weak to veto). Compound titles do not count: they are built on rule hits.
     */
    private static boolean[] knownNames(List<Hit> hits, int textLength) {
        boolean[] known = new boolean[textLength + 1];
        for (Hit h : hits) {
            boolean fromPack = h.priority() == Hit.DICTIONARY && h.type() != MentionType.ROLE;
            if ((fromPack || h.type() == MentionType.DATE) && h.length() >= 2) {
                for (int k = h.start(); k < h.end(); k++) {
                    known[k] = true;
                }
            }
        }
        return known;
    }

    private static boolean isNestable(MentionType type) {
        return type == MentionType.PLACE || type == MentionType.POLITY || type == MentionType.GROUP;
    }

    /**
     * Whether {@code h}, a person a rule found by its frame (統制崔德眀, 團練使劉保吉), is a surname before a name the
     * packs know of another man (德明, 李德明's; 保吉, 李繼遷's): a different man, whom the known name must not hide. Any
     * other man's name will do here, where the frame vouches for the name; {@code TitledNameRule.givenNameOfAnother}, which
     * proposes a name on the known one alone, takes only a record's own given name.
     */
    private static boolean anotherSurname(Hit h, Hit[] knownPersonAt, boolean[] known, int[] text) {
        if (h.type() != MentionType.PER || h.length() != 3 || known[h.start()] || NameRules.surnameLength(text, h.start()) != 1) {
            return false;
        }
        Hit given = knownPersonAt[h.start() + 1];
        return given != null && given.end() == h.end() && !given.canonical().isEmpty() && given.canonical().codePointAt(0) != text[h.start()];
    }

    private static boolean free(boolean[] taken, Hit h) {
        for (int k = h.start(); k < h.end(); k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }
}
