package org.biannian.library;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.Deflater;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.authority.AuthorityRecord;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;

/**
 * Size and speed of the stored-analysis codec ({@link AnalysisCodec}, issue 14) on the corpus: bytes per
 * source code point for the sample, the 長編 juans and the 宋史 juan, before and after Deflate at three
 * levels; then encode and decode rates against analysing the text again (what the faces did before), in
 * source code points per second of this thread's CPU time (meaningful on a shared machine) and of wall clock.
 * About half a minute: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.biannian.library.CodecBench ../shared}.
 */
public final class CodecBench {

    private CodecBench() {
    }

    private record Group(String name, List<Analysis> documents) {
        int codePoints() {
            return documents.stream().mapToInt(a -> a.chronicle().source().length()).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared").resolve("corpus");
        Biannian biannian = Biannian.create();
        Function<String, AuthorityRecord> records = id -> biannian.authority().find(id).orElse(null);
        List<Analysis> changbian = new ArrayList<>();
        try (var files = Files.list(corpus.resolve("changbian"))) {
            for (Path f : files.sorted().toList()) {
                changbian.add(biannian.analyse(Biannian.documentKey(f), TextReader.read(f), ParseOptions.defaults()));
            }
        }
        Path sample = corpus.resolve("xixiaji-994-998.txt");
        Path songshi = corpus.resolve("songshi-juan005-taizong2.wiki");
        List<Group> groups = List.of(
                new Group("西夏紀 sample (--start 淳化五年)", List.of(biannian.analyse("xixiaji", TextReader.read(sample),
                        new ParseOptions("淳化五年", null, null)))),
                new Group("長編 juans 39–47 (Kanripo)", changbian),
                new Group("宋史 juan 5 (wiki)", List.of(biannian.analyse("songshi", TextReader.read(songshi),
                        ParseOptions.defaults()))));
        System.out.printf("%d cores, load average %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0], System.getProperty("java.version"));

        System.out.println("| text | code points | entries | mentions | payload B/cp | speed B/cp | default B/cp | best B/cp "
                + "| peer: text in UTF-8 B/cp | peer: text deflated B/cp |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Group g : groups) {
            long payload = 0;
            long[] deflated = new long[3];
            int[] levels = {Deflater.BEST_SPEED, Deflater.DEFAULT_COMPRESSION, Deflater.BEST_COMPRESSION};
            long utf8 = 0;
            long textDeflated = 0;
            for (Analysis a : g.documents()) {
                byte[] text = a.chronicle().source().text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                utf8 += text.length;
                textDeflated += deflate(text, Deflater.DEFAULT_COMPRESSION).length;
                byte[] p = AnalysisWriter.write(a);
                payload += p.length;
                for (int i = 0; i < levels.length; i++) {
                    deflated[i] += 1 + deflate(p, levels[i]).length;
                }
            }
            double cp = g.codePoints();
            System.out.printf("| %s | %,d | %,d | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", g.name(), g.codePoints(),
                    g.documents().stream().mapToInt(a -> a.chronicle().entries().size()).sum(),
                    g.documents().stream().mapToInt(a -> a.mentions().size()).sum(),
                    payload / cp, deflated[0] / cp, deflated[1] / cp, deflated[2] / cp, utf8 / cp, textDeflated / cp);
        }

        List<Analysis> all = groups.stream().flatMap(g -> g.documents().stream()).toList();
        List<byte[]> blobs = all.stream().map(AnalysisCodec::encode).toList();
        long codePoints = all.stream().mapToLong(a -> a.chronicle().source().length()).sum();
        long blobBytes = blobs.stream().mapToLong(b -> b.length).sum();
        System.out.printf("%nall %d documents: %,d code points, %,d bytes stored (%.2f B/cp)%n", all.size(), codePoints,
                blobBytes, (double) blobBytes / codePoints);
        System.out.println("| step | M cp/s per CPU second | M cp/s wall clock | MB/s of blob per CPU second |");
        System.out.println("|---|---|---|---|");
        rate("encode (AnalysisCodec.encode)", codePoints, blobBytes, () -> all.forEach(AnalysisCodec::encode));
        List<byte[]> payloads = all.stream().map(AnalysisWriter::write).toList();
        rate("of which the payload (AnalysisWriter.write, no Deflate)", codePoints, blobBytes,
                () -> all.forEach(AnalysisWriter::write));
        rate("of which Deflate, best speed", codePoints, blobBytes, () -> payloads.forEach(p -> deflate(p, Deflater.BEST_SPEED)));
        rate("of which Deflate, default level (what encode uses)", codePoints, blobBytes,
                () -> payloads.forEach(p -> deflate(p, Deflater.DEFAULT_COMPRESSION)));
        rate("decode (AnalysisCodec.decode, the view rebuilt from the blob)", codePoints, blobBytes, () -> {
            for (int i = 0; i < all.size(); i++) {
                Analysis a = all.get(i);
                AnalysisCodec.decode(blobs.get(i), a.key(), a.sha256(), a.chronicle().source(), records);
            }
        });
        rate("read the text again (Biannian.view: what decode no longer needs)", codePoints, blobBytes, () -> {
            for (Analysis a : all) {
                biannian.view(a.chronicle().source(), a.chronicle().options().format());
            }
        });
        rate("analyse again (Biannian.analyse, as the faces did)", codePoints, blobBytes, () -> {
            for (Analysis a : all) {
                biannian.analyse(a.key(), a.chronicle().source(), a.chronicle().options());
            }
        });
    }

    private static void rate(String step, long codePoints, long blobBytes, Runnable pass) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (long warm = System.nanoTime(); System.nanoTime() - warm < 2_000_000_000L; ) {
            pass.run();
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        int passes = 0;
        while (System.nanoTime() - wall0 < 4_000_000_000L || passes < 3) {
            pass.run();
            passes++;
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        System.out.printf("| %s | %.1f | %.1f | %.1f |%n", step, passes * codePoints / cpu / 1e6,
                passes * codePoints / wall / 1e6, passes * blobBytes / cpu / 1e6);
    }

    private static byte[] deflate(byte[] payload, int level) {
        Deflater deflater = new Deflater(level);
        deflater.setInput(payload);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
