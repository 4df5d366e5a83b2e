package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biannian.web.Problems.assertProblem;
import static org.biannian.web.WebFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code /api/search} over HTTP: simplified finds traditional, snippets mark matches, filters narrow. */
class SearchApiTest {

    private final WebFixture web = WebFixture.get();

    @Test
    void simplifiedFindsTraditionalWithMarkedSnippets() {
        JsonNode simplified = web.get("/api/search?limit=500&q=" + q("继迁")).json();
        JsonNode traditional = web.get("/api/search?limit=500&q=" + q("繼遷")).json();
        assertThat(simplified.get("total").asInt()).isPositive().isEqualTo(traditional.get("total").asInt());
        traditional.get("results").forEach(hit -> assertThat(hit.get("matchedAs")).as("matched as the query writes it").isEmpty());
        for (JsonNode hit : simplified.get("results")) {
            assertThat(hit.get("snippet").asText()).contains("【繼遷】");
            assertThat(hit.get("matchedAs").toString()).as("the form the text writes").isEqualTo("[\"繼遷\"]");
            JsonNode entry = web.get("/api/entries/" + q(hit.get("id").asText())).json();
            String text = entry.get("headline").asText() + entry.path("narrative").asText("");
            entry.get("citationBlocks").forEach(b -> { });
            assertThat(text + entry.get("citationBlocks").toString()).contains("繼遷");
            assertThat(hit.get("label").asText()).isEqualTo(entry.get("display").get("label").asText());
        }
    }

    @Test
    void filtersCombineWithWords() {
        JsonNode all = web.get("/api/search?limit=500&q=" + q("靈州")).json();
        JsonNode withPerson = web.get("/api/search?limit=500&q=" + q("靈州") + "&person=" + q("李繼隆")).json();
        assertThat(withPerson.get("total").asInt()).isPositive().isLessThan(all.get("total").asInt());
        for (JsonNode hit : withPerson.get("results")) {
            JsonNode entry = web.get("/api/entries/" + q(hit.get("id").asText())).json();
            assertThat(EntriesApiTest.ids(entry.get("mentions"))).contains("per:li-jilong");
        }
        JsonNode page2 = web.get("/api/search?limit=2&offset=2&q=" + q("靈州") + "&person=" + q("李繼隆")).json();
        assertThat(page2.get("total").asInt()).isEqualTo(withPerson.get("total").asInt());
        assertThat(page2.get("results").get(0).get("id")).isEqualTo(withPerson.get("results").get(2).get("id"));
    }

    @Test
    void nothingFoundIsAnEmptyPage() {
        JsonNode none = web.get("/api/search?q=" + q("無此之字甲乙丙")).json();
        assertThat(none.get("total").asInt()).isZero();
        assertThat(none.get("results")).isEmpty();
        assertProblem(web.get("/api/search?q=x&limit=0"), 400);
    }
}
