package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biannian.web.Problems.assertProblem;
import static org.biannian.web.WebFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /api/works} and {@code /api/works/{id}} over HTTP. */
class WorksApiTest {

    private final WebFixture web = WebFixture.get();

    @Test
    void everyWorkListedLeadsToTheEntriesCitingIt() {
        JsonNode works = web.get("/api/works").json();
        assertThat(works.get("works")).isNotEmpty();
        assertThat(works.get("documents")).isNotEmpty();
        for (JsonNode w : works.get("works")) {
            JsonNode work = web.get("/api/works/" + q(w.get("work").asText())).json();
            assertThat(work.get("entries")).hasSize(w.get("entries").asInt());
            for (JsonNode e : work.get("entries")) {
                JsonNode entry = web.get("/api/entries/" + q(e.get("id").asText())).json();
                Set<String> cited = new HashSet<>();
                entry.get("citations").forEach(c -> cited.add(c.get("work").asText()));
                assertThat(cited).contains(w.get("work").asText());
            }
        }
    }

    @Test
    void notesSetWorksAgainstEachOtherWithVerdicts() {
        // Source indexes come one document at a time (issue 16: all at once was 25 MB on 61k entries).
        assertThat(web.get("/api/works").json().get("documents")).allSatisfy(d -> assertThat(d.has("sources")).isFalse());
        JsonNode sample = web.get("/api/works?document=xixiaji-994-998").json().get("documents").get(0).get("sources");
        assertThat(sample).isNotNull();
        assertThat(sample.get("oppositions")).isNotEmpty();
        String first = sample.get("oppositions").get(0).get("works").get(0).asText().split("·")[0];
        JsonNode work = web.get("/api/works/" + q(first)).json();
        assertThat(work.get("oppositions")).isNotEmpty();
        assertProblem(web.get("/api/works/" + q("無名書")), 404);
    }
}
