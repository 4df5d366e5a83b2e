package org.biannian.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The reader under load on loopback: 1,000 concurrent requests all answered; slow clients holding
 * connections do not stop others being served; oversized requests are refused with a 4xx and do not
 * harm the requests around them. Latencies are printed for docs/benchmarks.md, never asserted.
 */
class ServerStressTest {

    private static final String[] PATHS = {"/api/entries?limit=5", "/api/search?q=" + WebFixture.q("繼遷"),
        "/api/dates?expr=" + WebFixture.q("至道二年三月壬子"), "/api/documents", "/api/entries?q=" + WebFixture.q("灵州") + "&limit=3",
        "/api/timeline?limit=20", "/api/network?limit=20"};

    /** Requests sent at once; WebFixture sizes the server's search queue for all of them. */
    static final int REQUESTS = 1000;

    private final WebFixture web = WebFixture.get();

    @Test
    void aThousandConcurrentRequestsAreAllAnswered() throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(32))
                .connectTimeout(Duration.ofSeconds(30)).build();
        int n = REQUESTS;
        long[] latencies = new long[n];
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            long start = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(URI.create(web.base() + PATHS[i % PATHS.length]))
                    .timeout(Duration.ofSeconds(120)).GET().build();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> {
                latencies[k] = System.nanoTime() - start;
                return r.statusCode();
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        for (CompletableFuture<Integer> f : all) {
            assertThat(f.join()).as("every request answered 200").isEqualTo(200);
        }
        Arrays.sort(latencies);
        System.out.printf("[ServerStressTest] 1,000 concurrent requests: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                latencies[n / 2] / 1e6, latencies[n * 99 / 100] / 1e6, latencies[n - 1] / 1e6);
    }

    @Test
    void slowClientsDoNotStopOthersBeingServed() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket s = new Socket("127.0.0.1", web.server.port());
                // Half a request line, then nothing: a slowloris client.
                s.getOutputStream().write("GET /api/entries?limit=".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            for (int i = 0; i < 40; i++) {
                assertThat(web.get(PATHS[i % PATHS.length]).status()).as("served while 50 slow clients hang on").isEqualTo(200);
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void oversizedRequestsAreRefusedWithoutHarmingOthers() throws Exception {
        String longQuery = "繼".repeat(10_000); // 90 kB percent-encoded, past the 16 kB limit
        assertThat(web.get("/api/search?q=" + WebFixture.q(longQuery)).status()).as("an oversized URI").isBetween(400, 499);
        assertThat(rawStatus("GET /api/documents HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n"))
                .as("oversized headers").isBetween(400, 499);
        assertThat(rawStatus("POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n" + "a".repeat(100_000)))
                .as("a 10 MB body").isBetween(400, 499);
        assertThat(web.get("/api/documents").status()).as("still serving after them").isEqualTo(200);
    }

    /** Sends {@code request} raw and returns the status of the reply (or 400 if the server just closed on it). */
    private int rawStatus(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", web.server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (java.io.IOException closedOnUs) {
                // the server may close before the whole request is sent: that is a refusal too
            }
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(12);
            if (head.length < 12) {
                return 400;
            }
            return Integer.parseInt(new String(head, StandardCharsets.US_ASCII).substring(9, 12));
        }
    }
}
