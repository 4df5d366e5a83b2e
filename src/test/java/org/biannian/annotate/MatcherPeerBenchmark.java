package org.biannian.annotate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Name;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Dictionary scanning side by side: our automaton ({@link NameTrie}) and org.ahocorasick 0.6.3 over
 * the same names (built-in pack, or + 500,000 synthetic names) and the same 1,000,000 characters of
 * 全宋詩 (from {@code target/bench/poetry.txt}; the sample chronicle repeated when it is missing).
 * Every match is consumed, so both do the same work. Score: milliseconds per 1 M characters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class MatcherPeerBenchmark {

    /** Characters scanned per operation. */
    public static final int CHARS = 1_000_000;

    @Param({"builtin", "synthetic500k"})
    public String pack;

    private NameTrie ours;
    private Trie peer;
    private int[] codePoints;
    private String text;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Authority authority = pack.equals("builtin") ? Authority.builtIn() : AnnotatorBenchmark.synthetic(500_000);
        List<String> names = new ArrayList<>();
        for (AuthorityRecord r : authority.records()) {
            for (Name n : r.names()) {
                names.add(n.text());
            }
        }
        ours = NameTrie.of(names);
        peer = Trie.builder().addKeywords(names).build();
        text = benchText(CHARS);
        codePoints = text.codePoints().toArray();
    }

    @Benchmark
    public void biannianNameTrie(Blackhole hole) {
        ours.scan(codePoints, (start, end, key) -> hole.consume(key));
    }

    @Benchmark
    public void ahocorasick(Blackhole hole) {
        for (Emit e : peer.parseText(text)) {
            hole.consume(e);
        }
    }

    /** For the benchmark suite (another package): {@link #benchText}. */
    public static String benchTextForSuite(int chars) throws IOException {
        return benchText(chars);
    }

    /** For the benchmark suite: the built-in pack plus 500,000 synthetic names, as {@link AnnotatorBenchmark} builds it. */
    public static Authority syntheticForSuite() {
        return AnnotatorBenchmark.synthetic(500_000);
    }

    /** The first {@code chars} characters of the bench corpus, or of the sample chronicle repeated. */
    static String benchText(int chars) throws IOException {
        Path poetry = Path.of(System.getProperty("biannian.bench", "target/bench"), "poetry.txt");
        StringBuilder out = new StringBuilder(chars + 16);
        if (Files.exists(poetry)) {
            try (Reader r = Files.newBufferedReader(poetry, StandardCharsets.UTF_8)) {
                char[] buffer = new char[chars];
                int n = r.read(buffer);
                out.append(buffer, 0, Math.max(0, n));
            }
        }
        String sample = Files.readString(Path.of(System.getProperty("biannian.shared", "../shared"), "corpus/xixiaji-994-998.txt"));
        while (out.length() < chars) {
            out.append(sample);
        }
        out.setLength(chars);
        if (Character.isHighSurrogate(out.charAt(chars - 1))) {
            out.setLength(chars - 1);
        }
        return out.toString();
    }
}
