package org.biannian.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Analysis;
import org.biannian.text.TextReader;

/**
 * Heap per input character of the whole analysis (read, parse, dates, mentions, sources), the figure
 * behind the CLI's default {@code --max-size}: the sample chronicle repeated {@code args[1]} times is
 * analysed once to warm up and once measured; prints the heap retained by the analysis and the peak
 * heap while it ran, per code point and per byte of UTF-8. Run with a fixed heap, e.g.
 * {@code java -Xmx2g -cp … org.biannian.bench.AnalysisMemory ../shared 100}.
 */
public final class AnalysisMemory {

    private AnalysisMemory() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        int copies = Integer.parseInt(args[1]);
        String sample = Files.readString(shared.resolve("corpus/xixiaji-994-998.txt"));
        byte[] bytes = sample.repeat(copies).getBytes(StandardCharsets.UTF_8);
        Biannian biannian = Biannian.create();
        ParseOptions options = new ParseOptions("淳化五年", null, null);
        biannian.analyse("warm-up", TextReader.decode("warm-up", sample.getBytes(StandardCharsets.UTF_8)), options);

        long before = usedAfterGc();
        resetPeaks();
        Analysis analysis = biannian.analyse("measured", TextReader.decode("measured", bytes), options);
        long peak = peakHeap();
        long retained = usedAfterGc() - before;
        int codePoints = analysis.chronicle().source().length();
        System.out.println(Machine.describe());
        System.out.printf("input: %,d code points, %,d bytes of UTF-8, %,d entries%n", codePoints, bytes.length,
                analysis.chronicle().entries().size());
        System.out.printf("retained: %,d bytes = %.0f bytes a code point, %.1f bytes a byte%n", retained,
                (double) retained / codePoints, (double) retained / bytes.length);
        System.out.printf("peak heap over the start: %,d bytes = %.0f bytes a code point, %.1f bytes a byte%n",
                peak - before, (double) (peak - before) / codePoints, (double) (peak - before) / bytes.length);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
