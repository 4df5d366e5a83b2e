package org.biannian.parallels.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Analysis;
import org.biannian.parallels.ChronicleSide;
import org.biannian.parallels.ParallelFinder;
import org.biannian.parallels.SourceInput;
import org.biannian.parallels.SourceLibrary;
import org.biannian.sources.Works;
import org.biannian.testing.Shared;

/**
 * Scale of the parallels stage (issue 13): the real 長編卷35–43 and 宋史卷5, copied under new keys until the
 * sources hold {@code args[0]} characters (default 6,000,000), indexed once; then the sample chronicle's 55
 * entries checked {@code args[1]} times (default 20) against them. Prints characters, index time, entries
 * per second and the time 10,000 entries would take. Copies keep their dates, so every copy is a candidate:
 * a worst case for the date window.
 */
public final class ParallelsScale {

    public static void main(String[] args) throws Exception {
        long target = args.length > 0 ? Long.parseLong(args[0]) : 6_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Biannian biannian = Biannian.create();
        Analysis chronicle = biannian.analyse(Biannian.SAMPLE_KEY, Shared.read(Shared.sample()),
                new ParseOptions(Biannian.SAMPLE_START, null, null));
        List<Analysis> real = new ArrayList<>();
        real.add(biannian.prepare(Shared.songshi5(), new ParseOptions(null, null, null)));
        try (Stream<Path> files = Files.list(Shared.path("corpus/changbian"))) {
            for (Path f : files.sorted().toList()) {
                real.add(biannian.prepare(f, new ParseOptions(null, null, null)));
            }
        }
        long characters = 0;
        List<SourceInput> inputs = new ArrayList<>();
        for (int copy = 0; characters < target; copy++) {
            for (Analysis a : real) {
                inputs.add(new SourceInput(a.key() + "-copy" + copy, a.chronicle().view(), a.mentions()));
                characters += a.chronicle().source().length();
            }
        }
        ParallelFinder finder = ParallelFinder.of(biannian.calendar(), Works.builtIn());
        long t0 = System.nanoTime();
        SourceLibrary library = finder.index(inputs);
        long t1 = System.nanoTime();
        ChronicleSide side = new ChronicleSide(chronicle.key(), chronicle.chronicle(), chronicle.mentions(), chronicle.sources());
        int found = 0;
        for (int r = 0; r < rounds; r++) {
            found += finder.find(side, library).size();
        }
        long t2 = System.nanoTime();
        int entries = rounds * chronicle.chronicle().entries().size();
        double perEntryMs = (t2 - t1) / 1e6 / entries;
        System.out.printf("sources: %d documents, %,d characters (%,d compared); index %.1f s%n", inputs.size(), characters,
                library.characters(), (t1 - t0) / 1e9);
        System.out.printf("find: %d entries in %.1f s (%.1f ms an entry, %d parallels); 10,000 entries ≈ %.1f min%n",
                entries, (t2 - t1) / 1e9, perEntryMs, found, perEntryMs * 10_000 / 60_000);
    }
}
