package org.biannian.annotate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.EntityKind;
import org.biannian.authority.Name;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Annotation throughput over the sample chronicle (9,600 code points), with the built-in pack and
 * with the built-in pack plus a synthetic pack of 500,000 random Han-character names. Run as in
 * docs/benchmarks.md; the score is milliseconds per sample, so characters per second is
 * 9,600 / score × 1000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class AnnotatorBenchmark {

    @Param({"builtin", "synthetic500k"})
    public String pack;

    /** The statistical tagger as {@link Annotator#of} has it ({@code on}), or the dictionary and rules alone ({@code off}). */
    @Param({"on", "off"})
    public String tagger;

    private Annotator annotator;
    private SourceText text;
    private int[] codePoints;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        text = TextReader.read(Path.of(System.getProperty("biannian.shared", "../shared"), "corpus/xixiaji-994-998.txt"));
        codePoints = text.text().codePoints().toArray();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long start = runtime.totalMemory() - runtime.freeMemory();
        Authority authority = pack.equals("builtin") ? Authority.builtIn() : synthetic(500_000);
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("%n[%s] authority records ≈ %d MB%n", pack, (before - start) >> 20);
        annotator = tagger.equals("on")
                ? Annotator.of(authority)
                : Annotator.of(authority).withoutTagger();
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("%n[%s] %d dictionary keys, automaton ≈ %d MB, heap growth on building the annotator ≈ %d MB%n",
                pack, annotator.dictionarySize(), annotator.dictionaryBytes() >> 20, (after - before) >> 20);
    }

    /** The built-in records plus {@code count} persons with random two- to four-character Han names. */
    static Authority synthetic(int count) {
        Random random = new Random(42);
        List<AuthorityRecord> records = new ArrayList<>(Authority.builtIn().records());
        for (int i = 0; i < count; i++) {
            int length = 2 + random.nextInt(3);
            StringBuilder name = new StringBuilder();
            for (int k = 0; k < length; k++) {
                name.appendCodePoint(0x4E00 + random.nextInt(3000));
            }
            records.add(new AuthorityRecord("per:synthetic-" + i, EntityKind.PERSON, name.toString(),
                    List.of(new Name(name.toString(), "name", 0, 0, "")), "", "", "", 0, 0, "", null, ""));
        }
        return Authority.of(records, Authority.builtIn().reigns(), List.copyOf(Authority.builtIn().roleWords()));
    }

    @Benchmark
    public List<Mention> annotateSample() {
        return annotator.annotate(text, List.of());
    }

    /** The Aho–Corasick dictionary stage alone: the part whose cost grows with the pack. */
    @Benchmark
    public List<Hit> dictionaryStageOnly() {
        return DictionaryStage.hits(codePoints, annotator.dictionary(), org.biannian.calendar.ChineseCalendar.builtIn().eraNames());
    }

    /** The statistical tagger alone over the sample (features, Viterbi and confidences). */
    @Benchmark
    public List<org.biannian.tagger.TaggedSpan> taggerOnly() {
        return org.biannian.tagger.CharTagger.builtIn().tag(codePoints);
    }
}
