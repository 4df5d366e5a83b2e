package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Library;
import org.biannian.library.SearchQuery;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: an ingest by another program while the reader serves the same library. The server
 * keeps one whole generation (documents, entries and index together) until it switches; a request
 * holding the old generation is answered from it to the end. The switch is forced with
 * {@link ReaderServer#refresh} (no polling), so the interleaving is the test's, not the clock's.
 */
class LibraryUnderUseApiTest {

    private static final Biannian BIANNIAN = Biannian.create();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode get(ReaderServer server, String path, int status) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    /** The page agrees with its total: as many entries as the total allows, each one served. */
    private void assertWhole(ReaderServer server, int expectedTotal) throws Exception {
        JsonNode page = get(server, "/api/entries?limit=200", 200);
        assertThat(page.get("total").asInt()).isEqualTo(expectedTotal);
        assertThat(page.get("entries")).hasSize(Math.min(200, expectedTotal));
        JsonNode docs = get(server, "/api/documents", 200);
        assertThat(docs.get("total").asInt()).isEqualTo(expectedTotal);
        for (JsonNode hit : get(server, "/api/search?q=%E7%B9%BC%E9%81%B7&limit=200", 200).get("results")) {
            JsonNode entry = get(server, "/api/entries/" + hit.get("id").asText().replace(":", "%3A"), 200);
            assertThat(hit.get("headline").asText()).isEqualTo(entry.get("headline").asText());
        }
    }

    @Test
    void anIngestMeanwhileIsServedWholeAfterTheSwitchAndNeverHalf(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("lib");
        BIANNIAN.ingest(folder, List.of(Shared.sample()), new ParseOptions(Biannian.SAMPLE_START, null, null), false, (e, c) -> { });
        try (Library served = BIANNIAN.openLibrary(folder);
             ReaderServer server = ReaderServer.start(BIANNIAN, served, "127.0.0.1", 0, null)) {
            int sample = server.entries();
            assertWhole(server, sample);

            // Another program ingests a second document.
            int songshi;
            try (Library writer = BIANNIAN.openLibrary(folder)) {
                songshi = BIANNIAN.ingest(writer, List.of(Shared.songshi5()), ParseOptions.defaults(), false, (e, c) -> { })
                        .entries();
            }
            // Not switched yet: the old generation, whole (the new index is not mixed in).
            assertWhole(server, sample);
            get(server, "/api/entries/songshi-juan005-taizong2%3A1", 404);

            // A request in flight holds the old generation across the switch.
            Generation inFlight = server.generations().acquire();
            assertThat(server.refresh()).isTrue();
            assertThat(inFlight.index().search(new SearchQuery(null, null, null, null, null, null, null, 0, 10), inFlight.model()::searchTexts).total())
                    .isEqualTo(sample);
            assertThat(inFlight.model().entries()).hasSize(sample);
            inFlight.close();

            assertWhole(server, sample + songshi);
            get(server, "/api/entries/songshi-juan005-taizong2%3A1", 200);
            assertThat(server.refresh()).as("nothing newer").isFalse();

            // A writer between its database commit and its index commit: the server does not switch to half of it.
            try (Library writer = BIANNIAN.openLibrary(folder)) {
                BIANNIAN.ingest(writer, List.of(Shared.sample()), new ParseOptions(Biannian.SAMPLE_START, null, null), true,
                        (e, c) -> { });
            }
            try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("biannian.sqlite"));
                 var s = db.createStatement()) {
                s.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'");
            }
            assertThat(server.refresh()).isFalse();
            assertWhole(server, sample + songshi);
        }
    }
}
