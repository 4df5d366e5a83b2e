package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, the server at its edges: the Host header (DNS rebinding), methods other than GET, the
 * headers of Jetty's own refusals, an offset near 2^31 and queries with nothing searchable. Raw
 * requests over a loopback socket, since an HTTP client will not send a Host of our choosing.
 */
class ServerEdgesTest {

    private static final WebFixture WEB = WebFixture.get();

    /** The status line and headers (and body) of a raw HTTP/1.1 request to {@code port}. */
    static String raw(int port, String method, String target, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String request = method + " " + target + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + (method.equals("GET") || method.equals("HEAD") ? "" : "Content-Length: 0\r\n") + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String headers(String response) {
        int end = response.indexOf("\r\n\r\n");
        return (end < 0 ? response : response.substring(0, end)).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void aRequestToAnotherHostNameIsRefusedAsInDnsRebinding() throws Exception {
        int port = WEB.server.port();
        for (String target : List.of("/api/documents", "/", "/app.js", "/api/entries/xixiaji-994-998:1")) {
            String r = raw(port, "GET", target, "attacker.example:" + port);
            assertThat(status(r)).as(target).isEqualTo(421);
            assertThat(r).as(target).contains("application/problem+json").contains("attacker.example").contains("--allow-host")
                    .doesNotContain("繼遷");
        }
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "localhost.", "[::1]:" + port)) {
            assertThat(status(raw(port, "GET", "/api/documents", host))).as(host).isEqualTo(200);
        }
    }

    @Test
    void allowHostAddsANameAndOnlyThatName() throws Exception {
        try (ReaderServer server = ReaderServer.start(WebFixture.BIANNIAN, WEB.library, WebFixture.BIANNIAN.stored(WEB.library),
                "127.0.0.1", 0, List.of("reader.lan"))) {
            assertThat(status(raw(server.port(), "GET", "/api/documents", "reader.lan:" + server.port()))).isEqualTo(200);
            assertThat(status(raw(server.port(), "GET", "/api/documents", "localhost"))).isEqualTo(200);
            assertThat(status(raw(server.port(), "GET", "/api/documents", "other.lan"))).isEqualTo(421);
        }
    }

    @Test
    void writingMethodsAreNotAllowedRatherThanNotFound() throws Exception {
        int port = WEB.server.port();
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String target : List.of("/api/entries", "/api/entries/xixiaji-994-998:1", "/")) {
                String r = raw(port, method, target, "127.0.0.1");
                assertThat(status(r)).as(method + " " + target).isEqualTo(405);
                assertThat(headers(r)).as(method + " " + target).contains("allow: get, head")
                        .contains("content-type: application/problem+json");
            }
        }
    }

    @Test
    void jettysOwnRefusalsCarryTheSecurityHeaders() throws Exception {
        int port = WEB.server.port();
        String nul = raw(port, "GET", "/api/entries/X%00", "127.0.0.1");
        String tooLong = raw(port, "GET", "/api/search?q=" + "a".repeat(90_000), "127.0.0.1");
        assertThat(status(nul)).isEqualTo(400);
        assertThat(status(tooLong)).isEqualTo(414);
        for (String r : List.of(nul, tooLong)) {
            assertThat(headers(r)).contains("x-content-type-options: nosniff").contains("content-security-policy: default-src 'self'");
        }
    }

    @Test
    void anOffsetNearTwoToTheThirtyFirstIsAnEmptyPage() {
        for (String path : List.of("/api/entries?offset=2147483598", "/api/entries?offset=2147483647&limit=500",
                "/api/search?q=" + WebFixture.q("繼遷") + "&offset=2147483647")) {
            WebFixture.Response r = WEB.get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.json().get("total").asInt()).as(path).isPositive();
            assertThat(r.json().path(path.startsWith("/api/search") ? "results" : "entries")).as(path).isEmpty();
        }
    }

    @Test
    void aQueryWithNothingSearchableMatchesNothing() {
        for (String q : List.of("(((", "*", "?", "%00", "%EF%BF%BD", "%3F%3F%3F")) {
            for (String route : List.of("/api/entries", "/api/search")) {
                WebFixture.Response r = WEB.get(route + "?q=" + (q.startsWith("%") ? q : WebFixture.q(q)));
                assertThat(r.status()).as(route + " " + q).isEqualTo(200);
                assertThat(r.json().get("total").asInt()).as(route + " " + q).isZero();
            }
        }
        // A truncated UTF-8 sequence: refused with the reason, or read as U+FFFD and matching nothing.
        WebFixture.Response broken = WEB.get("/api/search?q=%E7%B9");
        assertThat(broken.status()).isIn(200, 400);
        if (broken.status() == 200) {
            assertThat(broken.json().get("total").asInt()).isZero();
        } else {
            assertThat(broken.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void entityAndWorkListsArePaged() {
        WebFixture.Response person = WEB.get("/api/persons/per:li-jiqian?limit=5");
        assertThat(person.json().get("entries")).hasSize(5);
        assertThat(person.json().get("entriesTotal").asInt()).isGreaterThan(5);
        assertThat(WEB.get("/api/persons/per:li-jiqian").json().get("entries").size())
                .isEqualTo(Math.min(Api.MAX_LIMIT, person.json().get("entriesTotal").asInt()));
        WebFixture.Response beyond = WEB.get("/api/persons/per:li-jiqian?offset=2147483647");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.json().get("entries")).isEmpty();
        assertThat(WEB.get("/api/persons/per:li-jiqian?limit=501").status()).isEqualTo(400);

        WebFixture.Response works = WEB.get("/api/works?limit=1");
        assertThat(works.json().get("works")).hasSize(1);
        assertThat(works.json().get("total").asInt()).isGreaterThan(1);
        String title = works.json().get("works").get(0).get("work").asText();
        assertThat(WEB.get("/api/works?offset=1&limit=1").json().get("works").get(0).get("work").asText()).isNotEqualTo(title);
        assertThat(WEB.get("/api/works?document=" + WebFixture.q("無此書")).status()).isEqualTo(404);
        WebFixture.Response work = WEB.get("/api/works/" + WebFixture.q(title) + "?limit=1");
        assertThat(work.json().get("entries")).hasSize(1);
        assertThat(work.json().get("entriesTotal").asInt()).isPositive();
        WebFixture.Response cited = WEB.get("/api/works/" + WebFixture.q("宋史") + "?limit=1");
        assertThat(cited.json().get("rows")).hasSize(1);
        assertThat(cited.json().get("rowsTotal").asInt()).isGreaterThan(1);
        assertThat(cited.json().get("oppositions").size()).isLessThanOrEqualTo(1);
        assertThat(cited.json().get("oppositionsTotal").asInt()).isGreaterThanOrEqualTo(cited.json().get("oppositions").size());
    }
}
