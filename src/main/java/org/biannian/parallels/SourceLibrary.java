package org.biannian.parallels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.biannian.annotate.Mention;

/**
 * The documents parallels are looked for in, indexed once: every character bigram of their readings
 * (folded) and every linked name, by position. Positions are global: document {@code d}'s reading
 * position {@code p} is {@code offsets[d] + p}.
 */
public final class SourceLibrary {

    final List<SourceDocument> documents;
    /** Global position where each document's reading starts; one more entry for the end. */
    final int[] offsets;
    /** Document index of each global position. */
    final int[] documentAt;
    /** Dense id of each folded character. */
    final Map<Integer, Integer> characterIds;
    final int bitsPerCharacter;
    final int positionBits;
    /** Every bigram as {@code key << positionBits | position}, sorted. */
    final long[] bigrams;
    /** Global positions of the mentions of each authority id, ascending. */
    final Map<String, int[]> names;

    SourceLibrary(List<SourceDocument> documents) {
        this.documents = List.copyOf(documents);
        int total = 0;
        this.offsets = new int[documents.size() + 1];
        for (int d = 0; d < documents.size(); d++) {
            offsets[d] = total;
            total += documents.get(d).reading.length();
        }
        offsets[documents.size()] = total;
        this.documentAt = new int[total];
        Map<Integer, Integer> ids = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            Arrays.fill(documentAt, offsets[d], offsets[d + 1], d);
            for (int c : documents.get(d).reading.foldedCodes()) {
                ids.putIfAbsent(c, ids.size());
            }
        }
        this.characterIds = Map.copyOf(ids);
        this.bitsPerCharacter = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, ids.size())));
        this.positionBits = 63 - 2 * bitsPerCharacter;
        if (positionBits < 1 || (positionBits < 31 && total >= (1 << positionBits))) {
            throw new IllegalArgumentException("a library of " + total + " characters with " + ids.size()
                    + " distinct characters is too large to index for parallels");
        }
        long[] keys = new long[Math.max(0, total)];
        int count = 0;
        for (int d = 0; d < documents.size(); d++) {
            int[] codes = documents.get(d).reading.foldedCodes();
            for (int p = 0; p + 1 < codes.length; p++) {
                long key = bigramKey(ids.get(codes[p]), ids.get(codes[p + 1]));
                keys[count++] = key << positionBits | (offsets[d] + p);
            }
        }
        this.bigrams = Arrays.copyOf(keys, count);
        Arrays.sort(bigrams);
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            SourceDocument doc = documents.get(d);
            for (Mention m : doc.mentions) {
                int at = doc.reading.fromSource(m.start());
                if (at < doc.reading.length()) {
                    byName.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(offsets[d] + at);
                }
            }
        }
        Map<String, int[]> names = new HashMap<>();
        byName.forEach((id, list) -> names.put(id, list.stream().mapToInt(Integer::intValue).sorted().toArray()));
        this.names = Map.copyOf(names);
    }

    /** The documents, in the order given. */
    public List<String> keys() {
        return documents.stream().map(d -> d.key).toList();
    }

    /** How many characters are compared across all documents. */
    public int characters() {
        return offsets[documents.size()];
    }

    long bigramKey(int first, int second) {
        return ((long) first << bitsPerCharacter) | second;
    }

    /** The range {from, to} of {@link #bigrams} holding bigram (first, second) of folded characters; empty when absent. */
    int[] postings(int first, int second) {
        Integer a = characterIds.get(first);
        Integer b = characterIds.get(second);
        if (a == null || b == null) {
            return new int[] {0, 0};
        }
        long key = bigramKey(a, b);
        return new int[] {lowerBound(key << positionBits), lowerBound((key + 1) << positionBits)};
    }

    int positionOf(int posting) {
        return (int) (bigrams[posting] & ((1L << positionBits) - 1));
    }

    private int lowerBound(long value) {
        int low = 0;
        int high = bigrams.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (bigrams[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
