package org.biannian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.biannian.calendar.tools.Csv;
import org.biannian.calendar.tools.GenerateCalendarDocs;
import org.biannian.calendar.tools.GenerateCalendarTables;
import org.junit.jupiter.api.Test;

/** The committed generated files are exactly what the tools produce from the reference tables: nobody edits them by hand. */
class CalendarTablesResourceTest {

    @Test
    void committedTableIsWhatTheGeneratorWrites() throws IOException {
        String committed = Files.readString(GenerateCalendarTables.RESOURCE, StandardCharsets.UTF_8);
        String generated = GenerateCalendarTables.render(Csv.shared().resolve("reference/calendar"));
        assertThat(committed).as("regenerate with GenerateCalendarTables (docs/calendar.md)").isEqualTo(generated);
    }

    @Test
    void committedDocsAreWhatTheDocsGeneratorWrites() throws IOException {
        String committed = Files.readString(GenerateCalendarDocs.DOCS, StandardCharsets.UTF_8);
        String generated = GenerateCalendarDocs.withGenerated(committed, Csv.shared().resolve("reference/calendar"));
        assertThat(committed).as("regenerate with GenerateCalendarDocs (docs/calendar.md)").isEqualTo(generated);
    }

    @Test
    void tableLoadsWithEveryRegimeAndTheirEras() {
        ChineseCalendar calendar = ChineseCalendar.builtIn();
        assertThat(calendar.regimes()).extracting(Regime::name).contains("唐", "宋", "遼", "西夏", "金", "元", "明", "清");
        for (Regime regime : calendar.regimes()) {
            assertThat(calendar.eras(regime)).as("%s", regime).isNotEmpty();
        }
        assertThat(calendar.eraNames()).contains("淳化", "興國", "天授禮法延祚", "光緒", "武德");
    }
}
