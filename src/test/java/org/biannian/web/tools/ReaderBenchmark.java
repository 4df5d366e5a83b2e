package org.biannian.web.tools;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Library;
import org.biannian.web.ReaderServer;

/**
 * Start-up time of the reader and latency of each request its pages make, over a library of the
 * sample and 宋史卷5: each URL is fetched 20 times to warm up, then {@code N} times timed.
 *
 * <p>Run: {@code mvn -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.biannian.web.tools.ReaderBenchmark ../shared 200} (cp.txt from
 * {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class ReaderBenchmark {

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Biannian biannian = Biannian.create();
        Path folder = Files.createTempDirectory("biannian-bench");
        try (Library library = biannian.openLibrary(folder)) {
            library.ingest(List.of(
                    biannian.prepare(shared.resolve("corpus/xixiaji-994-998.txt"), new ParseOptions(Biannian.SAMPLE_START, null, null)),
                    biannian.prepare(shared.resolve("corpus/songshi-juan005-taizong2.wiki"), ParseOptions.defaults())), d -> { });
            long t0 = System.nanoTime();
            try (ReaderServer server = ReaderServer.start(biannian, library, "127.0.0.1", 0)) {
                System.out.printf("start-up (analyse library, index, bind): %d ms, %d entries%n",
                        (System.nanoTime() - t0) / 1_000_000, server.entries());
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                String[] urls = {
                    "/", "/app.js", "/basemap.json",
                    "/api/documents",
                    "/api/entries?limit=20",
                    "/api/entries?limit=500",
                    "/api/entries/" + enc("xixiaji-994-998:1"),
                    "/api/search?q=" + enc("继迁"),
                    "/api/search?q=" + enc("靈州") + "&person=" + enc("李繼隆"),
                    "/api/persons/" + enc("per:li-jiqian"),
                    "/api/places/" + enc("place:lingzhou"),
                    "/api/works",
                    "/api/works/" + enc("宋史"),
                    "/api/dates?expr=" + enc("至道二年三月"),
                    "/api/timeline",
                    "/api/network?limit=60",
                    "/api/places.geojson?from=" + enc("至道二年") + "&to=" + enc("至道二年"),
                };
                System.out.printf("%-60s %8s %8s %8s %9s%n", "GET", "median", "p95", "max", "bytes");
                for (String url : urls) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + url)).build();
                    int bytes = 0;
                    for (int i = 0; i < 20; i++) {
                        bytes = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
                    }
                    double[] ms = new double[n];
                    for (int i = 0; i < n; i++) {
                        long s = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        ms[i] = (System.nanoTime() - s) / 1e6;
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(url + " answered " + r.statusCode());
                        }
                    }
                    Arrays.sort(ms);
                    System.out.printf("%-60s %6.2fms %6.2fms %6.2fms %9d%n", java.net.URLDecoder.decode(url, StandardCharsets.UTF_8),
                            ms[n / 2], ms[(int) (n * 0.95)], ms[n - 1], bytes);
                }
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
