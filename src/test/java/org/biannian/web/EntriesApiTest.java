package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biannian.web.Problems.assertProblem;
import static org.biannian.web.WebFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.biannian.annals.Entry;
import org.biannian.export.ChronicleJson;
import org.biannian.library.Analysis;
import org.biannian.testing.Shared;
import org.biannian.annals.ParseOptions;
import org.biannian.Biannian;
import org.junit.jupiter.api.Test;

/** {@code /api/entries} and {@code /api/entries/{id}} over HTTP. */
class EntriesApiTest {

    private final WebFixture web = WebFixture.get();

    @Test
    void listsEveryEntryPagedInChronicleOrder() {
        int expected = web.server.entries();
        JsonNode first = web.get("/api/entries").json();
        assertThat(first.get("total").asInt()).isEqualTo(expected);
        assertThat(first.get("limit").asInt()).isEqualTo(Api.DEFAULT_LIMIT);
        assertThat(first.get("entries")).hasSize(Math.min(expected, Api.DEFAULT_LIMIT));
        Set<String> ids = new HashSet<>();
        for (int offset = 0; offset < expected; offset += 200) {
            for (JsonNode e : web.get("/api/entries?limit=200&offset=" + offset).json().get("entries")) {
                assertThat(ids.add(e.get("id").asText())).as("each entry once").isTrue();
            }
        }
        assertThat(ids).hasSize(expected);
    }

    @Test
    void anEntryIsTheParseJsonPlusItsDisplay() throws Exception {
        Analysis sample = WebFixture.BIANNIAN.prepare(Shared.sample(), new ParseOptions(Biannian.SAMPLE_START, null, null));
        Entry third = sample.chronicle().entries().get(2);
        ObjectNode expected = ChronicleJson.entry(sample, third);
        JsonNode got = web.get("/api/entries/" + q(sample.entryId(third.index()))).json();
        ObjectNode withoutDisplay = ((ObjectNode) got).deepCopy();
        withoutDisplay.remove(List.of("display", "previous", "next"));
        assertThat(withoutDisplay).isEqualTo(expected);
        assertThat(got.get("previous").asText()).isEqualTo(sample.entryId(2));
        assertThat(got.get("next").asText()).isEqualTo(sample.entryId(4));
        // The display runs put the headline back together, and each marked run is its mention's text.
        StringBuilder headline = new StringBuilder();
        for (JsonNode run : got.get("display").get("headline")) {
            headline.append(run.get("t").asText());
            if (run.has("m")) {
                JsonNode m = got.get("mentions").get(run.get("m").asInt());
                assertThat(m.get("text").asText()).contains(run.get("t").asText());
            }
        }
        assertThat(headline.toString()).isEqualTo(got.get("headline").asText());
    }

    @Test
    void filtersByPersonPlaceAndDate() {
        JsonNode byPerson = web.get("/api/entries?limit=500&person=per:li-jiqian").json();
        assertThat(byPerson.get("total").asInt()).isPositive();
        for (JsonNode e : byPerson.get("entries")) {
            assertThat(ids(e.get("mentions"))).contains("per:li-jiqian");
        }
        JsonNode byPlace = web.get("/api/entries?limit=500&place=place:lingzhou").json();
        assertThat(byPlace.get("total").asInt()).isPositive();
        for (JsonNode e : byPlace.get("entries")) {
            assertThat(ids(e.get("mentions"))).contains("place:lingzhou");
        }
        int[] year = WebFixture.BIANNIAN.dateRange("至道二年", null);
        JsonNode inYear = web.get("/api/entries?limit=500&from=" + q("至道二年") + "&to=" + q("至道二年")).json();
        assertThat(inYear.get("total").asInt()).isPositive().isLessThan(web.server.entries());
        for (JsonNode e : inYear.get("entries")) {
            JsonNode d = e.get("date");
            assertThat(d.get("lastJdn").asInt()).isGreaterThanOrEqualTo(year[0]);
            assertThat(d.get("firstJdn").asInt()).isLessThanOrEqualTo(year[1]);
        }
    }

    @Test
    void badRequestsAreProblems() {
        assertThat(assertProblem(web.get("/api/entries?limit=100000"), 400)).contains("limit").contains("500");
        assertThat(assertProblem(web.get("/api/entries?limit=abc"), 400)).contains("limit");
        assertThat(assertProblem(web.get("/api/entries?offset=-1"), 400)).contains("offset");
        assertThat(assertProblem(web.get("/api/entries?from=" + q("至道九十九年三月") + "x"), 400)).contains("from");
        assertThat(assertProblem(web.get("/api/entries?from=997&to=995"), 400)).contains("after");
        assertThat(assertProblem(web.get("/api/entries?regime=" + q("大秦")), 400)).contains("大秦");
        assertThat(assertProblem(web.get("/api/entries/" + q("xixiaji-994-998:99999")), 404)).contains("99999");
        assertThat(assertProblem(web.get("/api/entries/nothing"), 404)).contains("nothing");
        assertProblem(web.get("/api/no-such-route"), 404);
    }

    @Test
    void oversizedRequestsAreRefused() {
        String huge = "繼".repeat(20_000);
        int status = web.get("/api/search?q=" + q(huge)).status();
        assertThat(status).as("a 60 KB query string").isIn(400, 414, 431);
        assertThat(assertProblem(web.get("/api/search?q=" + q("繼".repeat(Api.MAX_QUERY + 1))), 400)).contains("longer");
    }

    static List<String> ids(JsonNode mentions) {
        List<String> out = new ArrayList<>();
        mentions.forEach(m -> {
            if (m.has("id")) {
                out.add(m.get("id").asText());
            }
        });
        return out;
    }
}
