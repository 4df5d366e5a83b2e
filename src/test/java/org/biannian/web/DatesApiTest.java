package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biannian.web.Problems.assertProblem;
import static org.biannian.web.WebFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import org.biannian.calendar.ChineseLabels;
import org.biannian.calendar.Jdn;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

/** {@code /api/dates}: the calendar engine over HTTP, checked against the DDBC month table. */
class DatesApiTest {

    private final WebFixture web = WebFixture.get();

    @Test
    void aChineseMonthResolvesToItsDays() {
        JsonNode d = web.get("/api/dates?expr=" + q("至道二年三月")).json();
        assertThat(d.get("precision").asText()).isEqualTo("MONTH");
        int[] range = WebFixture.BIANNIAN.dateRange("至道二年三月", null);
        assertThat(d.get("firstJdn").asInt()).isEqualTo(range[0]);
        assertThat(d.get("julian").asText()).isEqualTo(Jdn.civilString(range[0]));
        // A Western day gives back the same Chinese month, starting on its first day.
        JsonNode west = web.get("/api/dates?expr=" + Jdn.civilString(range[0]).replaceFirst("^0", "")).json();
        assertThat(west.get("jdn").asInt()).isEqualTo(range[0]);
        assertThat(west.get("chinese").toString()).contains("至道二年三月");
    }

    @Test
    void agreesWithTheDdbcMonthTable() {
        // DDBC splits a month where the emperor changed (至道三年三月: 太宗, then 真宗): join the rows.
        java.util.Map<String, int[]> months = new java.util.LinkedHashMap<>();
        for (String line : Shared.lines("reference/calendar/ddbc_months_907_1279.csv")) {
            String[] f = line.split(",");
            if (!f[1].equals("北宋") || !f[4].equals("至道")) {
                continue;
            }
            String expr = "至道" + ChineseLabels.year(Integer.parseInt(f[5])) + ChineseLabels.month(Integer.parseInt(f[6]), f[7].equals("1"));
            int[] days = {Integer.parseInt(f[9]), Integer.parseInt(f[10])};
            months.merge(expr, days, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        assertThat(months).hasSizeGreaterThan(30);
        months.forEach((expr, days) -> {
            JsonNode d = web.get("/api/dates?expr=" + q(expr)).json();
            assertThat(d.get("firstJdn").asInt()).as(expr).isEqualTo(days[0]);
            assertThat(d.get("lastJdn").asInt()).as(expr).isEqualTo(days[1]);
        });
    }

    @Test
    void malformedDatesAre400WithTheCalendarsMessage() {
        assertThat(assertProblem(web.get("/api/dates?expr=" + q("hello")), 400)).contains("hello");
        assertThat(assertProblem(web.get("/api/dates"), 400)).contains("expr");
        assertThat(assertProblem(web.get("/api/dates?expr=996-13-40"), 400)).contains("996-13-40");
        assertThat(assertProblem(web.get("/api/dates?expr=" + q("至道二年") + "&regime=" + q("大秦")), 400)).contains("大秦");
    }
}
