package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Date expressions as DATE mentions: [era][N年][中|初][season][閏][N月][干支][朔|晦], and 是歲 / 是年.
 * The calendar engine resolves them; this stage only finds their extent. A bare cyclical day
 * counts only where a name cannot be (between punctuation), since 甲子-like pairs also occur in names.
 *
 * <p>Known limit: the era list is the compact one below (Song, Liao, Xia, Jin and the eras the
 * annals of 960–1279 look back to); the lead's {@code DateExpressionReader} will replace it.
 */
final class DateRule {

    private static final String[] ERAS = {
        "建隆", "乾德", "開寶", "太平興國", "雍熙", "端拱", "淳化", "至道", "咸平", "景德", "大中祥符", "天禧", "乾興", "天聖", "明道",
        "景祐", "寶元", "康定", "慶曆", "皇祐", "至和", "嘉祐", "治平", "熙寧", "元豐", "元祐", "紹聖", "元符", "建中靖國", "崇寧",
        "大觀", "政和", "重和", "宣和", "靖康", "建炎", "紹興", "隆興", "乾道", "淳熙", "紹熙", "慶元", "嘉泰", "開禧", "嘉定",
        "寶慶", "紹定", "端平", "嘉熙", "淳祐", "寶祐", "開慶", "景定", "咸淳", "德祐", "景炎", "祥興",
        "應曆", "保寧", "乾亨", "統和", "開泰", "太平", "景福", "重熙", "清寧", "咸雍", "大康", "太康", "大安", "壽昌", "壽隆", "乾統", "天慶", "保大",
        "顯道", "開運", "廣運", "大慶", "天授禮法延祚", "延嗣寧國", "天祐垂聖", "福聖承道", "奲都", "拱化", "乾道", "天賜禮盛國慶", "天安禮定",
        "天儀治平", "天祐民安", "永安", "貞觀", "雍寧", "元德", "正德", "大德", "天盛", "乾祐", "天慶", "應天", "皇建", "光定", "乾定", "寶義",
        "收國", "天輔", "天會", "天眷", "皇統", "天德", "貞元", "正隆", "大定", "明昌", "承安", "泰和", "大安", "崇慶", "至寧", "貞祐", "興定", "元光", "正大", "開興", "天興",
    };
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String SEASONS = "春夏秋冬";

    /** First characters of eras, to skip the era list at most positions. */
    private static final java.util.BitSet ERA_STARTS = new java.util.BitSet();

    static {
        for (String e : ERAS) {
            ERA_STARTS.set(e.charAt(0));
        }
    }

    private DateRule() {
    }

    static List<Hit> hits(int[] text) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length) {
            int end = dateAt(text, i);
            if (end > i) {
                hits.add(new Hit(i, end, MentionType.DATE, null, OfficeCompoundRule.slice(text, i, end), List.of(), "rule:date", Hit.STRUCTURE));
                i = end;
            } else {
                i++;
            }
        }
        return hits;
    }

    private static int dateAt(int[] text, int start) {
        if (matches(text, start, "是歲") || matches(text, start, "是年")) {
            return start + 2;
        }
        int i = start;
        boolean era = false;
        boolean year = false;
        for (String e : ERA_STARTS.get(text[i]) ? ERAS : new String[0]) {
            if (matches(text, i, e) && (Chars.isChineseNumeral(Chars.at(text, i + e.length())) || Chars.at(text, i + e.length()) == '元'
                    || Chars.isAnyOf(Chars.at(text, i + e.length()), "中初末"))) {
                i += e.length();
                era = true;
                break;
            }
        }
        int afterNumber = numeral(text, i);
        if (afterNumber > i && Chars.at(text, afterNumber) == '年'
                && (era || Chars.isAnyOf(Chars.at(text, afterNumber + 1), SEASONS + "正閏一二三四五六七八九十"))) {
            i = afterNumber + 1;
            year = true;
        } else if (era && Chars.at(text, i) == '元' && Chars.at(text, i + 1) == '年') {
            i += 2;
            year = true;
        } else if (!era && afterNumber > i) {
            // a bare numeral is a month only if 月 follows; handled below
        }
        if (era && !year && Chars.isAnyOf(Chars.at(text, i), "中初末")) {
            return i + 1;
        }
        if (era && !year) {
            return start;
        }
        int seasonStart = i;
        if (Chars.isAnyOf(Chars.at(text, i), SEASONS)) {
            i++;
        }
        if (Chars.at(text, i) == '閏') {
            i++;
        }
        int monthNumber = Chars.at(text, i) == '正' ? i + 1 : numeral(text, i);
        boolean month = monthNumber > i && Chars.at(text, monthNumber) == '月';
        if (month) {
            i = monthNumber + 1;
        } else {
            i = seasonStart;
            // 二年春, 咸平春: a season after a year.
            if (year && Chars.isAnyOf(Chars.at(text, i), SEASONS) && !Chars.isHan(Chars.at(text, i + 1))) {
                i++;
            }
        }
        boolean ganzhi = Chars.isAnyOf(Chars.at(text, i), STEMS) && Chars.isAnyOf(Chars.at(text, i + 1), BRANCHES)
                && (month || year || Chars.isBoundary(Chars.at(text, start - 1)) && Chars.isBoundary(Chars.at(text, i + 2)));
        if (ganzhi && Chars.isBoundary(Chars.at(text, start - 1)) || ganzhi && (month || year)) {
            i += 2;
            if (Chars.isAnyOf(Chars.at(text, i), "朔晦")) {
                i++;
            }
        }
        if (!(year || month || ganzhi)) {
            return start;
        }
        return i;
    }

    private static int numeral(int[] text, int at) {
        int i = at;
        while (i < text.length && "一二三四五六七八九十".indexOf(text[i]) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean matches(int[] text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Chars.at(text, at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
