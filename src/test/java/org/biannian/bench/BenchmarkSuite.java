package org.biannian.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.biannian.Biannian;
import org.biannian.annals.Entry;
import org.biannian.annals.ParseOptions;
import org.biannian.annotate.Annotator;
import org.biannian.annotate.MatcherPeerBenchmark;
import org.biannian.calendar.bench.IcuDates;
import org.biannian.library.Analysis;
import org.biannian.library.Library;
import org.biannian.library.SearchHit;
import org.biannian.library.SearchQuery;
import org.biannian.library.SearchResults;
import org.biannian.text.SourceText;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one benchmark command ({@code bench/run.sh}): every figure of docs/benchmarks.md, with its
 * peer where it has one, measured in one run on the same inputs, written as a Markdown table to
 * {@code target/bench/results.md}. Micro-benchmarks run under JMH (date resolution and ICU4J, the
 * dictionary matcher and org.ahocorasick, the annotator); the rest are timed here after a warm-up
 * (parse pipeline, ingest, search latency and quality against Lucene's CJKAnalyzer).
 *
 * <p>System properties: {@code bench.libraryChars} (characters ingested for the search figures,
 * default 50,000,000), {@code bench.quick=true} (short JMH iterations, for trying the command).
 */
public final class BenchmarkSuite {

    private final Path out;
    private final boolean quick = Boolean.getBoolean("bench.quick");
    private final List<String[]> rows = new ArrayList<>();

    private BenchmarkSuite(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSuite suite = new BenchmarkSuite(Path.of(args.length > 0 ? args[0] : "target/bench"));
        suite.jmh();
        suite.icuErrorRate();
        suite.annotateBulk();
        suite.pipelineAndIngestAndSearch();
        suite.searchQuality();
        suite.serveReady();
        suite.write();
    }

    // ---- JMH: dates, matcher, annotator ----

    private void jmh() throws Exception {
        OptionsBuilder options = new OptionsBuilder();
        options.include("ResolveBenchmark").include("MatcherPeerBenchmark").include("AnnotatorBenchmark.annotateSample")
                .forks(1).warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .jvmArgsAppend("-Dbiannian.shared=" + System.getProperty("biannian.shared", "../shared"),
                        "-Dbiannian.bench=" + out);
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, double[]> score = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            String pack = r.getParams().getParam("pack");
            score.put(pack == null ? name : name + "/" + pack,
                    new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        double ours = score.get("resolveEraYearMonthGanzhi")[0];
        double bulk = score.get("jdnOfEraYearMonthGanzhi")[0];
        double icu = score.get("icuLunarYearMonthGanzhi")[0];
        row("date resolution: `resolve` (era, year, month, ganzhi → Resolution)", perSecond(score.get("resolveEraYearMonthGanzhi")),
                "ICU4J ChineseCalendar: " + perSecond(score.get("icuLunarYearMonthGanzhi")), ratio(ours, icu), "≥ 10 M/s and ≥ 50× peer",
                met(ours >= 10e6 && ours / icu >= 50));
        row("date resolution: bulk `jdnOf`", perSecond(score.get("jdnOfEraYearMonthGanzhi")), "ICU4J (as above)", ratio(bulk, icu),
                "≥ 10 M/s and ≥ 50× peer", met(bulk >= 10e6 && bulk / icu >= 50));
        for (String pack : List.of("builtin", "synthetic500k")) {
            double[] ourScan = score.get("biannianNameTrie/" + pack);
            double[] peerScan = score.get("ahocorasick/" + pack);
            double ourRate = MatcherPeerBenchmark.CHARS / (ourScan[0] / 1000);
            double peerRate = MatcherPeerBenchmark.CHARS / (peerScan[0] / 1000);
            row("dictionary scan, " + packName(pack) + " (1 M chars of 全宋詩)", millions(ourRate) + " chars/s",
                    "org.ahocorasick 0.6.3: " + millions(peerRate) + " chars/s", ratio(ourRate, peerRate), "—", "");
            double[] sample = score.get("annotateSample/" + pack);
            double sampleRate = 9_600 / (sample[0] / 1000);
            row("annotation, whole annotator, " + packName(pack) + " (sample chronicle, JMH)", millions(sampleRate) + " chars/s ("
                    + String.format("%.2f ± %.2f ms per 9,600 chars", sample[0], sample[1]) + ")", "—", "",
                    pack.equals("builtin") ? "—" : "≥ 10 M chars/s/core", pack.equals("builtin") ? "" : met(sampleRate >= 10e6));
        }
    }

    private void icuErrorRate() {
        row("ICU4J error rate on Song months (first day, leap month) against our verified tables", IcuDates.errorRate(), "", "", "—", "");
    }

    // ---- bulk annotation ----

    private void annotateBulk() throws IOException {
        String text = MatcherPeerBenchmark.benchTextForSuite(2_000_000);
        SourceText source = SourceText.of("poetry.txt", text);
        for (String pack : List.of("builtin", "synthetic500k")) {
            Annotator annotator = Annotator.of(pack.equals("builtin") ? Biannian.create().authority()
                    : MatcherPeerBenchmark.syntheticForSuite());
            annotator.annotate(SourceText.of("warm-up", text.substring(0, 200_000)), List.of());
            long start = System.nanoTime();
            int mentions = annotator.annotate(source, List.of()).size();
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = source.length() / seconds;
            row("annotation, whole annotator, " + packName(pack) + " (2 M chars of 全宋詩, one pass, warm)",
                    millions(rate) + " chars/s (" + mentions + " mentions)", "—", "",
                    pack.equals("builtin") ? "—" : "≥ 10 M chars/s/core", pack.equals("builtin") ? "" : met(rate >= 10e6));
        }
    }

    // ---- parse pipeline, ingest, search latency ----

    private void pipelineAndIngestAndSearch() throws IOException {
        Biannian biannian = Biannian.create();
        String annals = Files.readString(out.resolve("annals.txt"), StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions("淳化五年", null, null);
        SourceText text = SourceText.of("annals.txt", annals);
        for (int i = 0; i < 5; i++) {
            biannian.analyse("warm-up", text, options);
        }
        int rounds = 20;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            biannian.analyse("annals", text, options);
        }
        double pipeline = (double) rounds * text.length() / ((System.nanoTime() - start) / 1e9);
        row("whole parse pipeline (`Biannian.analyse`: entries, dates, mentions, sources) on the chronicles", millions(pipeline) + " chars/s",
                "—", "", "—", "");

        long target = Long.getLong("bench.libraryChars", 50_000_000L);
        Path folder = out.resolve("library");
        deleteTree(folder);
        long chars = 0;
        long ingestNanos = 0;
        long totalNanos = 0;
        int documents = 0;
        try (Library library = Library.open(folder)) {
            while (chars < target) {
                long batchStart = System.nanoTime();
                List<Analysis> batch = new ArrayList<>();
                for (int i = 0; i < 50 && chars < target; i++, documents++) {
                    SourceText doc = SourceText.of("doc-" + documents + ".txt", annals + "\n是歲，第" + documents + "。\n");
                    batch.add(biannian.analyse("doc-" + documents, doc, options));
                    chars += doc.length();
                }
                long ingestStart = System.nanoTime();
                library.ingest(batch, d -> { });
                long now = System.nanoTime();
                ingestNanos += now - ingestStart;
                totalNanos += now - batchStart;
            }
            row(String.format("ingest into a library (SQLite + Lucene), %,d chars in %,d documents: store and index only", chars, documents),
                    millions(chars / (ingestNanos / 1e9)) + " chars/s", "—", "", "≥ 2 M chars/s", met(chars / (ingestNanos / 1e9) >= 2e6));
            row("ingest end to end (analyse + store + index)", millions(chars / (totalNanos / 1e9)) + " chars/s", "—", "",
                    "≥ 2 M chars/s", met(chars / (totalNanos / 1e9) >= 2e6));
            List<String> queries = queries().stream().map(q -> q[0]).toList();
            Random random = new Random(8);
            for (int i = 0; i < 200; i++) {
                library.search(new SearchQuery(queries.get(random.nextInt(queries.size())), null, null, null, null, null, null, 0, 20));
            }
            long[] latencies = new long[2000];
            for (int i = 0; i < latencies.length; i++) {
                long t = System.nanoTime();
                library.search(new SearchQuery(queries.get(random.nextInt(queries.size())), null, null, null, null, null, null, 0, 20));
                latencies[i] = System.nanoTime() - t;
            }
            Arrays.sort(latencies);
            double p50 = latencies[latencies.length / 2] / 1e6;
            double p99 = latencies[latencies.length * 99 / 100] / 1e6;
            row(String.format("search latency over %,d chars (2,000 queries of the fixed set, first 20 hits with snippets)", chars),
                    String.format("p50 %.1f ms, p99 %.1f ms", p50, p99), "—", "", "p99 < 50 ms", met(p99 < 50));
        }
    }

    // ---- search quality: our analysis against Lucene's plain CJKAnalyzer ----

    private void searchQuality() throws Exception {
        Biannian biannian = Biannian.create();
        String annals = Files.readString(out.resolve("annals.txt"), StandardCharsets.UTF_8);
        Analysis analysis = biannian.analyse("annals", SourceText.of("annals.txt", annals), new ParseOptions("淳化五年", null, null));
        Path folder = out.resolve("quality-library");
        deleteTree(folder);
        ByteBuffersDirectory peerIndex = new ByteBuffersDirectory();
        List<String> entryTexts = new ArrayList<>();
        try (IndexWriter w = new IndexWriter(peerIndex, new IndexWriterConfig(new CJKAnalyzer()))) {
            for (Entry e : analysis.chronicle().entries()) {
                String t = analysis.chronicle().view().viewSlice(e.span());
                entryTexts.add(t);
                Document d = new Document();
                d.add(new StoredField("index", e.index()));
                d.add(new TextField("text", t, Field.Store.NO));
                w.addDocument(d);
            }
        }
        int[] ours = new int[3];
        int[] peer = new int[3];
        try (Library library = Library.open(folder); DirectoryReader reader = DirectoryReader.open(peerIndex)) {
            library.ingest(List.of(analysis), d -> { });
            IndexSearcher searcher = new IndexSearcher(reader);
            Analyzer cjk = new CJKAnalyzer();
            for (String[] q : queries()) {
                Set<Integer> relevant = new HashSet<>();
                for (int i = 0; i < entryTexts.size(); i++) {
                    if (entryTexts.get(i).contains(q[1])) {
                        relevant.add(analysis.chronicle().entries().get(i).index());
                    }
                }
                Set<Integer> found = new HashSet<>();
                SearchResults r = library.search(new SearchQuery(q[0], null, null, null, null, null, null, 0, SearchQuery.MAX_LIMIT));
                for (SearchHit h : r.hits()) {
                    found.add(h.index());
                }
                count(ours, relevant, found);
                Set<Integer> peerFound = new HashSet<>();
                for (ScoreDoc d : searcher.search(allTokens(cjk, q[0]), 10_000).scoreDocs) {
                    peerFound.add(searcher.storedFields().document(d.doc).getField("index").numericValue().intValue());
                }
                count(peer, relevant, peerFound);
            }
        }
        row(String.format("search quality on the fixed query set (%d queries, traditional and simplified; chronicles)", queries().size()),
                quality(ours), "Lucene CJKAnalyzer: " + quality(peer),
                String.format("recall %.2f vs %.2f", recall(ours), recall(peer)), "—", "");
    }

    /** What a plain Lucene setup does with the query: every token the analyzer makes must match. */
    private static Query allTokens(Analyzer analyzer, String query) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        try (TokenStream tokens = analyzer.tokenStream("text", query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                all.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.MUST);
            }
            tokens.end();
        }
        return all.build();
    }

    // ---- serve: from launching the JVM to the first answer ----

    private void serveReady() throws Exception {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            int port = 17_000 + i;
            long start = System.nanoTime();
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "org.biannian.cli.Main", "serve", "--port", String.valueOf(port))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpRequest get = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/documents")).build();
            try {
                while (true) {
                    try {
                        if (http.send(get, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            break;
                        }
                    } catch (IOException notYet) {
                        if (!p.isAlive()) {
                            throw new IllegalStateException("serve exited with status " + p.exitValue() + " before answering");
                        }
                        Thread.sleep(10);
                    }
                }
                times[i] = System.nanoTime() - start;
            } finally {
                p.destroy();
                p.waitFor();
            }
        }
        Arrays.sort(times);
        double median = times[times.length / 2] / 1e9;
        row("`serve` ready: JVM launch to the first 200 from /api/documents (bundled sample; median of 5)",
                String.format("%.2f s (fastest %.2f s)", median, times[0] / 1e9), "—", "", "< 3 s", met(median < 3));
    }

    private static void count(int[] tally, Set<Integer> relevant, Set<Integer> found) {
        for (Integer f : found) {
            tally[relevant.contains(f) ? 0 : 1]++; // true or false positive
        }
        for (Integer r : relevant) {
            if (!found.contains(r)) {
                tally[2]++; // missed
            }
        }
    }

    private static String quality(int[] t) {
        return String.format("precision %.2f, recall %.2f (%d found right, %d wrong, %d missed)",
                t[0] / (double) Math.max(1, t[0] + t[1]), recall(t), t[0], t[1], t[2]);
    }

    private static double recall(int[] t) {
        return t[0] / (double) Math.max(1, t[0] + t[2]);
    }

    private static List<String[]> queries() throws IOException {
        try (InputStream in = BenchmarkSuite.class.getResourceAsStream("search-queries.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).toList();
        }
    }

    // ---- output ----

    private void row(String what, String result, String peer, String ratio, String target, String met) {
        rows.add(new String[] {what, result, peer, ratio, target, met});
        System.out.printf("%s: %s | %s | %s | %s %s%n", what, result, peer, ratio, target, met);
    }

    private void write() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" on ").append(Machine.describe()).append("\n\n");
        md.append("| figure | result | peer, same inputs | ratio to peer | target | met |\n|---|---|---|---|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        Files.writeString(out.resolve("results.md"), md, StandardCharsets.UTF_8);
        System.out.println("\n" + md + "\nwritten to " + out.resolve("results.md"));
    }

    private static String packName(String pack) {
        return pack.equals("builtin") ? "built-in pack" : "built-in + 500,000 names";
    }

    private static String perSecond(double[] score) {
        return String.format("%s/s (± %s)", millions(score[0]), millions(score[1]));
    }

    private static String millions(double perSecond) {
        return perSecond >= 1e6 ? String.format("%.1f M", perSecond / 1e6) : String.format("%.1f k", perSecond / 1e3);
    }

    private static String ratio(double ours, double peer) {
        return String.format("%.1f×", ours / peer);
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
