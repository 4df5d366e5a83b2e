package org.biannian.tagger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.HashMap;

/**
 * Learns a {@link CharTagger} with the averaged structured perceptron (Collins 2002): decode each text
 * with the current weights, move the weights towards the gold labels where they differ, and keep the
 * average of the weights over all steps. Deterministic for a given seed (the order of texts in each
 * epoch is the only randomness).
 */
public final class PerceptronTrainer {

    /**
     * A feature is kept only when some label's averaged weight reaches this: the rest (half the features
     * the treebank yields) change no decision on its test split and cost memory and time at every character.
     */
    static final double MIN_WEIGHT = 1.0;

    private PerceptronTrainer() {
    }

    public static CharTagger train(List<LabelledText> texts, int epochs, long seed) {
        int l = Labels.COUNT;
        Map<Long, double[]> weights = new HashMap<>();
        Map<Long, double[]> sums = new HashMap<>();
        double[] transitions = new double[(l + 1) * l];
        double[] transitionSums = new double[(l + 1) * l];
        List<LabelledText> order = new ArrayList<>(texts);
        Random random = new Random(seed);
        long step = 1;
        long[] keys = new long[Features.PER_POSITION];
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (LabelledText t : order) {
                int[] text = Features.normalised(t.codePoints());
                int n = text.length;
                float[] emissions = new float[n * l];
                long[][] features = new long[n][];
                int[] classes = Features.classes(text);
                for (int i = 0; i < n; i++) {
                    if (text[i] == Features.BOUNDARY) {
                        continue;
                    }
                    Features.at(text, classes, i, keys);
                    features[i] = keys.clone();
                    for (long k : features[i]) {
                        double[] w = weights.get(k);
                        if (w != null) {
                            for (int y = 0; y < l; y++) {
                                emissions[i * l + y] += (float) w[y];
                            }
                        }
                    }
                }
                float[] trans = new float[transitions.length];
                for (int k = 0; k < trans.length; k++) {
                    trans[k] = (float) transitions[k];
                }
                int[] guess = new int[n];
                Lattice.decode(text, emissions, trans, guess, null);
                int[] gold = t.labels();
                for (int i = 0; i < n; i++) {
                    if (guess[i] != gold[i] && features[i] != null) {
                        for (long k : features[i]) {
                            update(weights, sums, k, gold[i], 1, step);
                            update(weights, sums, k, guess[i], -1, step);
                        }
                    }
                    int goldFrom = i == 0 ? l : gold[i - 1];
                    int guessFrom = i == 0 ? l : guess[i - 1];
                    if (goldFrom != guessFrom || gold[i] != guess[i]) {
                        transitions[goldFrom * l + gold[i]] += 1;
                        transitionSums[goldFrom * l + gold[i]] += step;
                        transitions[guessFrom * l + guess[i]] -= 1;
                        transitionSums[guessFrom * l + guess[i]] -= step;
                    }
                }
                step++;
            }
        }
        // Averaged weight = w − Σ(step·Δ)/steps.
        List<Long> kept = new ArrayList<>();
        List<float[]> keptWeights = new ArrayList<>();
        float[] bias = new float[l];
        for (Map.Entry<Long, double[]> e : weights.entrySet()) {
            double[] w = e.getValue();
            double[] u = sums.get(e.getKey());
            float[] average = new float[l];
            boolean any = false;
            for (int y = 0; y < l; y++) {
                average[y] = (float) (w[y] - u[y] / step);
                any |= Math.abs(average[y]) >= MIN_WEIGHT;
            }
            if (e.getKey() == 0L) {
                bias = average;
            } else if (any) {
                kept.add(e.getKey());
                keptWeights.add(average);
            }
        }
        long[] keyArray = new long[kept.size()];
        float[] weightArray = new float[kept.size() * l];
        for (int i = 0; i < keyArray.length; i++) {
            keyArray[i] = kept.get(i);
            System.arraycopy(keptWeights.get(i), 0, weightArray, i * l, l);
        }
        float[] averagedTransitions = new float[transitions.length];
        for (int k = 0; k < transitions.length; k++) {
            averagedTransitions[k] = (float) (transitions[k] - transitionSums[k] / step);
        }
        return new CharTagger(keyArray, weightArray, bias, averagedTransitions);
    }

    private static void update(Map<Long, double[]> weights, Map<Long, double[]> sums, long key, int label, int delta, long step) {
        weights.computeIfAbsent(key, k -> new double[Labels.COUNT])[label] += delta;
        sums.computeIfAbsent(key, k -> new double[Labels.COUNT])[label] += delta * (double) step;
    }
}
