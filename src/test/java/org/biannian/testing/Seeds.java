package org.biannian.testing;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Properties over generated inputs, plain JUnit: each case gets its own seeded {@link Random}, and a
 * failure names its seed. Rerun one case with {@code -Dbiannian.seed=SEED}.
 *
 * <p>The seeds are the same on every build, so a build passes or fails on the code alone; explore
 * new inputs with {@code -Dbiannian.seeds=random} (and keep any seed it finds as a fixture).
 */
public final class Seeds {

    /** The seed of the seeds on an ordinary build. */
    private static final long FIXED = 0x5eed_2026_1126L;

    private Seeds() {
    }

    /** Runs {@code property} for {@code cases} seeds (or only for {@code -Dbiannian.seed}). */
    public static void check(int cases, Consumer<Random> property) {
        String only = System.getProperty("biannian.seed");
        if (only != null) {
            run(Long.parseLong(only), property);
            return;
        }
        boolean explore = "random".equals(System.getProperty("biannian.seeds"));
        Random seeds = new Random(explore ? System.nanoTime() : FIXED);
        for (int i = 0; i < cases; i++) {
            run(seeds.nextLong(), property);
        }
    }

    private static void run(long seed, Consumer<Random> property) {
        try {
            property.accept(new Random(seed));
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("property failed for seed " + seed + " (rerun with -Dbiannian.seed=" + seed + "): "
                    + e.getMessage(), e);
        }
    }
}
