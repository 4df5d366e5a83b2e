package org.biannian.web.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Analysis;
import org.biannian.library.Library;
import org.biannian.text.SourceText;
import org.biannian.web.ReaderServer;

/**
 * The reader's memory and latency under concurrent clients (issue 16): a library of the sample
 * chronicle stored {@code copies} times (55 entries each, one document per copy), served on the
 * loopback; {@code clients} threads each fetch every route of the list {@code rounds} times. Prints
 * the heap before and at its peak under load, the process's peak resident memory, and per route
 * the median and p95 latency and the largest answer. Bounded: clients × rounds × routes requests.
 *
 * <p>Run (one minute at most on 2 cores): {@code java -Xmx2g -cp target/test-classes:target/classes:$(cat cp.txt)
 * org.biannian.web.tools.ServerLoad ../shared 400 50 4}.
 */
public final class ServerLoad {

    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        int copies = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Biannian biannian = Biannian.create();
        String sample = Files.readString(shared.resolve("corpus/xixiaji-994-998.txt"));
        Analysis one = biannian.analyse("copy", SourceText.of("copy.txt", sample), new ParseOptions(Biannian.SAMPLE_START, null, null));
        List<Analysis> docs = new ArrayList<>();
        for (int i = 1; i <= copies; i++) {
            // The same analysis under another key: a large library without analysing it copies times.
            docs.add(new Analysis("copy-" + i, one.sha256() + i, one.chronicle(), one.mentions(), one.sources(), one.records()));
        }
        Path folder = Files.createTempDirectory("biannian-load");
        try (Library library = biannian.openLibrary(folder)) {
            long ingest = System.nanoTime();
            library.ingest(docs, d -> { });
            System.out.printf("library built in %.1f s%n", (System.nanoTime() - ingest) / 1e9);
            try (ReaderServer server = ReaderServer.start(biannian, library, docs, "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                String[] routes = {
                    "/api/persons/" + enc("per:li-jiqian"),
                    "/api/places/" + enc("place:lingzhou"),
                    "/api/works",
                    "/api/works/" + enc("宋史"),
                    "/api/entries?limit=500",
                    "/api/entries?offset=2147483598",
                    "/api/search?q=" + enc("繼遷") + "&limit=500",
                    "/api/timeline",
                    "/api/network?limit=100",
                    "/api/documents",
                };
                HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
                for (String route : routes) {
                    http.send(HttpRequest.newBuilder(URI.create(base + route)).build(), HttpResponse.BodyHandlers.discarding());
                }
                long before = usedAfterGc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                int n = clients * rounds;
                double[][] ms = new double[routes.length][n];
                AtomicLongArray largest = new AtomicLongArray(routes.length);
                AtomicLongArray refused = new AtomicLongArray(routes.length);
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                List<Future<?>> running = new ArrayList<>();
                long t0 = System.nanoTime();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    running.add(pool.submit(() -> {
                        for (int r = 0; r < rounds; r++) {
                            for (int k = 0; k < routes.length; k++) {
                                int route = (k + client) % routes.length;
                                long s = System.nanoTime();
                                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + routes[route])).build(),
                                        HttpResponse.BodyHandlers.ofByteArray());
                                ms[route][client * rounds + r] = (System.nanoTime() - s) / 1e6;
                                if (answer.statusCode() != 200) {
                                    // 503: a search past its deadline on a loaded machine; counted, not fatal.
                                    refused.incrementAndGet(route);
                                }
                                largest.accumulateAndGet(route, answer.body().length, Math::max);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                pool.shutdown();
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf("%d entries in %d documents; %d clients × %d rounds × %d routes = %d requests in %.1f s%n",
                        server.entries(), copies, clients, rounds, routes.length, n * routes.length, seconds);
                System.out.printf("heap in use after GC, served and idle: %d MB; peak heap under load (sum of pool peaks): %d MB;"
                        + " max heap %d MB; peak RSS of the process: %s%n", before >> 20, peak >> 20,
                        Runtime.getRuntime().maxMemory() >> 20, peakRss());
                System.out.printf("%-44s %9s %9s %10s %9s%n", "GET", "median", "p95", "largest", "not 200");
                for (int k = 0; k < routes.length; k++) {
                    Arrays.sort(ms[k]);
                    System.out.printf("%-44s %7.0fms %7.0fms %8d B %9d%n", java.net.URLDecoder.decode(routes[k], StandardCharsets.UTF_8),
                            ms[k][n / 2], ms[k][(int) (n * 0.95)], largest.get(k), refused.get(k));
                }
                System.exit(0); // the client's executor threads are not daemons
            }
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .findFirst().map(l -> l.replaceFirst("VmHWM:\\s*", "")).orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown (no /proc)";
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
