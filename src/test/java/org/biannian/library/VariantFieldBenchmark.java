package org.biannian.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.biannian.text.VariantFolding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the variant-folded search field costs at indexing: folding the text (VariantFolding) and
 * analysing the folded copy into the index's unigrams and bigrams, over 長編卷35–43 (all nine
 * files, 四庫本, 77,882 UTF-16 units). The simplified fold is measured beside it for scale.
 * Scores are milliseconds per pass over the nine files. Run as in docs/benchmarks.md.
 *
 * <p>Since issue 14 the index has no separate variant field: its one field is folded inside the
 * analysis chain ({@link CjkAnalysis#index}, {@link SearchFolding}), so the last benchmark now measures
 * that whole chain (after a variant fold it no longer needs) rather than an extra field's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class VariantFieldBenchmark {

    private String text;
    private final VariantFolding variants = VariantFolding.builtIn();
    private final Analyzer analyzer = CjkAnalysis.index();

    @Setup
    public void setUp() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("biannian.shared", "../shared"), "corpus/changbian"))) {
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        text = all.toString();
    }

    @Benchmark
    public String foldVariants() {
        return variants.fold(text);
    }

    @Benchmark
    public String foldSimplified() {
        return org.biannian.text.SimplifiedFolding.fold(text);
    }

    /** The extra field's whole indexing-side cost before Lucene writes postings: fold, then analyse. */
    @Benchmark
    public int foldAndAnalyseVariantField() throws IOException {
        int tokens = 0;
        try (TokenStream stream = analyzer.tokenStream("text_v", variants.fold(text))) {
            stream.reset();
            while (stream.incrementToken()) {
                tokens++;
            }
            stream.end();
        }
        return tokens;
    }
}
