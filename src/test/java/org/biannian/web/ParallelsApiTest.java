package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biannian.web.Problems.assertProblem;
import static org.biannian.web.WebFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code /api/entries/{id}/parallels} over HTTP (issue 13). */
class ParallelsApiTest {

    private final WebFixture web = WebFixture.get();

    @Test
    void anEntryCitingTheBenjiGetsItsPassageWithTheDateItDisagreesOn() {
        // Entry 8 files 河西行營送保忠至闕下 under 六月; 宋史·太宗本紀 gives 淳化五年五月丙寅.
        JsonNode body = web.get("/api/entries/" + q("xixiaji-994-998:8") + "/parallels").json();
        assertThat(body.get("entry").asText()).isEqualTo("xixiaji-994-998:8");
        JsonNode benji = null;
        for (JsonNode p : body.get("parallels")) {
            if (p.get("document").asText().equals("songshi-juan005-taizong2") && p.get("cited").asBoolean()) {
                benji = p;
            }
        }
        assertThat(benji).isNotNull();
        assertThat(benji.get("text").asText()).contains("河西行營送趙保忠至闕下");
        assertThat(benji.get("citation").asText()).isEqualTo("《宋史·太宗本紀》");
        assertThat(benji.get("dateAgreement").asText()).isEqualTo("DIFFERENT");
        assertThat(benji.get("date").get("month").asInt()).isEqualTo(5);
        assertThat(benji.get("end").asInt()).isGreaterThan(benji.get("start").asInt());
    }

    @Test
    void anUnknownEntryIsNotFound() {
        assertProblem(web.get("/api/entries/" + q("xixiaji-994-998:999") + "/parallels"), 404);
    }
}
