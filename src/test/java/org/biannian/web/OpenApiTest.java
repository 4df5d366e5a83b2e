package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document, docs/api.md and the routes stay in step. */
class OpenApiTest {

    private final WebFixture web = WebFixture.get();

    @Test
    void documentsEveryRouteAndEveryRouteAnswers() throws IOException {
        JsonNode doc = web.get("/api/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/entries", "/api/entries/{id}", "/api/search", "/api/persons/{id}", "/api/places/{id}",
                "/api/works", "/api/works/{id}", "/api/dates", "/api/timeline", "/api/network", "/api/places.geojson");
        String api = Files.readString(Path.of("docs/api.md"));
        for (String path : paths) {
            assertThat(api).as("docs/api.md documents " + path).contains("`GET " + path);
            if (!path.contains("{") && !path.equals("/api/dates")) {
                assertThat(web.get(path).status()).as(path).isEqualTo(200);
            }
            for (JsonNode p : doc.get("paths").get(path).get("get").get("parameters")) {
                if (p.get("in").asText().equals("query")) {
                    assertThat(api).as("docs/api.md names parameter " + p.get("name") + " of " + path).contains("`" + p.get("name").asText() + "`");
                }
            }
        }
    }
}
