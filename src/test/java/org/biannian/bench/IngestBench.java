package org.biannian.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Analysis;
import org.biannian.library.Library;
import org.biannian.text.SourceText;
import org.biannian.testing.Shared;

/**
 * A short ingest benchmark (issue 14), a minute at most: the project's two chronicles written as
 * documents of ≈ 22,500 characters each (each with its own last line, so none is skipped) up to
 * {@code bench.ingestChars} characters (default 2,000,000), then
 * <ol>
 *   <li>ingest end to end through the facade ({@code Biannian.ingest}: read, analyse in parallel, store, index);</li>
 *   <li>store and index only ({@code Library.ingest} of documents analysed beforehand), into a fresh library;</li>
 *   <li>the index alone, rebuilt from that library's database when it is opened without its index;</li>
 *   <li>the floor for indexing cost: Lucene's {@code CJKAnalyzer} indexing the same texts, stored, one document per file;</li>
 *   <li>parallels alone over the store-only library (a worst case: every entry meets every copy of itself);</li>
 *   <li>ingest end to end of the real shelf in ../shared (長編卷35–43, 西夏紀, 宋史卷5), whose texts cite one another;</li>
 * </ol>
 * and the bytes on disk per source character of the library (SQLite file and Lucene index) and of the
 * floor. Run: {@code bench/ingest.sh} (prints a Markdown table).
 */
