package org.biannian.authority.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.biannian.authority.Authority;
import org.biannian.authority.EntityKind;
import org.biannian.text.VariantFolding;
import org.junit.jupiter.api.Test;

/** The generator's filters on lines of 宋史 (卷280, 卷324, 卷451, 卷41), quoted as the Kanripo text writes them. */
class FramedPersonsGeneratorTest {

    private static final String SONGSHI = "普隂與知州楊嗣議出兵擊討之\n"
            + "潛以狥然後擢如楊延朗楊嗣者五七人增其爵\n"
            + "景徳初遷本州防禦使代楊嗣為定州路行營副\n"
            + "益王走海上命禮部侍郎鄧光薦與蜀人楊某等\n"
            + "一書甚悉以授禮部侍郎鄧光薦曰君後死幸傳\n";

    @Test
    void aManOfTwoCharactersRunIntoAVerbIsNoNameOfThree() {
        // 楊嗣 stands twice more without 議: 楊嗣議 is the frame running on into the verb.
        assertThat(FramedPersonsGenerator.runIntoVerb(SONGSHI, "楊嗣議")).isTrue();
        // 鄧光 never stands alone: 鄧光薦 is the man.
        assertThat(FramedPersonsGenerator.runIntoVerb(SONGSHI, "鄧光薦")).isFalse();
        // Only names of three characters ending in such a verb.
        assertThat(FramedPersonsGenerator.runIntoVerb(SONGSHI, "楊嗣")).isFalse();
        assertThat(FramedPersonsGenerator.runIntoVerb(SONGSHI, "楊延朗")).isFalse();
    }

    @Test
    void aNameRunIntoATitlesSideIsNoName() {
        // 宋史卷41: 「戊午李全左右金吾衛上將軍」; 卷105 王右丞.
        assertThat(FramedPersonsGenerator.runIntoSideOfTitle("李全左")).isTrue();
        assertThat(FramedPersonsGenerator.runIntoSideOfTitle("王右")).isTrue();
        assertThat(FramedPersonsGenerator.runIntoSideOfTitle("李全")).isFalse();
        assertThat(org.biannian.authority.Authority.builtIn().records()).extracting(r -> r.canonical())
                .doesNotContain("李全左", "王右");
    }

    @Test
    void aNameEndingOnADayOrOneCharacterTwiceIsNoName() {
        assertThat(FramedPersonsGenerator.endsOnDayOrRepeat("田庚寅")).isTrue();
        assertThat(FramedPersonsGenerator.endsOnDayOrRepeat("桑仲仲")).isTrue();
        assertThat(FramedPersonsGenerator.endsOnDayOrRepeat("鄧光薦")).isFalse();
    }

    @Test
    void aNameOfThreeWrittenOnceOnACharacterNoLifeEndsOnIsNoName() {
        // Built from the packs' persons: 罰 and 禽 end no name of the 2,558 lives, 通 (呼延通) and 翰 (傅廷翰) do.
        Authority pack = Authority.builtIn();
        java.util.Set<Integer> last = FramedPersonsGenerator.lastCharacters(pack.records().stream()
                .filter(r -> r.kind() == EntityKind.PERSON && !r.id().startsWith(FramedPersonsGenerator.ID_PREFIX)).toList(),
                VariantFolding.builtIn());
        assertThat(FramedPersonsGenerator.unattestedOnce("何應罰", 1, last)).isTrue();
        assertThat(FramedPersonsGenerator.unattestedOnce("余照禽", 1, last)).isTrue();
        assertThat(FramedPersonsGenerator.unattestedOnce("呼延通", 1, last)).isFalse();
        assertThat(FramedPersonsGenerator.unattestedOnce("傅廷翰", 1, last)).isFalse();
        // Written twice or more, or of two characters, the name stays to the other tests.
        assertThat(FramedPersonsGenerator.unattestedOnce("何應罰", 2, last)).isFalse();
        assertThat(FramedPersonsGenerator.unattestedOnce("宋郊", 1, last)).isFalse();
        assertThat(pack.records()).extracting(r -> r.canonical()).doesNotContain("何應罰", "余照禽", "宋初");
    }

    @Test
    void aStatesFirstYearsAreNoMan() {
        assertThat(FramedPersonsGenerator.statesBeginning("宋初", java.util.Set.of("宋", "唐"))).isTrue();
        assertThat(FramedPersonsGenerator.statesBeginning("劉初", java.util.Set.of("宋", "唐"))).isFalse();
        assertThat(FramedPersonsGenerator.statesBeginning("呂景初", java.util.Set.of("宋", "唐"))).isFalse();
    }
}
