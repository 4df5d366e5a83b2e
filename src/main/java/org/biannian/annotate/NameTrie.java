package org.biannian.annotate;

import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over code points: finds every occurrence of every key in one pass,
 * in time linear in the text plus the number of matches, however many keys there are.
 *
 * <p>Transitions live in one open-addressing table keyed by (state, code point), so the automaton
 * costs a few dozen bytes per trie node and no objects per node; that keeps a 500,000-name pack
 * small and the scan cache-friendly. Keys are code points, so a supplementary character is one
 * step and a match can never end inside a surrogate pair.
 */
final class NameTrie {

    /** Receives matches: key {@code key} occupies code points {@code [start, end)}. */
    @FunctionalInterface
    interface MatchSink {
        void match(int start, int end, int key);
    }

    private static final long EMPTY = -1L;
    /** From this many keys on, the root gets a direct table (256 KB); a small automaton built per text does not. */
    private static final int ROOT_TABLE_KEYS = 1024;

    private long[] edgeKeys;
    private int[] edgeTargets;
    private int edgeCount;

    private int[] depth;
    private int[] word;
    private int[] fail;
    private int[] wordLink;
    private int[] firstChild;
    private int[] nextSibling;
    private int[] edgeChar;
    /**
     * Per state, one bit for each child's code point modulo 64: most probes of a scan ask a state for a character
     * it has no edge for (a name's last state, then its failure states), and this answers them without touching
     * the edge table, whose random reads dominated the scan's profile.
     */
    private long[] childBits;
    private int stateCount;
    /**
     * The root's transitions for the Basic Multilingual Plane, indexed by code point (-1: none), in a large
     * automaton only: most characters of a text leave or re-enter the root, and a direct index there spares
     * the hash probe that dominated the scan's profile.
     */
    private int[] rootTargets;
    /**
     * In a small automaton, which BMP code points leave the root, one bit each (8 KB): the alias automaton built per text
     * is asked at every character, and most characters open no key.
     */
    private long[] rootChars;

