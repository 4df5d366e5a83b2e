package org.biannian.calendar;

/** Writes years, months and days the way the histories do (元年, 閏三月, 初一). */
public final class ChineseLabels {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseLabels() {
    }

    /** 元年, 二年 … 十二年, 二十一年. */
    public static String year(int eraYear) {
        return (eraYear == 1 ? "元" : number(eraYear)) + "年";
    }

    /** 正月, 閏三月, 十二月. */
    public static String month(int month, boolean leap) {
        return (leap ? "閏" : "") + (month == 1 ? "正" : number(month)) + "月";
    }

    /** 一 … 九十九, in the plain form (二十一, not 廿一). */
    static String number(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        int tens = n / 10;
        int units = n % 10;
        StringBuilder s = new StringBuilder();
        if (tens > 1) {
            s.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            s.append('十');
        }
        if (units > 0) {
            s.append(DIGITS.charAt(units));
        }
        return s.toString();
    }

    /** 初一 … 初十, 十一 … 三十. */
    static String day(int day) {
        return day <= 10 ? "初" + number(day) : number(day);
    }
}
