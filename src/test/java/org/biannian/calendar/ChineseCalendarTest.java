package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.biannian.calendar.DateDiagnostic.Code;
import org.junit.jupiter.api.Test;

class ChineseCalendarTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();
    private static final Regime SONG = CALENDAR.regime("宋").orElseThrow();
    private static final Regime LIAO = CALENDAR.regime("遼").orElseThrow();

    static DateExpression day(String regime, String era, Integer year, Integer month, boolean leap, String ganzhi) {
        return new DateExpression(era + year + month + ganzhi, regime, era, year, null, month, leap, false,
                ganzhi == null ? null : Jdn.ganzhiIndex(ganzhi.charAt(0), ganzhi.charAt(1)), null, null, null);
    }

    static DateExpression bare(String text, Integer month, boolean leapOfMonthInForce, String ganzhi, DateExpression.Scope scope) {
        return new DateExpression(text, null, null, null, null, month, false, leapOfMonthInForce,
                ganzhi == null ? null : Jdn.ganzhiIndex(ganzhi.charAt(0), ganzhi.charAt(1)), null, null, scope);
    }

    @Test
    void designFactsResolve() {
        Resolution r = CALENDAR.resolve(day(null, "淳化", 5, 1, false, "癸酉"), DateContext.NONE);
        assertThat(r.precision()).isEqualTo(Precision.DAY);
        assertThat(r.jdn()).isEqualTo(2084180);
        assertThat(r.julian()).isEqualTo("0994-03-05");
        assertThat(r.gregorian()).isEqualTo("0994-03-10");
        assertThat(r.ganzhi()).isEqualTo("癸酉");
        assertThat(r.regime()).isEqualTo(SONG);
        assertThat(r.lunarYear()).isEqualTo(994);
        assertThat(r.diagnostics()).isEmpty();

        Resolution death = CALENDAR.resolve(day(null, "至道", 3, 3, false, "癸巳"), DateContext.NONE);
        assertThat(death.jdn()).isEqualTo(2085340);
        assertThat(death.julian()).isEqualTo("0997-05-08");
    }

    @Test
    void jdnOfAgreesWithResolve() {
        assertThat(CALENDAR.jdnOf("淳化", 5, 1, false, Jdn.ganzhiIndex('癸', '酉'), null)).isEqualTo(2084180);
        assertThat(CALENDAR.jdnOf("至道", 1, 10, false, Jdn.ganzhiIndex('乙', '丑'), null)).isEqualTo(-1);
        // A ganzhi names the same day in every calendar; only its day of the month differs (遼 day 21, 宋 day 20).
        assertThat(CALENDAR.jdnOf("統和", 12, 1, false, Jdn.ganzhiIndex('癸', '酉'), null)).isEqualTo(2084180);
    }

    @Test
    void liaoMonthBeginsADayBeforeSong() {
        int[] song = CALENDAR.monthSpan(SONG, 994, 1, false).orElseThrow();
        Resolution liao = CALENDAR.resolve(day("遼", "統和", 12, 1, false, null), DateContext.NONE);
        assertThat(liao.precision()).isEqualTo(Precision.MONTH);
        assertThat(liao.lunarYear()).isEqualTo(994);
        assertThat(liao.firstJdn()).isEqualTo(song[0] - 1);
        assertThat(liao.julian()).isEqualTo("0994-02-13");
    }

    @Test
    void eraFacts() {
        assertThat(CALENDAR.eraYears("淳化", 5, null)).extracting(EraYear::lunarYear).containsExactly(994);
        assertThat(CALENDAR.eraYears("至道", 1, SONG)).extracting(EraYear::lunarYear).containsExactly(995);
        assertThat(CALENDAR.eraYears("至道", 3, SONG)).extracting(EraYear::lunarYear).containsExactly(997);
        assertThat(CALENDAR.eraYears("咸平", 1, SONG)).extracting(EraYear::lunarYear).containsExactly(998);
        assertThat(CALENDAR.eraYears("統和", 12, LIAO)).extracting(EraYear::lunarYear).containsExactly(994);
        // 真宗 kept 至道 to the year's end: every month of 997 after 太宗's death is still 至道三年.
        assertThat(CALENDAR.eraYearsAt(SONG, 997, 3, false)).extracting(EraYear::label).containsExactly("至道三年");
        assertThat(CALENDAR.eraYearsAt(SONG, 997, 12, false)).extracting(EraYear::label).containsExactly("至道三年");
        // 太平興國 began in the 12th month of 開寶九年: that month (and year) has two names.
        assertThat(CALENDAR.eraYearsAt(SONG, 976, 12, false)).extracting(EraYear::label)
                .containsExactly("開寶九年", "太平興國元年");
        assertThat(CALENDAR.eraYearsAt(SONG, 976, 11, false)).extracting(EraYear::label).containsExactly("開寶九年");
        assertThat(CALENDAR.eraYears("興國", 2, null)).containsExactly(new EraYear(SONG, "太平興國", 2, 977));
        Regime xia = CALENDAR.regime("夏").orElseThrow();
        assertThat(xia.name()).isEqualTo("西夏");
        assertThat(CALENDAR.eraYears("天授禮法延祚", 1, null)).containsExactly(new EraYear(xia, "天授禮法延祚", 1, 1038));
        assertThat(CALENDAR.regime("契丹")).contains(LIAO);
        assertThat(CALENDAR.regime("北宋")).contains(SONG);
    }

    @Test
    void chineseDaysNameADayInEveryRegime() {
        List<ChineseDay> days = CALENDAR.chineseDays(2085340);
        ChineseDay song = days.stream().filter(d -> d.regime().equals(SONG)).findFirst().orElseThrow();
        assertThat(song.label()).isEqualTo("宋至道三年三月二十九日");
        assertThat(song.emperor()).isEqualTo("真宗");
        assertThat(song.ganzhi()).isEqualTo("癸巳");
        ChineseDay liao = days.stream().filter(d -> d.regime().equals(LIAO)).findFirst().orElseThrow();
        assertThat(liao.label()).isEqualTo("遼統和十五年三月二十九日");
        // Before Western Xia proclaimed eras (1032) it has no calendar of its own.
        assertThat(days).noneMatch(d -> d.regime().id().equals("xixia"));
    }

    @Test
    void contextSuppliesWhatTheExpressionLacks() {
        DateContext inForce = new DateContext(SONG, 994, 1, false);
        assertThat(CALENDAR.resolve(bare("癸酉", null, false, "癸酉", null), inForce).jdn()).isEqualTo(2084180);
        Resolution year = CALENDAR.resolve(bare("是歲", null, false, null, DateExpression.Scope.YEAR), inForce);
        assertThat(year.precision()).isEqualTo(Precision.YEAR);
        assertThat(year.era()).isEqualTo("淳化");
        assertThat(year.eraYear()).isEqualTo(5);
        assertThat(year.firstJdn()).isEqualTo(2084161);
        // 淳化四年 (993) has a leap 10th month: 閏月 after 十月 is it.
        Resolution leap = CALENDAR.resolve(bare("閏月", null, true, null, null), new DateContext(SONG, 993, 10, false));
        assertThat(leap.precision()).isEqualTo(Precision.MONTH);
        assertThat(leap.leap()).isTrue();
        assertThat(leap.firstJdn()).isEqualTo(2084072);
        Resolution month = CALENDAR.resolve(bare("是月", null, false, null, DateExpression.Scope.MONTH), inForce);
        assertThat(month.precision()).isEqualTo(Precision.MONTH);
        assertThat(month.lastJdn()).isEqualTo(2084189);
        Resolution winter = CALENDAR.resolve(new DateExpression("冬", null, null, null, Season.WINTER, null, false, false,
                null, null, null, null), inForce);
        assertThat(winter.precision()).isEqualTo(Precision.SEASON);
        assertThat(winter.firstJdn()).isEqualTo(CALENDAR.monthSpan(SONG, 994, 10, false).orElseThrow()[0]);
        assertThat(winter.lastJdn()).isEqualTo(CALENDAR.monthSpan(SONG, 994, 12, false).orElseThrow()[1]);
    }

    @Test
    void impossibleDatesAreDiagnosedNotShifted() {
        Resolution pastEra = CALENDAR.resolve(day(null, "淳化", 6, 1, false, null), DateContext.NONE);
        assertThat(pastEra.has(Code.YEAR_OUT_OF_ERA)).isTrue();
        assertThat(pastEra.lunarYear()).isEqualTo(995);
        assertThat(pastEra.diagnostics().get(0).readings()).extracting(Reading::label).containsExactly("宋至道元年");

        // 淳化五年 has no leap month.
        Resolution noLeap = CALENDAR.resolve(day(null, "淳化", 5, 5, true, null), DateContext.NONE);
        assertThat(noLeap.has(Code.MONTH_NOT_IN_YEAR)).isTrue();
        assertThat(noLeap.precision()).isEqualTo(Precision.YEAR);

        // 至道元年十月乙丑 (宋史卷5): no 乙丑 in that month; 乙丑 is in the 9th month.
        Resolution ganzhi = CALENDAR.resolve(day(null, "至道", 1, 10, false, "乙丑"), DateContext.NONE);
        assertThat(ganzhi.has(Code.GANZHI_NOT_IN_MONTH)).isTrue();
        assertThat(ganzhi.jdn()).isNull();
        assertThat(ganzhi.precision()).isEqualTo(Precision.MONTH);
        List<Reading> readings = ganzhi.diagnostics().get(0).readings();
        assertThat(readings.get(0).label()).isEqualTo("宋至道元年九月乙丑");
        assertThat(readings).allMatch(reading -> reading.jdn() != null);

        Resolution unknown = CALENDAR.resolve(day(null, "淳花", 2, null, false, null), DateContext.NONE);
        assertThat(unknown.has(Code.ERA_UNKNOWN)).isTrue();
        assertThat(unknown.diagnostics().get(0).readings()).extracting(Reading::era).contains("淳化");
        assertThat(unknown.precision()).isEqualTo(Precision.NONE);

        Resolution wrongRegime = CALENDAR.resolve(day("遼", "淳化", 5, null, false, null), DateContext.NONE);
        assertThat(wrongRegime.has(Code.ERA_UNKNOWN)).isTrue();
        assertThat(wrongRegime.diagnostics().get(0).readings()).extracting(Reading::regime).containsExactly(SONG);
    }

    @Test
    void anEraOfSeveralRegimesIsAmbiguousUntilOneIsNamed() {
        Map<String, Set<Regime>> regimesByEra = new HashMap<>();
        for (Regime regime : CALENDAR.regimes()) {
            for (Era era : CALENDAR.eras(regime)) {
                regimesByEra.computeIfAbsent(era.name(), n -> new HashSet<>()).add(regime);
            }
        }
        List<String> shared = regimesByEra.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(shared).contains("天福", "乾祐");
        for (String era : shared) {
            Resolution r = CALENDAR.resolve(day(null, era, 1, null, false, null), DateContext.NONE);
            if (r.has(Code.ERA_AMBIGUOUS)) {
                assertThat(r.diagnostics().get(0).readings()).hasSizeGreaterThan(1);
                Regime one = r.diagnostics().get(0).readings().get(0).regime();
                Resolution named = CALENDAR.resolve(day(one.name(), era, 1, null, false, null), DateContext.NONE);
                assertThat(named.diagnostics()).isEmpty();
                assertThat(named.regime()).isEqualTo(one);
                Resolution inContext = CALENDAR.resolve(day(null, era, 1, null, false, null), DateContext.of(one));
                assertThat(inContext.regime()).isEqualTo(one);
            }
        }
    }

    @Test
    void anEraTakenOverPartWayCountsOn() {
        // 後漢 kept 後晉's 天福 from its twelfth year (947); 北漢 kept 後漢's 乾祐 from its fourth (951).
        Resolution twelve = CALENDAR.resolve(day(null, "天福", 12, 6, false, null), DateContext.NONE);
        assertThat(twelve.diagnostics()).isEmpty();
        assertThat(twelve.regime().name()).isEqualTo("後漢");
        assertThat(twelve.lunarYear()).isEqualTo(947);
        Resolution three = CALENDAR.resolve(day(null, "天福", 3, null, false, null), DateContext.NONE);
        assertThat(three.regime().name()).isEqualTo("後晉");
        assertThat(three.lunarYear()).isEqualTo(938);
        Regime beihan = CALENDAR.regime("北漢").orElseThrow();
        assertThat(CALENDAR.eraYears("乾佑", 4, beihan)).extracting(EraYear::lunarYear).containsExactly(951);
        // 佑 and 祐 are one character in era names (異體字): either finds 北漢's era.
        assertThat(CALENDAR.eraYears("乾祐", 4, beihan)).extracting(EraYear::lunarYear).containsExactly(951);
        assertThat(CALENDAR.chineseDays(Jdn.fromJulian(947, 8, 1))).extracting(ChineseDay::label)
                .anyMatch(label -> label.startsWith("後漢天福十二年"));
    }

    @Test
    void theRegimeInForceIsAPreferenceNotAFilter() {
        // A Liao or Xia chronicle may date by a Song era: the context regime does not hide it.
        Resolution r = CALENDAR.resolve(day(null, "淳化", 5, 1, false, "癸酉"), DateContext.of(LIAO));
        assertThat(r.regime()).isEqualTo(SONG);
        assertThat(r.jdn()).isEqualTo(2084180);
        // Written before the era, the regime does restrict it.
        assertThat(CALENDAR.resolve(day("遼", "淳化", 5, 1, false, "癸酉"), DateContext.NONE).has(Code.ERA_UNKNOWN)).isTrue();
    }

    @Test
    void tianShengNineNinthMonthCarriesTheDdbcReading() {
        Resolution r = CALENDAR.resolve(day(null, "天聖", 9, 9, false, null), DateContext.NONE);
        assertThat(r.firstJdn()).isEqualTo(Jdn.fromJulian(1031, 9, 20));
        assertThat(r.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("DDBC:北宋");
            assertThat(a.firstJdn()).isEqualTo(Jdn.fromJulian(1031, 9, 19));
        });
    }
}
