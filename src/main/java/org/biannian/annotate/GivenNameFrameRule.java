package org.biannian.annotate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Men named by one given character in frames only a man fills: a title conferred on him (「封弟偲為祁國公」,
 * 「徙封楫為樂安郡王」, 「詔立子愭為皇太子」), an appointment between his old title and his new one
 * (「以左丞相晏為太尉」, 「以孫右千牛衞大將軍擴為明州觀察使」), a prince's birth or death (「皇子昰生」). The later
 * Song princes and the Jin and Liao nobles go by one character, which no pack lists and no surname opens.
 */
final class GivenNameFrameRule {

    static final String FOUND_BY = "rule:given-name-frame";

    /** Kin the conferring frames name before the man: 封弟偲, 封子模, 進封皇子竑, 封孫諶. */
    private static final String[] KIN = {"皇子", "皇弟", "皇孫", "皇姪", "皇兄", "弟", "子", "孫", "姪", "兄"};
    /**
     * Characters that stand where the frame wants a name but are not one: 立帝為皇太子, 是為文王, 封册為王, 爾為, 號為; the
     * verbs of a career between two titles (知泉州召為…, 尋為…, 擢為…, 辟為…, 起為…, 俄為…), 嘗為, 次為, 追封母為; a prince by
     * his title (立王為大元帥), a princess's son (以公主子為) and a protection (大長公主廕為).
     */
    private static final BitSet NOT_A_NAME = Chars.setOf("帝是冊册爾號又其之所以而後前今皆並竝各俱亦復仍再遂乃即代攝兼權領判知同充遷改授拜除加"
            + "召尋擢辟選起徵嘗既無次人司母妻女留王子俄廕蔭䕃");
    /** What bids a man be set up before 立: 詔立, 請立, 乃立, 遂立, 議立, 欲立. */
    private static final String BID_TO_SET_UP = "詔請乃遂議欲將";
    /** Openers of an appointment before the old title (以, and the posthumous 贈), within this many characters. */
    private static final String APPOINTS = "以贈";
    private static final int APPOINT_WINDOW = 14;
    /** What befalls a prince named right after 皇子: born, dying (皇子昰生, 皇子緝薨). */
    private static final String PRINCE_EVENTS = "生薨卒";

    private GivenNameFrameRule() {
    }

    static List<Hit> hits(int[] text, List<Hit> hits) {
        BitSet officeStarts = new BitSet(text.length + 1);
        BitSet personAt = new BitSet(text.length + 1);
        for (Hit h : hits) {
            if (h.type() == MentionType.OFFICE) {
                officeStarts.set(h.start());
            } else if (h.type() == MentionType.PER) {
                personAt.set(h.start(), h.end());
            }
        }
        List<Hit> names = new ArrayList<>();
        for (int i = 0; i + 3 < text.length; i++) {
            if (text[i] == '封' || text[i] == '立') {
                conferred(text, i, officeStarts, names);
            } else if (text[i] == '皇' && text[i + 1] == '子' && name(text, i + 2) && Chars.isAnyOf(text[i + 3], PRINCE_EVENTS)) {
                names.add(hit(text, i + 2));
            }
        }
        for (Hit h : hits) {
            appointed(text, h, officeStarts, names);
            kinAfter(text, h, names);
        }
        names.removeIf(h -> personAt.get(h.start()));
        return names;
    }

    /** 封 / 立 at {@code at}, maybe a kinsman's word, one character and 為 before a title. */
    private static void conferred(int[] text, int at, BitSet officeStarts, List<Hit> names) {
        // 李立遵: 封 or 立 after a surname is a name's character, not the verb; 立 is the verb only where a clause
        // or a bidding opens on it (詔立子惇, 請立麟), not in 以立遵為 or 立禮為.
        int before = Chars.at(text, at - 1);
        if (NameRules.surnameLength(text, at - 1) == 1 || text[at] == '立' && !Chars.isBoundary(before)
                && !Chars.isAnyOf(before, BID_TO_SET_UP) && !Chars.isDayAt(text, at - 2)) {
            return;
        }
        int name = at + 1;
        for (String kin : KIN) {
            if (Chars.matchesAt(text, name, kin)) {
                name += kin.length();
                break;
            }
        }
        if (name(text, name) && Chars.isAnyOf(Chars.at(text, name + 1), "為爲") && officeStarts.get(name + 2)) {
            names.add(hit(text, name));
        }
    }

    /** A title, one character and 為 before a title, the first title within reach of 以 or 贈 (以左丞相晏為太尉). */
    private static void appointed(int[] text, Hit office, BitSet officeStarts, List<Hit> names) {
        int at = office.end();
        if (office.type() != MentionType.OFFICE || !name(text, at) || !Chars.isAnyOf(Chars.at(text, at + 1), "為爲")
                || !officeStarts.get(at + 2)) {
            return;
        }
        for (int k = office.start() - 1; k >= 0 && k >= office.start() - APPOINT_WINDOW && !Chars.isBoundary(text[k]); k--) {
            if (Chars.isAnyOf(text[k], APPOINTS)) {
                names.add(hit(text, at));
                return;
            }
        }
    }

    /** The kin words after a man that name his son, brother, grandson or nephew next (廷羙子徳恭為, 王旦弟旭). */
    private static final String KIN_AFTER_MAN = "子弟孫姪";
    /**
     * What closes the kinsman's name: an appointment, a list, his act (伏誅, 來貢, 據, 立), or the clause's end. Not 上 or 補,
     * which also close a name one character early (孫安上不肖, 孫溥補上州文學).
     */
    private static final String KIN_CLOSERS = "為爲等並竝伏來據立、，。；";

    /**
     * 「以齊王廷羙子徳恭為貴州防禦使」, 「結宰相王旦弟旭，」: a man the packs or rules found, a kin word and one or two characters
     * closed by an appointment, a list or the clause's end: his kinsman, given the family's surname where the man has one.
     */
    private static void kinAfter(int[] text, Hit man, List<Hit> names) {
        int kin = man.end();
        if (man.type() != MentionType.PER || man.length() < 2 || !Chars.isAnyOf(Chars.at(text, kin), KIN_AFTER_MAN)) {
            return;
        }
        int[] canonical = man.canonical().codePoints().toArray();
        int surname = NameRules.surnameLength(canonical, 0);
        for (int given = 2; given >= 1; given--) {
            int end = kin + 1 + given;
            boolean named = end < text.length && Chars.isAnyOf(text[end], KIN_CLOSERS);
            for (int k = kin + 1; k < end && named; k++) {
                named = name(text, k) && !Chars.isAnyOf(text[k], KIN_AFTER_MAN) && !Chars.isAnyOf(text[k], "兄女婿");
            }
            if (named) {
                String family = new String(canonical, 0, surname);
                names.add(new Hit(kin + 1, end, MentionType.PER, null, family + OfficeCompoundRule.slice(text, kin + 1, end), List.of(),
                        FOUND_BY, Hit.RULE));
                return;
            }
        }
    }

    private static boolean name(int[] text, int at) {
        return at < text.length && Chars.isHan(text[at]) && !Chars.isBoundary(text[at]) && !NOT_A_NAME.get(text[at])
                && !Chars.isAnyOf(text[at], TitledNameRule.AFTER_NAME) && !Chars.isDayAt(text, at - 1) && !Chars.isDayAt(text, at);
    }

    private static Hit hit(int[] text, int at) {
        return new Hit(at, at + 1, MentionType.PER, null, OfficeCompoundRule.slice(text, at, at + 1), List.of(), FOUND_BY, Hit.RULE);
    }
}
