package org.biannian.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.biannian.annotate.Annotator;
import org.biannian.authority.Authority;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;

/**
 * CPU time of one thread per annotation of the sample chronicle with the built-in pack, the figure docs/benchmarks.md
 * compares across builds (JMH's wall-clock errors on this shared machine are wider than the differences): 300
 * annotations to warm up, then {@code args[1]} measured. Run each build in turn, several times, and compare minima:
 * {@code java -cp … org.biannian.bench.AnnotatorCpu ../shared 1000}.
 */
public final class AnnotatorCpu {

    private AnnotatorCpu() {
    }

    public static void main(String[] args) throws Exception {
        SourceText sample = TextReader.read(Path.of(args[0]).resolve("corpus/xixiaji-994-998.txt"));
        int runs = Integer.parseInt(args[1]);
        Annotator annotator = Annotator.of(Authority.builtIn());
        for (int i = 0; i < 300; i++) {
            annotator.annotate(sample, List.of());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            annotator.annotate(sample, List.of());
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        wall = System.nanoTime() - wall;
        System.out.printf("%.3f ms wall, %.3f ms cpu per sample%n", wall / 1e6 / runs, cpu / 1e6 / runs);
    }
}
