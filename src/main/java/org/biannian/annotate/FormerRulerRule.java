package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * An emperor of a former dynasty by the dynasty's name and his posthumous name, as memorials cite them: 漢武帝,
 * 漢光武帝, 隋文帝, 唐明皇. The golds tag the whole as PER (漢成帝 with the state nested as POLITY).
 */
final class FormerRulerRule {

    /** Dynasties a Song author names former emperors by. */
    private static final java.util.BitSet DYNASTIES = Chars.setOf("漢唐晉隋周秦魏梁陳齊");
    /** The words of posthumous names that open an emperor's: 武帝, 光武帝, 文帝, 明皇. */
    private static final java.util.BitSet EMPEROR_WORDS = Chars.setOf("高髙太世中文武景昭宣元成哀平光明章和安順桓靈獻惠殤質沖睿玄肅代德徳憲穆敬懿僖孝煬恭閔莊廢少神");

    private FormerRulerRule() {
    }

    static List<Hit> hits(int[] text) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i + 2 < text.length; i++) {
            if (!Chars.isIn(text[i], DYNASTIES) || !Chars.isIn(text[i + 1], EMPEROR_WORDS)) {
                continue;
            }
            // 漢武帝 (one word and 帝), 漢光武帝 (two words), 唐明皇. A temple name after the dynasty (周世宗, 唐太宗) is
            // left to the packs and the dynasty's POLITY, as the golds write it ([周][世宗]).
            int end = -1;
            if (text[i + 2] == '帝' || text[i + 1] == '明' && text[i + 2] == '皇') {
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
}
