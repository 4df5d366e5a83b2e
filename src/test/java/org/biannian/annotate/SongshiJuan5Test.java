package org.biannian.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.biannian.authority.Authority;
import org.biannian.annals.AnnalsParser;
import org.biannian.annals.ParseOptions;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.text.SourceText;
import org.biannian.testing.Shared;
import org.biannian.text.TextView;
import org.biannian.text.WikiReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 宋史卷5 (太宗紀二, 985–997), a text the pack was not written from. No gold exists for it; the
 * assertions are facts checked by reading the chapter, and the test prints what it found by type.
 */
class SongshiJuan5Test {

    private static TextView view;
    private static List<Mention> mentions;

    @BeforeAll
    static void annotate() throws Exception {
        SourceText source = Shared.read(Shared.songshi5());
        view = WikiReader.read(source);
        // Entry dates from the annals parser; the chapter runs from 雍熙二年 (985) to 太宗's death (997).
        ChineseCalendar calendar = ChineseCalendar.builtIn();
        List<DatedRegion> regions = ChronicleRegions.of(AnnalsParser.parse(view, ParseOptions.defaults(), calendar), calendar);
        System.out.println("宋史卷5 dated regions: " + regions.size());
        mentions = Annotator.of(Authority.builtIn()).annotate(view.text(), regions);
        MentionInvariants.check(view.text(), mentions);
        Map<String, Integer> counts = new TreeMap<>();
        for (Mention m : mentions) {
            String linked = m.id() == null ? "unlinked" : m.id().startsWith("local:") ? "local" : "pack";
            counts.merge(m.type() + " " + linked, 1, Integer::sum);
        }
        System.out.println("宋史卷5 mentions by type and link: " + counts);
    }

    private static List<Mention> named(String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).toList();
    }

    @Test
    void ministersAndTheXiaLeaderAreLinked() {
        Map<String, String> expected = Map.of("李繼遷", "per:li-jiqian", "李昉", "per:li-fang", "呂蒙正", "per:lv-mengzheng",
                "趙普", "per:zhao-pu", "寇準", "per:kou-zhun", "呂端", "per:lv-duan", "張齊賢", "per:zhang-qixian");
        expected.forEach((name, id) -> {
            assertThat(named(name)).as(name).isNotEmpty();
            assertThat(named(name)).as(name).allSatisfy(m -> assertThat(m.id()).isEqualTo(id));
        });
    }

    @Test
    void placesAndStatesOfTheFrontierAreFound() {
        assertThat(named("夏州")).isNotEmpty().allSatisfy(m -> assertThat(m.id()).isEqualTo("place:xiazhou"));
        assertThat(named("契丹")).isNotEmpty().allSatisfy(m -> assertThat(m.canonical()).isEqualTo("遼"));
        assertThat(named("靈州")).isNotEmpty().allSatisfy(m -> assertThat(m.type()).isEqualTo(MentionType.PLACE));
    }

    /**
     * Up to his death every 帝 / 上 / 皇帝 is 太宗. The 贊 after the last entry (dated 至道三年十月, his
     * burial) still means him, but resolution by date gives the reigning 真宗 there: a known limit of
     * role-by-date in 本紀 appraisals, printed here rather than asserted.
     */
    @Test
    void everyEmperorReferenceBeforeHisDeathIsTaizong() {
        int death = view.text().text().indexOf("是日崩");
        List<Mention> roles = mentions.stream().filter(m -> m.type() == MentionType.ROLE).toList();
        List<Mention> before = roles.stream().filter(m -> view.text().charIndex(m.start()) < death).toList();
        System.out.println("宋史卷5 roles before 太宗's death: " + before.size() + ", after (the 贊): "
                + roles.stream().filter(m -> !before.contains(m)).map(m -> m.text() + "→" + m.canonical()).toList());
        assertThat(before).hasSizeGreaterThanOrEqualTo(8);
        assertThat(before).allSatisfy(m -> assertThat(m.canonical()).as("%s at %s", m.text(), m.span()).isEqualTo("宋太宗"));
    }

    @Test
    void ruleFoundPlacesDoNotStartWithAVerb() {
        List<String> bad = mentions.stream()
                .filter(m -> m.type() == MentionType.PLACE && m.foundBy().startsWith("rule:place-suffix"))
                .map(Mention::text).filter(t -> "詔升遣陷復于罷縱並責攻至".indexOf(t.charAt(0)) >= 0).toList();
        assertThat(bad).isEmpty();
    }

    @Test
    void songTitlesAreFoundWholeAndAKingWhoActsIsNoTitle() {
        // 「司門員外郎王延範」: the bureau and its post, one title (issue 12's institution grammar).
        assertThat(named("司門員外郎")).as("司門員外郎").isNotEmpty().allSatisfy(m -> assertThat(m.type()).isEqualTo(MentionType.OFFICE));
        // 「擊賊于研口砦」: a fort, wherever it stands.
        assertThat(named("研口砦")).as("研口砦").isNotEmpty().allSatisfy(m -> assertThat(m.type()).isEqualTo(MentionType.PLACE));
        // 「高麗國王遣使來貢」: the king acting stands for the man, no title; 「加高麗國王治」, 「高麗國王王治」: his title.
        // The chapter writes 高麗國王 three times; only the two before his name are the title.
        assertThat(named("高麗國王")).as("高麗國王 as a title, before his name").hasSize(2)
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(MentionType.OFFICE));
        // 「群臣上尊諡曰神功聖德…」: after 諡曰 the name given, not a title.
        assertThat(mentions).as("no office inside the posthumous name").noneMatch(m -> m.text().startsWith("神功") && m.type() == MentionType.OFFICE);
    }
}
