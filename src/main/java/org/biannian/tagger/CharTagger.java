package org.biannian.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A linear model over {@link Features} and label transitions, decoded with Viterbi under the BIO
 * constraint. Immutable and thread-safe; {@link #builtIn()} is the model learned from the UD
 * Classical Chinese Kyoto treebank (CC BY-SA 4.0, see NOTICE).
 */
public final class CharTagger {

    private static final int MAGIC = 0x424e5447; // "BNTG"
    private static final int VERSION = 1;

    /** Open-addressed feature keys (0 marks an empty slot: template 0 is the bias, stored apart). */
    private final long[] slots;
    /** The feature number of each filled slot. */
    private final int[] slotFeature;
    /** Weights of feature f for label y at {@code f * COUNT + y}, dense so they stay in cache. */
    private final float[] featureWeights;
    private final float[] bias;
    /** Transition weight from label p (or the start, row {@code COUNT}) to y at {@code p * COUNT + y}. */
    private final float[] transitions;
    private final int featureCount;

    private static volatile CharTagger builtIn;

    /**
     * @param keys feature keys, any order, no duplicates, none of them the bias key (0)
     * @param weights {@code keys.length * Labels.COUNT} weights, label-minor
     * @param bias one weight per label
     * @param transitions {@code (Labels.COUNT + 1) * Labels.COUNT}: from each label, then from the start
     */
    public CharTagger(long[] keys, float[] weights, float[] bias, float[] transitions) {
        if (weights.length != keys.length * Labels.COUNT || bias.length != Labels.COUNT
                || transitions.length != (Labels.COUNT + 1) * Labels.COUNT) {
            throw new IllegalArgumentException("weights do not match the labels");
        }
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 2)) << 1;
        this.slots = new long[capacity];
        this.slotFeature = new int[capacity];
        this.featureWeights = weights.clone();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == 0) {
                throw new IllegalArgumentException("key 0 is the bias");
            }
            int s = slot(keys[i]);
            if (slots[s] == keys[i]) {
                throw new IllegalArgumentException("duplicate feature key " + keys[i]);
            }
            slots[s] = keys[i];
            slotFeature[s] = i;
        }
        this.bias = bias.clone();
        this.transitions = transitions.clone();
        this.featureCount = keys.length;
    }

    /** The model shipped in the jar, loaded once. */
    public static CharTagger builtIn() {
        CharTagger t = builtIn;
        if (t == null) {
            synchronized (CharTagger.class) {
                t = builtIn;
                if (t == null) {
                    try (InputStream in = CharTagger.class.getResourceAsStream("kyoto-names.model")) {
                        if (in == null) {
                            throw new IllegalStateException("the tagger model kyoto-names.model is missing from the jar");
                        }
                        t = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    builtIn = t;
                }
            }
        }
        return t;
    }

    public int featureCount() {
        return featureCount;
    }

    private int slot(long key) {
        int mask = slots.length - 1;
        int s = (int) (mix(key) & mask);
        while (slots[s] != 0 && slots[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** Adds the weights of {@code key} into {@code scores} (label-indexed). */
    private void addWeights(long key, float[] scores) {
        if (key == 0) {
            for (int y = 0; y < Labels.COUNT; y++) {
                scores[y] += bias[y];
            }
            return;
        }
        int s = slot(key);
        if (slots[s] == key) {
            int base = slotFeature[s] * Labels.COUNT;
            for (int y = 0; y < Labels.COUNT; y++) {
                scores[y] += featureWeights[base + y];
            }
        }
    }

    /**
     * Names in {@code codePoints} (a text as written or folded; only Han ideographs can be in a name),
     * in text order.
     */
    public List<TaggedSpan> tag(int[] codePoints) {
        return tag(codePoints, null);
    }

    /**
     * Names in the stretches of {@code codePoints} between two non-Han characters (punctuation, line ends)
     * that hold a position of {@code wanted}; null means everywhere. A non-Han character is always
     * outside a name and the features look at most two characters away, so each stretch is decoded
     * alone with the same result as the whole text: the annotator asks only where a name could still
     * be added, which skips most of a punctuated text.
     */
    public List<TaggedSpan> tag(int[] codePoints, java.util.BitSet wanted) {
        int[] text = Features.normalised(codePoints);
        // Classes only around the stretches decoded (the features read one position either side): most are not.
        int[] classes = wanted == null ? Features.classes(text) : new int[text.length];
        List<TaggedSpan> spans = new ArrayList<>();
        int n = text.length;
        int from = 0;
        int nextWanted = wanted == null ? 0 : wanted.nextSetBit(0); // kept ahead, so a sparse set is walked once
        while (from < n) {
            // A stretch runs from a boundary (or the start) to the next boundary (or the end), both included.
            int to = from + 1;
            while (to < n && text[to] != Features.BOUNDARY) {
                to++;
            }
            int end = Math.min(n, to + 1);
            if (wanted != null && nextWanted >= 0 && nextWanted < from) {
                nextWanted = wanted.nextSetBit(from);
            }
            boolean asked = wanted == null || nextWanted >= 0 && nextWanted < end;
            if (asked && end - from > 1) {
                if (wanted != null) {
                    Features.classes(text, Math.max(0, from - 1), Math.min(n, end + 1), classes);
                }
                decodeStretch(text, classes, from, end, spans);
            }
            from = to;
        }
        return spans;
    }

    private void decodeStretch(int[] text, int[] classes, int from, int to, List<TaggedSpan> spans) {
        int n = to - from;
        int[] stretch = Arrays.copyOfRange(text, from, to);
        int[] labels = new int[n];
        double[] margins = new double[n];
        Lattice.decode(stretch, emissions(text, classes, from, to), transitions, labels, margins);
        int i = 0;
        while (i < n) {
            if (!Labels.isBegin(labels[i])) {
                i++;
                continue;
            }
            NameKind kind = Labels.kind(labels[i]);
            int end = i + 1;
            while (end < n && labels[end] == Labels.inside(kind)) {
                end++;
            }
            // The span's own characters and the characters just outside it: a name is only as sure as its edges
            // (許彥 before 欽 is a name cut short when the tagger barely kept 欽 outside).
            double confidence = Double.MAX_VALUE;
            for (int k = Math.max(0, i - 1); k < Math.min(n, end + 1); k++) {
                confidence = Math.min(confidence, margins[k]);
            }
            spans.add(new TaggedSpan(from + i, from + end, kind, confidence));
            i = end;
        }
    }

    /** The best labels of {@code codePoints} (for training and evaluation). */
    public int[] labels(int[] codePoints) {
        int[] text = Features.normalised(codePoints);
        int[] labels = new int[codePoints.length];
        Lattice.decode(text, emissions(text, Features.classes(text), 0, text.length), transitions, labels, null);
        return labels;
    }

    /** The feature scores of positions {@code [from, to)} of a {@link Features#normalised} text, label-minor. */
    private float[] emissions(int[] text, int[] classes, int from, int to) {
        int l = Labels.COUNT;
        float[] emissions = new float[(to - from) * l];
        long[] keys = new long[Features.PER_POSITION];
        float[] scores = new float[l];
        for (int i = from; i < to; i++) {
            if (text[i] == Features.BOUNDARY) {
                continue;
            }
            Arrays.fill(scores, 0);
            Features.at(text, classes, i, keys);
            for (long k : keys) {
                addWeights(k, scores);
            }
            System.arraycopy(scores, 0, emissions, (i - from) * l, l);
        }
        return emissions;
    }

    /**
     * Writes the model: a header, then the features sorted by key (delta-coded) with their weights, all
     * deflated. The bytes depend only on the weights, so a re-run of the generator reproduces them.
     */
    public void write(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        long[] keys = new long[featureCount];
        int n = 0;
        for (long k : slots) {
            if (k != 0) {
                keys[n++] = k;
            }
        }
        Arrays.sort(keys);
        DeflaterOutputStream deflated = new DeflaterOutputStream(out);
        DataOutputStream data = new DataOutputStream(deflated);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(Labels.COUNT);
        for (float b : bias) {
            data.writeFloat(b);
        }
        for (float t : transitions) {
            data.writeFloat(t);
        }
        data.writeInt(featureCount);
        long previous = 0;
        for (long k : keys) {
            writeVarLong(data, k - previous);
            previous = k;
            int base = slotFeature[slot(k)] * Labels.COUNT;
            for (int y = 0; y < Labels.COUNT; y++) {
                data.writeFloat(featureWeights[base + y]);
            }
        }
        data.flush();
        deflated.finish();
    }

    /** Reads a model written by {@link #write}. */
    public static CharTagger read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new InflaterInputStream(in));
        if (data.readInt() != MAGIC || data.readInt() != VERSION || data.readInt() != Labels.COUNT) {
            throw new IOException("not a tagger model of this version");
        }
        float[] bias = new float[Labels.COUNT];
        for (int y = 0; y < bias.length; y++) {
            bias[y] = data.readFloat();
        }
        float[] transitions = new float[(Labels.COUNT + 1) * Labels.COUNT];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = data.readFloat();
        }
        int count = data.readInt();
        long[] keys = new long[count];
        float[] weights = new float[count * Labels.COUNT];
        long previous = 0;
        for (int i = 0; i < count; i++) {
            previous += readVarLong(data);
            keys[i] = previous;
            for (int y = 0; y < Labels.COUNT; y++) {
                weights[i * Labels.COUNT + y] = data.readFloat();
            }
        }
        return new CharTagger(keys, weights, bias, transitions);
    }

    private static void writeVarLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long v = 0;
        int shift = 0;
        int b;
        do {
            b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }
}
