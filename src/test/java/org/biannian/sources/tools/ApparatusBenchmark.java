package org.biannian.sources.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.biannian.annals.AnnalsParser;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annals.ParseOptions;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.sources.ChronicleSources;
import org.biannian.sources.CitationBlock;
import org.biannian.sources.CitationParser;
import org.biannian.sources.EntrySources;
import org.biannian.sources.SourceIndex;
import org.biannian.sources.Works;
import org.biannian.text.SourceText;
import org.biannian.text.Span;
import org.biannian.text.TextReader;
import org.biannian.text.TextView;

/**
 * Speed and memory of the critical apparatus, for docs/benchmarks.md. Not a test: run by hand with
 * {@code mvn -q test-compile && java -Xmx512m -cp target/classes:target/test-classes
 * org.biannian.sources.tools.ApparatusBenchmark ../shared/corpus/xixiaji-994-998.txt 20}.
 *
 * <p>Measures (1) reading every citation block of the text, per block; (2) reading the whole apparatus
 * and building the source index from a parsed chronicle; (3) the same on the text repeated N times, with
 * the heap the index and its inputs retain.
 */
public final class ApparatusBenchmark {

    private ApparatusBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpus/xixiaji-994-998.txt");
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        SourceText text = TextReader.read(file);
        ChineseCalendar calendar = ChineseCalendar.builtIn();
        Chronicle chronicle = AnnalsParser.parse(TextView.of(text), new ParseOptions("淳化五年", null, null), calendar);
        List<Span> blocks = new ArrayList<>();
        for (Entry e : chronicle.entries()) {
            blocks.addAll(e.citationBlocks());
        }
        CitationParser parser = CitationParser.of(Works.builtIn());
        ChronicleSources apparatus = ChronicleSources.of(Works.builtIn());

        long sink = 0;
        for (int warm = 0; warm < 2000; warm++) {
            for (Span b : blocks) {
                sink += parser.read(text, b).citations().size();
            }
        }
        int rounds = 5000;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Span b : blocks) {
                CitationBlock read = parser.read(text, b);
                sink += read.citations().size();
            }
        }
        double perBlockMicros = (System.nanoTime() - t0) / 1e3 / rounds / blocks.size();
        System.out.printf("citation blocks: %d in the text; %.2f µs per block (%.0f blocks/s)%n",
                blocks.size(), perBlockMicros, 1e6 / perBlockMicros);

        for (int warm = 0; warm < 500; warm++) {
            sink += SourceIndex.build(apparatus.read(chronicle)).rows().size();
        }
        t0 = System.nanoTime();
        int indexRounds = 1000;
        for (int r = 0; r < indexRounds; r++) {
            sink += SourceIndex.build(apparatus.read(chronicle)).rows().size();
        }
        System.out.printf("apparatus + index of %d entries: %.3f ms%n", chronicle.entries().size(),
                (System.nanoTime() - t0) / 1e6 / indexRounds);

        SourceText big = SourceText.of("x" + copies, text.text().repeat(copies));
        Chronicle bigChronicle = AnnalsParser.parse(TextView.of(big), new ParseOptions("淳化五年", null, null), calendar);
        long before = usedHeap();
        t0 = System.nanoTime();
        List<EntrySources> bigEntries = apparatus.read(bigChronicle);
        SourceIndex bigIndex = SourceIndex.build(bigEntries);
        double ms = (System.nanoTime() - t0) / 1e6;
        long after = usedHeap();
        System.out.printf("text ×%d (%d code points, %d entries): apparatus + index %.1f ms (first run, warm JIT); "
                        + "retained ≈ %.1f MB; %d rows, %d notes%n", copies, big.length(), bigChronicle.entries().size(), ms,
                (after - before) / 1048576.0, bigIndex.rows().size(), bigIndex.notes().size());
        System.out.println("(sink " + (sink % 7) + ")");
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
