package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.biannian.web.Problems.assertProblem;
import static org.biannian.web.WebFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Name;
import org.junit.jupiter.api.Test;

/** {@code /api/persons/{id}}, {@code /api/places/{id}}, {@code /api/entities/{id}} over HTTP. */
class EntitiesApiTest {

    private final WebFixture web = WebFixture.get();

    @Test
    void aPersonHasTheAuthorityNamesAndEveryEntryMentioningHimInDateOrder() {
        String id = "per:li-jiqian";
        AuthorityRecord record = WebFixture.BIANNIAN.authority().find(id).orElseThrow();
        JsonNode p = web.get("/api/persons/" + q(id)).json();
        assertThat(p.get("canonical").asText()).isEqualTo(record.canonical());
        List<String> names = new ArrayList<>();
        p.get("record").get("names").forEach(n -> names.add(n.get("text").asText() + "/" + n.get("kind").asText()
                + "/" + n.get("firstYear").asInt(0)));
        assertThat(names).containsExactlyElementsOf(record.names().stream()
                .map((Name n) -> n.text() + "/" + n.kind() + "/" + n.firstYear()).toList());
        JsonNode filtered = web.get("/api/entries?limit=500&person=" + q(id)).json();
        assertThat(p.get("entries")).hasSize(filtered.get("total").asInt());
        int last = Integer.MIN_VALUE;
        for (JsonNode e : p.get("entries")) {
            int first = e.get("firstJdn").asInt();
            assertThat(first).isGreaterThanOrEqualTo(last);
            last = first;
        }
        int forms = 0;
        for (JsonNode count : p.get("forms")) {
            forms += count.asInt();
        }
        for (JsonNode count : p.get("roles")) {
            forms += count.asInt();
        }
        assertThat(forms).isEqualTo(p.get("mentions").asInt());
        assertThat(p.get("related")).isNotEmpty();
    }

    @Test
    void aPlaceHasItsCoordinatesAndSource() {
        JsonNode place = web.get("/api/places/" + q("place:lingzhou")).json();
        var coordinates = WebFixture.BIANNIAN.authority().find("place:lingzhou").orElseThrow().coordinates();
        assertThat(place.get("record").get("coordinates").get("latitude").asDouble()).isEqualTo(coordinates.latitude());
        assertThat(place.get("record").get("coordinates").get("source").asText()).isEqualTo(coordinates.source());
        assertThat(place.get("entries")).isNotEmpty();
    }

    @Test
    void unknownOrMistypedIdsAre404() {
        assertThat(assertProblem(web.get("/api/persons/" + q("per:nobody")), 404)).contains("per:nobody");
        assertProblem(web.get("/api/persons/" + q("place:lingzhou")), 404);
        assertProblem(web.get("/api/places/" + q("per:li-jiqian")), 404);
        assertThat(web.get("/api/entities/" + q("place:lingzhou")).status()).isEqualTo(200);
        assertThat(web.get("/api/entities/" + q("pol:song")).json().get("type").asText()).isEqualTo("POLITY");
    }
}
