package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({
            "一, 1", "十, 10", "十一, 11", "二十, 20", "三十五, 35", "廿, 20", "廿一, 21", "卅, 30",
            "十有二, 12", "一百七十七, 177", "百一十, 110", "一百零五, 105", "四十二, 42", "一千二百, 1200"})
    void readsNumeralsInTheirClassicalForms(String numeral, int value) {
        assertThat(ChineseNumerals.parse(numeral)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"十十", "一二", "年", "有", "十有"})
    void rejectsWhatIsNotOneNumeral(String text) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(-1);
    }
}
