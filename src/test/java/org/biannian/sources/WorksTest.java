package org.biannian.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WorksTest {

    private final Works works = Works.builtIn();

    @Test
    void shortFormsAndVariantCharactersFindTheCanonicalWork() {
        assertThat(works.byTitle("長編")).extracting(Work::title).containsExactly("續資治通鑑長編");
        assertThat(works.byTitle("续资治通鉴长编")).extracting(Work::title).containsExactly("續資治通鑑長編");
        assertThat(works.byTitle("續通鑒")).extracting(Work::title).containsExactly("續資治通鑑");
        assertThat(works.byTitle("通鑑")).extracting(Work::title).containsExactly("資治通鑑", "宋元資治通鑑");
        assertThat(works.byTitle("明史")).isEmpty();
    }

    @Test
    void sectionsAreFoundByNameAndAlias() {
        Work liao = works.work("遼史").orElseThrow();
        assertThat(works.section(liao, "聖宗紀")).map(WorkSection::name).contains("聖宗本紀");
        assertThat(works.section(liao, "肖撻凜傳")).map(WorkSection::name).contains("蕭撻凜傳");
        assertThat(works.section(liao, "西夏傳")).map(WorkSection::name).contains("西夏外紀");
        assertThat(works.section(liao, "夏國傳")).isEmpty();
        assertThat(works.worksWithSection("夏國傳")).extracting(Work::title).containsExactly("宋史");
        assertThat(works.worksWithSection("西夏傳")).extracting(Work::title).containsExactly("遼史", "金史");
    }

    @Test
    void juanRangesGiveTheYearsCovered() {
        Work changbian = works.work("續資治通鑑長編").orElseThrow();
        assertThat(changbian.juanRange(35)).hasValueSatisfying(r -> assertThat(r.coversYear(994)).isTrue());
        assertThat(changbian.juanRange(42)).hasValueSatisfying(r -> assertThat(r.coversYear(996)).isFalse());
        assertThat(changbian.juanRange(500)).isEmpty();
    }

    @Test
    void everyBuiltInSectionAndJuanBelongsToAListedWorkAndNamesAreUnique() {
        for (Work w : works.works()) {
            assertThat(w.sections()).extracting(WorkSection::name).doesNotHaveDuplicates();
            for (JuanRange r : w.juanYears()) {
                assertThat(r.firstYear()).isBetween(0, 2000);
            }
        }
        assertThat(works.works()).extracting(Work::title).doesNotHaveDuplicates()
                .contains("宋史", "遼史", "金史", "續資治通鑑長編", "東都事略", "西夏書事", "西夏紀事本末",
                        "太平治跡統類", "稽古錄", "文獻通考", "續資治通鑑綱目", "續資治通鑑", "隆平集");
    }

    @Test
    void malformedAuthorityFilesNameTheLine() {
        assertThatThrownBy(() -> Works.read("bad.tsv", new StringReader("work\t宋史\t-\thistory\t-\t1345\nsection\t元史\t本紀\t本紀\t-\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.tsv:2").hasMessageContaining("元史");
        assertThatThrownBy(() -> Works.read("bad.tsv", new StringReader("# c\nbook\tx\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.tsv:2").hasMessageContaining("book");
        assertThatThrownBy(() -> Works.read("bad.tsv", new StringReader("work\t宋史\t-\thistory\t-\t1345\njuan\t宋史\tx\t2\t960\t961\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.tsv:2");
    }
}
