package org.biannian.authority.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.biannian.authority.Authority;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

/** The emperors before the Song, read from the DDBC era table, and the shipped file is what the generator writes. */
class EarlierRulersGeneratorTest {

    private static final List<EarlierRulersGenerator.Ruler> RULERS = EarlierRulersGenerator.rulers(
            Shared.lines("reference/calendar/ddbc_eras.csv"));

    @Test
    void theTangAndFiveDynastiesEmperorsAreReadWithTheYearsOfTheirEras() {
        // 德宗 came to the throne in 779, under his father's era 大曆, which the table counts to him from that day.
        assertThat(RULERS).contains(new EarlierRulersGenerator.Ruler("唐", "德宗", 779, 805))
                .extracting(EarlierRulersGenerator.Ruler::canonical).contains("唐肅宗", "後唐莊宗", "後周世宗", "西漢武帝")
                // The packs' own period and a man's own name after his state are no earlier ruler's.
                .doesNotContain("北宋太宗", "金世宗", "侯漢侯景", "新王莽");
    }

    @Test
    void aShortStateNameIsANameOnlyWhereOneEmperorBearsIt() {
        List<String> rows = EarlierRulersGenerator.rows(RULERS, Set.of());
        assertThat(rows).anyMatch(r -> r.contains("\t漢武帝\t西漢武帝\t")).anyMatch(r -> r.contains("\t晉元帝\t東晉元帝\t"))
                .anyMatch(r -> r.contains("\t唐德宗\t\t")).noneMatch(r -> r.contains("\t宋文帝\t")); // 劉宋's 宋 is the Song's own
        assertThat(EarlierRulersGenerator.rows(RULERS, Set.of("唐德宗"))).noneMatch(r -> r.contains("\t唐德宗\t"));
    }

    @Test
    void theShippedFileIsTheGeneratorsOutputOnTheBuiltInPack() throws IOException {
        List<String> shipped = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/org/biannian/authority/pack/" + EarlierRulersGenerator.FILE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.startsWith("id\t")) {
                    shipped.add(line);
                }
            }
        }
        // A re-run on the same table and pack writes the same rows: the file is never edited by hand.
        assertThat(shipped).hasSizeGreaterThan(200)
                .isEqualTo(EarlierRulersGenerator.rows(RULERS, EarlierRulersGenerator.namesOfOtherFiles(Authority.builtIn())));
    }
}
