package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.biannian.testing.Shared;
import org.biannian.web.tools.GenerateBasemap;
import org.junit.jupiter.api.Test;

/** The committed basemap is exactly what its generator writes from Natural Earth, and stays small. */
class BasemapTest {

    private static String committed() throws IOException {
        try (InputStream in = BasemapTest.class.getResourceAsStream(ReaderServer.STATIC + "/basemap.json")) {
            assertThat(in).as("basemap.json on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void committedFileIsTheGeneratorsOutput() throws IOException {
        assertThat(committed()).isEqualTo(GenerateBasemap.generate(Shared.path("basemap")));
    }

    @Test
    void isSmallAndCoversTheFrontier() throws IOException {
        String text = committed();
        assertThat(text.length()).isLessThan(400_000);
        JsonNode map = new ObjectMapper().readTree(text);
        assertThat(map.get("land").size()).isPositive();
        assertThat(map.get("rivers").size()).isGreaterThan(10);
        // The Yellow River loop (Ordos, ~40°N 107–111°E) must be drawn: some river point lies there.
        boolean ordos = false;
        for (JsonNode line : map.get("rivers")) {
            for (int i = 0; i + 1 < line.size(); i += 2) {
                int lon = line.get(i).asInt();
                int lat = line.get(i + 1).asInt();
                ordos |= lon >= 10700 && lon <= 11100 && lat >= 3900 && lat <= 4100;
            }
        }
        assertThat(ordos).isTrue();
    }
}
