package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a response is an RFC 9457 problem with the given status. */
final class Problems {

    private Problems() {
    }

    static String assertProblem(WebFixture.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("title").asText()).isNotBlank();
        assertThat(r.json().get("type").asText()).isNotBlank();
        return r.json().get("detail").asText();
    }
}
