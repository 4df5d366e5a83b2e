package org.biannian.testing;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Properties over generated inputs, plain JUnit: each case gets its own seeded {@link Random}, and a
 * failure names its seed. Rerun one case with {@code -Dbiannian.seed=SEED}.
 */
public final class Seeds {

    private Seeds() {
    }

    /** Runs {@code property} for {@code cases} seeds (or only for {@code -Dbiannian.seed}). */
    public static void check(int cases, Consumer<Random> property) {
        String only = System.getProperty("biannian.seed");
        if (only != null) {
            run(Long.parseLong(only), property);
            return;
        }
        Random seeds = new Random(System.nanoTime());
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
