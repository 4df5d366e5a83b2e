package org.biannian.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Office titles built on a place or tribe: 銀州觀察使, 靈州路都部署, 環、慶等州都部署, 阻卜都詳穩, and
 * 知渭州 / 同知渭州 / 判X州. The whole title becomes one OFFICE; the place inside stays as a nested
 * mention (the selector keeps it).
 */
final class OfficeCompoundRule {

    /** Words that may stand between the place and the title: 靈州路都部署, 環慶等州都部署. */
    private static final String[] LINKS = {"等州", "等路", "路", "州", "等", "兵馬", "行營", ""};

    private static final Map<String, int[]> LINK_CODE_POINTS = new java.util.concurrent.ConcurrentHashMap<>();

    private OfficeCompoundRule() {
    }

    /** {@code hits}: the dictionary and list hits so far. Returns the new compound hits only. */
    static List<Hit> hits(int[] text, List<Hit> hits) {
        Map<Integer, List<Hit>> endingAt = new HashMap<>();
        for (Hit h : hits) {
            if (h.type() == MentionType.PLACE) {
                endingAt.computeIfAbsent(h.end(), k -> new ArrayList<>()).add(h);
            }
        }
        List<Hit> compounds = new ArrayList<>();
        for (Hit office : hits) {
            if (office.type() != MentionType.OFFICE) {
                continue;
            }
            int guard = guardStart(text, office);
            if (guard >= 0) {
                compounds.add(new Hit(guard, office.end(), MentionType.OFFICE, null, slice(text, guard, office.end()),
                        List.of(), "rule:guard-general", Hit.STRUCTURE));
                continue;
            }
            for (String link : LINKS) {
                int placeEnd = office.start() - link.length();
                if (placeEnd <= 0 || !matches(text, placeEnd, link)) {
                    continue;
                }
                int start = chainStart(text, endingAt, placeEnd);
                if (start >= 0) {
                    String written = slice(text, start, office.end());
                    compounds.add(new Hit(start, office.end(), MentionType.OFFICE, null, written.replace("、", ""),
                            List.of(), "rule:office-on-place", Hit.STRUCTURE));
                    break;
                }
            }
        }
        for (List<Hit> places : endingAt.values()) {
            for (Hit place : places) {
                if (place.type() != MentionType.PLACE || place.length() < 2 || !Chars.isAnyOf(text[place.end() - 1], "州軍縣府監")) {
                    continue;
                }
                // 知渭州, 同知渭州, 判延州: the office of governing a prefecture, also when used as a verb.
                int before = place.start();
                boolean judge = Chars.at(text, before - 1) == '判' && Chars.at(text, before - 2) != '通';
                if (Chars.at(text, before - 1) == '知' || judge) {
                    int start = Chars.at(text, before - 2) == '同' && Chars.at(text, before - 1) == '知' ? before - 2 : before - 1;
                    String written = slice(text, start, place.end());
                    compounds.add(new Hit(start, place.end(), MentionType.OFFICE, null, written, List.of(),
                            "rule:govern-place", Hit.STRUCTURE));
                }
            }
        }
        return compounds;
    }

    /**
     * The sixteen guards' generals: 左武衛大將軍, 右千牛衛上將軍, 右領軍衛將軍, 右衛上將軍 — 左/右, a guard's
     * name of up to three characters, 衛, then the general's grade. Returns the title's start, or -1.
     */
    private static int guardStart(int[] text, Hit office) {
        String title = slice(text, office.start(), office.end());
        if (!title.equals("將軍") && !title.equals("大將軍") && !title.equals("上將軍") || Chars.at(text, office.start() - 1) != '衛') {
            return -1;
        }
        for (int k = office.start() - 2; k >= Math.max(0, office.start() - 5); k--) {
            if (text[k] == '左' || text[k] == '右') {
                return k;
            }
        }
        return -1;
    }

    /** Start of a chain of places ending at {@code end}, joined directly or by 、; -1 if none ends there. */
    private static int chainStart(int[] text, Map<Integer, List<Hit>> endingAt, int end) {
        int start = -1;
        int at = end;
        while (true) {
            Hit longest = null;
            for (Hit h : endingAt.getOrDefault(at, List.of())) {
                if (longest == null || h.length() > longest.length()) {
                    longest = h;
                }
            }
            if (longest == null) {
                return start;
            }
            start = longest.start();
            at = Chars.at(text, start - 1) == '、' ? start - 1 : start;
            if (at != start && endingAt.get(at) == null) {
                return start;
            }
        }
    }

    private static boolean matches(int[] text, int at, String word) {
        int[] cps = LINK_CODE_POINTS.computeIfAbsent(word, w -> w.codePoints().toArray());
        for (int k = 0; k < cps.length; k++) {
            if (Chars.at(text, at + k) != cps[k]) {
                return false;
            }
        }
        return true;
    }

    static String slice(int[] text, int start, int end) {
        return new String(text, start, end - start);
    }
}
