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

    /** Every WORK mention of the sample carries an id, and that id opens its work's page (issue 15: 76 of 153 were 404). */
    @Test
    void everyWorkMentionOfTheSampleOpensItsPage() {
        int mentions = 0;
        Set<String> ids = new HashSet<>();
        for (JsonNode e : allEntries()) {
            if (!e.get("id").asText().startsWith("xixiaji-994-998:")) {
                continue;
            }
            for (JsonNode m : e.get("mentions")) {
                if (m.get("type").asText().equals("WORK")) {
                    mentions++;
                    assertThat(m.hasNonNull("id")).as("%s in %s has an id", m.get("text"), e.get("id")).isTrue();
                    ids.add(m.get("id").asText());
                }
            }
        }
        assertThat(mentions).isEqualTo(153);
        for (String id : ids) {
            WebFixture.Response r = web.get("/api/works/" + q(id));
            assertThat(r.status()).as(id).isEqualTo(200);
        }
    }

    /** The annotator and the apparatus read one works authority: 薛應祈《通鑒》 is 宋元資治通鑑 for both. */
    @Test
    void annotatorAndApparatusNameTheSameWork() {
        boolean seen = false;
        for (JsonNode e : allEntries()) {
            for (JsonNode m : e.get("mentions")) {
                if (m.get("type").asText().equals("WORK") && m.get("text").asText().equals("通鑒")) {
                    seen = true;
                    assertThat(m.get("canonical").asText()).isEqualTo("宋元資治通鑑");
                    assertThat(m.get("id").asText()).isEqualTo("work:宋元資治通鑑");
                    Set<String> noted = new HashSet<>();
                    e.get("notes").forEach(n -> n.path("works").forEach(w -> noted.add(w.isTextual() ? w.asText() : w.path("work").asText())));
                    assertThat(noted).contains("宋元資治通鑑");
                }
            }
        }
        assertThat(seen).as("the sample's 薛應祈《通鑒》").isTrue();
        JsonNode work = web.get("/api/works/" + q("work:宋元資治通鑑")).json();
        assertThat(work.get("known").asBoolean()).isTrue();
        assertThat(work.get("authors").toString()).contains("薛應旂");
    }

    private java.util.List<JsonNode> allEntries() {
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = web.get("/api/entries?limit=500&offset=" + offset).json();
            page.get("entries").forEach(all::add);
            if (offset + 500 >= page.get("total").asInt()) {
                return all;
            }
        }
    }
}