public final class IngestBench {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/ingest");
        long target = Long.getLong("bench.ingestChars", 2_000_000L);
        deleteTree(out);
        Files.createDirectories(out.resolve("texts"));
        String annals = Files.readString(Shared.sample(), StandardCharsets.UTF_8) + "\n"
                + Files.readString(Shared.songshi5(), StandardCharsets.UTF_8).replaceAll("(?s)\\{\\{[^}]*}}|\\[\\[|]]|'''", "");
        List<Path> files = new ArrayList<>();
        long chars = 0;
        for (int i = 0; chars < target; i++) {
            String text = annals + "\n是歲，第" + i + "。\n";
            Path file = out.resolve("texts/doc-" + i + ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            files.add(file);
            chars += text.codePointCount(0, text.length());
        }
        Biannian biannian = Biannian.create();
        ParseOptions options = new ParseOptions("淳化五年", null, null);
        // Warm-up: the first analyses load tables and compile the hot paths.
        for (int i = 0; i < 3; i++) {
            biannian.analyse("warm-up", SourceText.of("w.txt", annals), options);
        }

        long t0 = System.nanoTime();
        long c0 = cpu();
        biannian.ingest(out.resolve("end-to-end"), files, options, false, (e, c) -> { });
        double endToEnd = chars / ((System.nanoTime() - t0) / 1e9);
        double endToEndCpu = chars / ((cpu() - c0) / 1e9);
        long libraryBytes = size(out.resolve("end-to-end"));

        List<Analysis> analysed = new ArrayList<>();
        long t1 = System.nanoTime();
        long c1 = cpu();
        for (Path f : files) {
            analysed.add(biannian.prepare(f, options));
        }
        double analyseOnly = chars / ((System.nanoTime() - t1) / 1e9);
        double analyseCpu = chars / ((cpu() - c1) / 1e9);
        long t2 = System.nanoTime();
        long c2 = cpu();
        try (Library library = Library.open(out.resolve("store-only"))) {
            library.ingest(analysed, biannian.provenance(), false, a -> { });
        }
        double storeOnly = chars / ((System.nanoTime() - t2) / 1e9);
        double storeCpu = chars / ((cpu() - c2) / 1e9);
        long sqlite = size(out.resolve("store-only/biannian.sqlite")) + size(out.resolve("store-only/biannian.sqlite-wal"));
        long index = size(out.resolve("store-only/index"));

        // The index alone: the store-only library's index deleted, then rebuilt from its database on open
        // (reading the entries and their facets from SQLite, analysing, writing, committing).
        deleteTree(out.resolve("store-only/index"));
        long tRebuild = System.nanoTime();
        long cRebuild = cpu();
        try (Library library = Library.open(out.resolve("store-only"))) {
            library.folder(); // opening rebuilt it
        }
        double rebuild = chars / ((System.nanoTime() - tRebuild) / 1e9);
        double rebuildCpu = chars / ((cpu() - cRebuild) / 1e9);

        long t3 = System.nanoTime();
        long c3 = cpu();
        try (FSDirectory dir = FSDirectory.open(out.resolve("cjk-floor"));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new CJKAnalyzer()))) {
            for (Path f : files) {
                Document d = new Document();
                d.add(new TextField("text", Files.readString(f, StandardCharsets.UTF_8), Field.Store.YES));
                w.addDocument(d);
            }
            w.commit();
        }
        double floor = chars / ((System.nanoTime() - t3) / 1e9);
        double floorCpu = chars / ((cpu() - c3) / 1e9);
        long floorBytes = size(out.resolve("cjk-floor"));

        // Parallels alone, on the store-only library: 23 copies of the same two texts, so every entry meets
        // every copy of itself, the worst case for the aligner.
        long t4 = System.nanoTime();
        long c4 = cpu();
        try (Library library = biannian.openLibrary(out.resolve("store-only"))) {
            biannian.storeParallels(library, List.of());
        }
        double parallels = chars / ((System.nanoTime() - t4) / 1e9);
        double parallelsCpu = chars / ((cpu() - c4) / 1e9);

        // The shelf as a historian would ingest it: distinct texts that cite one another.
        List<Path> shelf = new ArrayList<>();
        try (Stream<Path> juan = Files.list(Shared.path("corpus/changbian"))) {
            juan.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(shelf::add);
        }
        shelf.add(Shared.songshi5());
        long shelfChars = Files.readString(Shared.sample(), StandardCharsets.UTF_8).codePoints().count();
        for (Path p : shelf) {
            shelfChars += Files.readString(p, StandardCharsets.UTF_8).codePoints().count();
        }
        long t5 = System.nanoTime();
        long c5 = cpu();
        biannian.ingest(out.resolve("shelf"), List.of(Shared.sample()), options, false, (e, c) -> { });
        biannian.ingest(out.resolve("shelf"), shelf, new ParseOptions(null, null, null), false, (e, c) -> { });
        double shelfRate = shelfChars / ((System.nanoTime() - t5) / 1e9);
        double shelfCpu = shelfChars / ((cpu() - c5) / 1e9);
        long shelfBytes = size(out.resolve("shelf"));

        System.out.printf("%,d characters in %,d documents, %d cores, heap %d MB%n%n", chars, files.size(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| figure | wall clock | per CPU second (process) | target |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| ingest end to end (`Biannian.ingest`: read, analyse in parallel, store, index) | %.2f M chars/s | %.2f M chars/s | ≥ 2 M chars/s |%n",
                endToEnd / 1e6, endToEndCpu / 1e6);
        System.out.printf("| ingest end to end, the real shelf (../shared: 長編卷35–43, 西夏紀, 宋史卷5; %,d chars, two ingests, parallels found) | %.2f M chars/s | %.2f M chars/s | ≥ 2 M chars/s |%n",
                shelfChars, shelfRate / 1e6, shelfCpu / 1e6);
        System.out.printf("| parallels alone (`Biannian.storeParallels` over the store-only library: every entry meets 22 copies of itself) | %.2f M chars/s | %.2f M chars/s | — |%n",
                parallels / 1e6, parallelsCpu / 1e6);
        System.out.printf("| analysis alone (`Biannian.prepare`, one thread) | %.2f M chars/s | %.2f M chars/s | — |%n", analyseOnly / 1e6, analyseCpu / 1e6);
        System.out.printf("| store and index only (`Library.ingest`) | %.2f M chars/s | %.2f M chars/s | — |%n", storeOnly / 1e6, storeCpu / 1e6);
        System.out.printf("| index alone, rebuilt from the database (`Library.open` without its index) | %.2f M chars/s | %.2f M chars/s | — |%n",
                rebuild / 1e6, rebuildCpu / 1e6);
        System.out.printf("| floor: Lucene `CJKAnalyzer` indexing the same texts (stored) | %.2f M chars/s | %.2f M chars/s | — |%n", floor / 1e6, floorCpu / 1e6);
        System.out.printf("| library on disk per source character (SQLite %.1f + index %.1f) | %.1f bytes | | ≤ 4 bytes |%n",
                (double) sqlite / chars, (double) index / chars, (double) (sqlite + index) / chars);
        System.out.printf("| library on disk per source character, end-to-end run | %.1f bytes | | ≤ 4 bytes |%n", (double) libraryBytes / chars);
        System.out.printf("| the real shelf on disk per source character (parallels included) | %.1f bytes | | ≤ 4 bytes |%n", (double) shelfBytes / shelfChars);
        System.out.printf("| floor on disk per source character (CJKAnalyzer index, text stored) | %.1f bytes | | — |%n", (double) floorBytes / chars);
    }

    /** CPU time of the whole process (every thread), in nanoseconds: fair on a machine shared with others. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long size(Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(path)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
