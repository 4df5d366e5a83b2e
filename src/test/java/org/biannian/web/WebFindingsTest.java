package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What fuzzing found in the reader (issue 8), kept as regressions. */
class WebFindingsTest {

    @Test
    // Found by ApiFuzzTest (issue 8): Jetty rejected a NUL (%00) in the path with its own text/html 400 page.
    void aNulInThePathIsAProblemDocument() {
        WebFixture.Response r = WebFixture.get().get("/api/entries/X%00%00");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
