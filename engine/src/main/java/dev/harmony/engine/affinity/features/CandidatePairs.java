package dev.harmony.engine.affinity.features;

import java.util.Arrays;

/**
 * Distinct unordered pairs of rows, each once with {@code first < second}, sorted: the pairs whose
 * affinity is worth scoring in a pool too large for all pairs.
 *
 * @param first  the lower row of each pair
 * @param second the higher row of each pair
 */
public record CandidatePairs(int[] first, int[] second) {
    public CandidatePairs {
        if (first.length != second.length) {
            throw new IllegalArgumentException("pair arrays differ in length");
        }
        for (int p = 0; p < first.length; p++) {
            if (first[p] < 0 || first[p] >= second[p]) {
                throw new IllegalArgumentException("pair " + p + " is not ordered: " + first[p] + "-" + second[p]);
            }
        }
        first = first.clone();
        second = second.clone();
    }

    /** Every edge of the lists as an unordered pair, duplicates (also across lists and directions) removed. */
    public static CandidatePairs union(EdgeList... lists) {
        int total = 0;
        for (EdgeList l : lists) {
            total += l.size();
        }
        long[] keys = new long[total];
        int n = 0;
        for (EdgeList l : lists) {
            for (int e = 0; e < l.size(); e++) {
                int a = Math.min(l.source(e), l.target(e));
                int b = Math.max(l.source(e), l.target(e));
                keys[n++] = ((long) a << 32) | b;
            }
        }
        Arrays.sort(keys);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[unique++] = keys[i];
            }
        }
        int[] first = new int[unique];
        int[] second = new int[unique];
        for (int i = 0; i < unique; i++) {
            first[i] = (int) (keys[i] >>> 32);
            second[i] = (int) keys[i];
        }
        return new CandidatePairs(first, second);
    }

    public int size() {
        return first.length;
    }

    @Override
    public int[] first() {
        return first.clone();
    }

    @Override
    public int[] second() {
        return second.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CandidatePairs c && Arrays.equals(first, c.first) && Arrays.equals(second, c.second);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(first) + Arrays.hashCode(second);
    }

    @Override
    public String toString() {
        return "CandidatePairs[" + size() + "]";
    }
}
