package org.biannian.authority.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The heading readings the biography generator rests on, on headings as 宋史's 四庫 text writes them. */
class BiographyPackGeneratorTest {

    /**
     * 宋史卷475 as the generator reads it, heading and body (here two stretches of them): the heading misprints 苗傅 as
     * 苖傳, and the body names the man appended in full once more.
     */
    private static final String JUAN_475 = "張邦昌劉豫苖傳(劉正彦附)杜充吳曦" + "八千人扈衛駐于杭州有劉正彦者不知何許人父法政和間為";

    @Test
    void aManAppendedToAnothersLifeIsReadFromTheNote() {
        assertThat(BiographyPackGenerator.appended("苖傳(劉正彦附)", JUAN_475, Set.of())).containsExactly("劉正彦");
    }

    @Test
    void aNoteOfSeveralMenIsCutWhereTheHeadingsSurnamesSayWhenTheBodyCannotTell() {
        // 卷261's 李萬全(田景咸王暉附): where the two men stand together in every mention, both cuts pass the body's test.
        String body = "李萬全(田景咸王暉附)" + "田景咸王暉皆以功遷" + "田景咸王暉卒";
        assertThat(BiographyPackGenerator.appended("李萬全(田景咸王暉附)", body, Set.of((int) '田', (int) '王')))
                .containsExactly("田景咸", "王暉");
    }

    @Test
    void aNoteWithAKinshipWordIsLeftToTheKinsmenReading() {
        assertThat(BiographyPackGenerator.appended("王超(子德用附)", "王超、德用、德用", Set.of())).isEmpty();
        assertThat(BiographyPackGenerator.kinsmen("陳堯佐", "陳堯佐(兄堯叟弟堯咨從子漸)")).contains("陳堯叟", "陳堯咨", "陳漸");
    }

    @Test
    void anEmpressIsNamedByHerPosthumousNameAsTheHeadingsOf后妃傳WriteIt() {
        // 宋史卷242's headings: the reign, the posthumous name, the surname, 皇后.
        assertThat(BiographyPackGenerator.empressNames("慈聖光獻曹皇后")).startsWith("慈聖光獻皇后", "慈聖光獻太后", "慈聖光獻后")
                .contains("慈聖光獻/posthumous", "慈聖太后");
        assertThat(BiographyPackGenerator.empressNames("英宗宣仁聖烈高皇后")).first().isEqualTo("宣仁聖烈皇后");
        assertThat(BiographyPackGenerator.empressNames("真宗章懐潘皇后")).containsExactly("章懐皇后", "章懐太后", "章懐后");
        assertThat(BiographyPackGenerator.empressNames("太祖母昭憲杜太后")).first().isEqualTo("昭憲皇后");
        // No posthumous name: the reign and the surname alone; a consort by rank is no empress.
        assertThat(BiographyPackGenerator.empressNames("仁宗郭皇后")).isEmpty();
        assertThat(BiographyPackGenerator.empressNames("李宸妃")).isEmpty();
    }

    @Test
    void generatedIdsComeFromTheNameAndNotFromAPosition() {
        assertThat(GeneratedIds.of("per:songshi-framed-", "丁進")).isEqualTo("per:songshi-framed-4e01-9032");
        assertThat(GeneratedIds.of("place:songshi-dili-", "靑州")).isEqualTo(GeneratedIds.of("place:songshi-dili-", "靑州"))
                .isNotEqualTo(GeneratedIds.of("place:songshi-dili-", "青州"));
    }

    @Test
    void aFormerNameIsReadFromTheOpeningAsLongAsTheGivenNameIsAndOneCharacterOnlyBeforeWhatFollowsAName() {
        // The texts of 宋史卷367, 264, 328 and 275 (四庫 text, 夲 for 本 as the edition writes it).
        assertThat(BiographyPackGenerator.formerNames("楊存中夲名沂中字正甫紹興間賜名存中", "楊存中")).containsExactly("楊沂中");
        assertThat(BiographyPackGenerator.formerNames("沈倫字順儀開封太康人舊名義倫以與太宗名下字同", "沈倫")).containsExactly("沈義倫");
        assertThat(BiographyPackGenerator.formerNames("張璪初名琥字邃明", "張璪")).containsExactly("張琥");
        assertThat(BiographyPackGenerator.formerNames("元逹初名守旻洺州鷄澤人", "元逹")).containsExactly("元守旻");
        // A given name of two is not cut to one (李懐忠初名懐義: not 李懐), and no opening, no former name.
        assertThat(BiographyPackGenerator.formerNames("李懐忠初名懐義", "李懐忠")).containsExactly("李懐義");
        assertThat(BiographyPackGenerator.formerNames("王超字某某趙州人", "王超")).isEmpty();
    }
}
