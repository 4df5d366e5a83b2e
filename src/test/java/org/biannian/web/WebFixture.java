package org.biannian.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Library;
import org.biannian.testing.Shared;
import org.biannian.text.SourceText;

/**
 * One real reader for the web tests, started once per test JVM on a free port over a library of
 * the sample, 宋史卷5 and a hostile chronicle whose text is markup.
 */
final class WebFixture {

    /** The hostile chronicle: its headline and narrative carry script and attribute-breaking markup. */
    static final String XSS_KEY = "xss-test";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    // More Chinese than Latin on each line: a line mostly of Latin letters is a web page's, left out of the entries.
    static final String XSS_TEXT = "春正月，" + SCRIPT + "繼遷寇靈州，州將竇神寶拒之，繼遷不克，引兵還，掠其居民而去。\n" + IMG
            + "繼遷兵至靈州城下，圍之數日，不能克，乃引還。（《宋史·夏國傳》）\n";

    static final Biannian BIANNIAN = Biannian.create();
    private static WebFixture instance;

    final Library library;
    final ReaderServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper mapper = new ObjectMapper();

    private WebFixture(Library library, ReaderServer server) {
        this.library = library;
        this.server = server;
    }

    static synchronized WebFixture get() {
        if (instance == null) {
            try {
                Path folder = Files.createTempDirectory("biannian-web-test");
                Library library = BIANNIAN.openLibrary(folder);
                library.ingest(List.of(
                        BIANNIAN.prepare(Shared.sample(), new ParseOptions(Biannian.SAMPLE_START, null, null)),
                        BIANNIAN.prepare(Shared.songshi5(), ParseOptions.defaults()),
                        BIANNIAN.analyse(XSS_KEY, SourceText.of("xss-test.txt", XSS_TEXT), new ParseOptions("至道二年", null, null))),
                        d -> { });
                // Room for every search ServerStressTest sends at once: its burst waits its turn, never refused.
                ReaderServer server = ReaderServer.start(BIANNIAN, library, "127.0.0.1", 0, ServerStressTest.REQUESTS);
                instance = new WebFixture(library, server);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    library.close();
                }));
            } catch (IOException | org.biannian.text.InputException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A GET of {@code path} (its query already encoded with {@link #q}). */
    Response get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json")) {
                json = mapper.readTree(r.body());
            }
            return new Response(r.statusCode(), type, r.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Percent-encodes a query value or path segment. */
    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    record Response(int status, String contentType, String body, JsonNode json) {
    }
}