    private NameTrie(int expectedStates) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedStates * 2)) << 1;
        edgeKeys = new long[capacity];
        Arrays.fill(edgeKeys, EMPTY);
        edgeTargets = new int[capacity];
        int states = Math.max(16, expectedStates);
        depth = new int[states];
        word = new int[states];
        fail = new int[states];
        wordLink = new int[states];
        firstChild = new int[states];
        nextSibling = new int[states];
        edgeChar = new int[states];
        childBits = new long[states];
        newState(0);
    }

    /** An automaton over {@code keys}; key {@code i} is reported as {@code i}. Duplicate keys keep the first index. */
    static NameTrie of(List<String> keys) {
        long total = 0;
        for (String key : keys) {
            total += key.length();
        }
        NameTrie trie = new NameTrie((int) Math.min(Integer.MAX_VALUE / 4, total + 1));
        for (int i = 0; i < keys.size(); i++) {
            trie.add(keys.get(i), i);
        }
        trie.link();
        if (keys.size() >= ROOT_TABLE_KEYS) {
            trie.rootTargets = new int[0x10000];
            Arrays.fill(trie.rootTargets, -1);
            for (int child = trie.firstChild[0]; child > 0; child = trie.nextSibling[child]) {
                if (trie.edgeChar[child] < 0x10000) {
                    trie.rootTargets[trie.edgeChar[child]] = child;
                }
            }
        } else {
            trie.rootChars = new long[0x10000 >> 6];
            for (int child = trie.firstChild[0]; child > 0; child = trie.nextSibling[child]) {
                int c = trie.edgeChar[child];
                if (c < 0x10000) {
                    trie.rootChars[c >> 6] |= 1L << c;
                }
            }
        }
        trie.firstChild = null;
        trie.nextSibling = null;
        trie.edgeChar = null;
        return trie;
    }

    /** Reports every key occurrence in {@code codePoints}, in order of end position. */
    void scan(int[] codePoints, MatchSink sink) {
        int state = 0;
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            int next;
            while ((next = step(state, c)) < 0 && state != 0) {
                state = fail[state];
            }
            state = Math.max(next, 0);
            int s = word[state] >= 0 ? state : wordLink[state];
            while (s > 0) {
                sink.match(i + 1 - depth[s], i + 1, word[s]);
                s = wordLink[s];
            }
        }
    }

    /** The index of the key spelled exactly by {@code codePoints[start, end)}, or -1. */
    int keyOf(int[] codePoints, int start, int end) {
        int state = 0;
        for (int i = start; i < end && state >= 0; i++) {
            state = step(state, codePoints[i]);
        }
        return state > 0 ? word[state] : -1;
    }

    /**
     * The lengths of the keys that {@code codePoints} spells from {@code start}, up to {@code maxLength}, as bits
     * (bit n: a key of n code points): one walk where asking {@link #keyOf} for each length would walk each.
     */
    long keyLengths(int[] codePoints, int start, int maxLength) {
        long lengths = 0;
        int state = 0;
        for (int n = 1; n <= Math.min(maxLength, 63) && start + n <= codePoints.length; n++) {
            state = step(state, codePoints[start + n - 1]);
            if (state < 0) {
                break;
            }
            if (word[state] >= 0) {
                lengths |= 1L << n;
            }
        }
        return lengths;
    }

    int stateCount() {
        return stateCount;
    }

    /** Approximate heap use of the automaton's arrays, for the benchmark notes. */
    long approximateBytes() {
        return (long) edgeKeys.length * 12 + (long) depth.length * 24;
    }

    private void add(String key, int index) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty key at index " + index);
        }
        int state = 0;
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            i += Character.charCount(c);
            int next = target(state, c);
            if (next < 0) {
                next = newState(depth[state] + 1);
                putEdge(state, c, next);
                childBits[state] |= 1L << c;
                edgeChar[next] = c;
                nextSibling[next] = firstChild[state];
                firstChild[state] = next;
            }
            state = next;
        }
        if (word[state] < 0) {
            word[state] = index;
        }
    }

    /** Breadth-first: each state's failure link is the longest proper suffix that is also a trie path. */
    private void link() {
        int[] queue = new int[stateCount];
        int head = 0;
        int tail = 0;
        for (int child = firstChild[0]; child > 0; child = nextSibling[child]) {
            fail[child] = 0;
            wordLink[child] = 0;
            queue[tail++] = child;
        }
        while (head < tail) {
            int state = queue[head++];
            for (int child = firstChild[state]; child > 0; child = nextSibling[child]) {
                int c = edgeChar[child];
                int f = fail[state];
                int next;
                while ((next = target(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                int failTo = next >= 0 && next != child ? next : 0;
                fail[child] = failTo;
                wordLink[child] = word[failTo] >= 0 ? failTo : wordLink[failTo];
                queue[tail++] = child;
            }
        }
    }

    private int newState(int stateDepth) {
        if (stateCount == depth.length) {
            int size = stateCount * 2;
            depth = Arrays.copyOf(depth, size);
            word = Arrays.copyOf(word, size);
            fail = Arrays.copyOf(fail, size);
            wordLink = Arrays.copyOf(wordLink, size);
            firstChild = Arrays.copyOf(firstChild, size);
            nextSibling = Arrays.copyOf(nextSibling, size);
            edgeChar = Arrays.copyOf(edgeChar, size);
            childBits = Arrays.copyOf(childBits, size);
        }
        int state = stateCount++;
        depth[state] = stateDepth;
        word[state] = -1;
        return state;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 33) & mask;
    }

    private int step(int state, int c) {
        if (state == 0 && c < 0x10000) {
            if (rootTargets != null) {
                return rootTargets[c];
            }
            if ((rootChars[c >> 6] & (1L << c)) == 0) {
                return -1;
            }
        }
        return target(state, c);
    }

    private int target(int state, int c) {
        if ((childBits[state] & (1L << c)) == 0) {
            return -1;
        }
        long key = ((long) state << 21) | c;
        int mask = edgeKeys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = edgeKeys[i];
            if (k == key) {
                return edgeTargets[i];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    private void putEdge(int state, int c, int next) {
        if ((edgeCount + 1) * 2 > edgeKeys.length) {
            rehash();
        }
        long key = ((long) state << 21) | c;
        int mask = edgeKeys.length - 1;
        int i = slot(key, mask);
        while (edgeKeys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        edgeKeys[i] = key;
        edgeTargets[i] = next;
        edgeCount++;
    }

    private void rehash() {
        long[] oldKeys = edgeKeys;
        int[] oldTargets = edgeTargets;
        edgeKeys = new long[oldKeys.length * 2];
        Arrays.fill(edgeKeys, EMPTY);
        edgeTargets = new int[oldKeys.length * 2];
        int mask = edgeKeys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j], mask);
                while (edgeKeys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                edgeKeys[i] = oldKeys[j];
                edgeTargets[i] = oldTargets[j];
            }
        }
    }
}
