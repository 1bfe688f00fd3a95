package dev.harmony.engine.planner;

import java.util.Arrays;

/**
 * Scores of VM pairs keyed by the pair's two row numbers, in two flat arrays (open addressing): a replay of 500
 * VMs keeps the scores of a few hundred day-long windows, millions of pairs, and a boxed map spent about 85 bytes
 * on each. A stored NaN means the pair was scored and has no score. Thread-safe.
 */
final class PairScoreTable {
    private static final long EMPTY = -1;
    private long[] keys = new long[64];
    private float[] scores = new float[64];
    private int size;

    {
        Arrays.fill(keys, EMPTY);
    }

    /** The key of the unordered pair of rows {@code i} and {@code j}, both at least 0. */
    static long key(int i, int j) {
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        return ((long) lo << 32) | hi;
    }

    synchronized boolean contains(long key) {
        return keys[slot(keys, key)] == key;
    }

    /** The stored score, NaN when scored without a score; only for keys that {@link #contains} holds. */
    synchronized float get(long key) {
        int s = slot(keys, key);
        if (keys[s] != key) {
            throw new IllegalStateException("pair " + (key >>> 32) + "/" + (int) key + " has not been scored");
        }
        return scores[s];
    }

    synchronized void put(long key, float score) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int s = slot(keys, key);
        if (keys[s] != key) {
            keys[s] = key;
            size++;
        }
        scores[s] = score;
    }

    synchronized int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        float[] oldScores = scores;
        keys = new long[oldKeys.length * 2];
        scores = new float[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != EMPTY) {
                int s = slot(keys, oldKeys[k]);
                keys[s] = oldKeys[k];
                scores[s] = oldScores[k];
            }
        }
    }

    /** The slot holding the key, or the empty slot where it belongs (linear probing; the table is never full). */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int s = (int) (mix(key) & mask);
        while (keys[s] != EMPTY && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
