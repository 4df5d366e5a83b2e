package org.biannian.calendar;

/**
 * Chinese numerals as annals write them: 一 … 九, 十, 百, 千, 〇/零, 廿 (20), 卅 (30), 卌 (40), and 有 as
 * "and" (十有二 = 12); 兩 for 2 in counts.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of numeral {@code s}, or -1 if it is not one numeral (empty, stray characters, 十十). */
    public static int parse(CharSequence s) {
        int[] read = read(s, 0);
        return read != null && read[1] == s.length() ? read[0] : -1;
    }

    /**
     * Reads the longest numeral starting at UTF-16 index {@code from}.
     *
     * @return {value, end index}, or null if no numeral starts there
     */
    public static int[] read(CharSequence s, int from) {
        int total = 0;
        int section = 0;   // value below the current thousand
        int digit = -1;    // pending digit not yet multiplied
        int i = from;
        int lastUnit = Integer.MAX_VALUE;
        boolean any = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            int d = digitValue(c);
            int unit = unitValue(c);
            if (d >= 0) {
                if (digit >= 0 && digit != 0) {
                    break; // two digits in a row (一二) is not one numeral
                }
                digit = d;
            } else if (c == '廿' || c == '卅' || c == '卌') {
                if (any) {
                    break;
                }
                section += c == '廿' ? 20 : c == '卅' ? 30 : 40;
                lastUnit = 10;
            } else if (unit > 0) {
                if (unit >= lastUnit) {
                    break; // 十十, 百百: not a numeral
                }
                section += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
                lastUnit = unit;
            } else if (c == '有' && any && i + 1 < s.length() && digitValue(s.charAt(i + 1)) > 0 && lastUnit == 10) {
                // 十有二: "ten and two"
            } else {
                break;
            }
            any = true;
            i++;
        }
        if (!any) {
            return null;
        }
        if (digit > 0) {
            section += digit;
        }
        total += section;
        return new int[] {total, i};
    }

    private static int digitValue(char c) {
        if (c == '零') {
            return 0;
        }
        if (c == '兩') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }

    private static int unitValue(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}
