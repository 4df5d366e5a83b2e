package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Princes and nobles by title: 越王, 雍王, 彭城郡王, 楚國公, 齊國夫人, 南陽郡夫人, and a ruler's title built
 * on his state (南唐王, 吳越王, with the state nested as POLITY). A fief is one of the ancient states and
 * commanderies the Song enfeoffed with; a one-character fief + 王 is a title only where a title can
 * stand (after a boundary, a verb of enfeoffment 封 / 進封 / 徙封, a kinship word, or another title),
 * since 王 is also a surname (「代王超」 is 代 + 王超).
 */
final class NobleTitleRule {

    /** The one-character fiefs of Song princes and dukes (秦王, 越王, 楚國公, 齊國夫人). */
    static final String FIEFS = "秦晉齊楚燕韓趙魏衛衞鄭陳蔡曹許吳吴越魯周漢梁蜀岐雍兗冀徐豫荊荆揚涼鄧滕薛紀莒邢鄆潞譙沂潁彭鄂虢邠涇商申代益襄壽舒唐宋隋隨密昌嘉英";
    /** What may stand before a one-character fief + 王. */
    private static final String BEFORE_PRINCE = "封為贈弟兄子姪孫叔王公主及與并曰追改徙進立故使尉保傅師令";
    /** After 王: a word, not a title (王者, 王師, 王業, 王室). */
    private static final String NOT_AFTER_PRINCE = "者師業室化命道氏府城國土事";
    /** Commandery titles: 彭城郡王, 安定郡公, 南陽郡夫人. */
    private static final String[] COMMANDERY = {"郡夫人", "郡王", "郡公", "郡君", "郡主", "郡侯"};
    /** State titles after a one-character fief: 楚國公, 齊國夫人, 秦國長公主. */
    private static final String[] STATE = {"國大長公主", "國長公主", "國夫人", "國公主", "國公"};

    private static final String[] NONE = {};

    private NobleTitleRule() {
    }

    /** {@code hits}: the hits so far (polities are read for 南唐王); returns new OFFICE hits. */
    static List<Hit> hits(int[] text, List<Hit> hits) {
        List<Hit> titles = new ArrayList<>();
        for (int i = 1; i < text.length; i++) {
            int c = text[i];
            if (c != '郡' && c != '國' && c != '王') {
                continue;
            }
            for (String suffix : c == '郡' ? COMMANDERY : NONE) {
                int end = i + suffix.length();
                if (matches(text, i, suffix) && i >= 2 && stem(text, i - 2, i) && !Chars.isAnyOf(text[i - 2], "封為贈進改徙追加")
                        && !Chars.isAnyOf(text[i - 1], "州縣")) { // 州郡公: the prefectures' and commanderies' officials
                    titles.add(title(text, i - 2, end));
                    break;
                }
            }
            for (String suffix : c == '國' ? STATE : NONE) {
                if (matches(text, i, suffix) && Chars.isAnyOf(text[i - 1], FIEFS) && !suffix.equals("國公")) {
                    titles.add(title(text, i - 1, i + suffix.length()));
                    break;
                }
            }
            if (text[i] == '王' && Chars.isAnyOf(text[i - 1], FIEFS) && !Chars.isAnyOf(Chars.at(text, i + 1), NOT_AFTER_PRINCE)) {
                int before = Chars.at(text, i - 2);
                // Also after 賜 and where a day's entry opens on the prince (丙辰昌王顥…).
                boolean afterDay = Chars.isAnyOf(before, "子丑寅卯夘辰巳午未申酉戌亥") && Chars.isAnyOf(Chars.at(text, i - 3), "甲乙丙丁戊己庚辛壬癸");
                if (Chars.isBoundary(before) || Chars.isAnyOf(before, BEFORE_PRINCE + "賜") || afterDay) {
                    titles.add(title(text, i - 1, i + 1));
                }
            }
        }
        for (Hit h : hits) {
            if (h.type() == MentionType.POLITY && h.length() >= 2 && Chars.at(text, h.end()) == '王'
                    && !Chars.isAnyOf(Chars.at(text, h.end() + 1), NOT_AFTER_PRINCE)) {
                titles.add(title(text, h.start(), h.end() + 1));
            }
        }
        return titles;
    }

    private static Hit title(int[] text, int start, int end) {
        return new Hit(start, end, MentionType.OFFICE, null, OfficeCompoundRule.slice(text, start, end), List.of(),
                "rule:noble-title", Hit.STRUCTURE);
    }

    private static boolean stem(int[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Chars.isHan(text[k]) || Chars.isChineseNumeral(text[k]) || Chars.isAnyOf(text[k], "諸其本此該各每")) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(int[] text, int at, String word) {
        int k = 0;
        for (int i = 0; i < word.length(); i++, k++) {
            if (Chars.at(text, at + k) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
