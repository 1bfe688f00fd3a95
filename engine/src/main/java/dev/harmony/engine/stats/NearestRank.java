package dev.harmony.engine.stats;

import java.util.Arrays;

/**
 * Nearest-rank order statistics by selection: the k-th smallest of a float buffer without sorting it.
 * Inputs above a few dozen values are first narrowed by a histogram to the bin that holds rank k, because
 * branch-free counting costs far less than quickselect's unpredictable comparisons. An instance keeps its
 * histogram and scratch buffer between calls, so hot loops allocate nothing; use one instance per thread.
 */
public final class NearestRank {
    private static final int SMALL = 64;
    private static final int BINS = 128;

    private final int[] histogram = new int[BINS];
    private float[] scratch = new float[0];

    /** Zero-based rank of the nearest-rank {@code q}-quantile of {@code n} values: ⌈q·n⌉ − 1. */
    public static int rank(double q, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n) - 1));
    }

    /**
     * The {@code k}-th smallest (zero-based) of {@code v[0..n)}. The first {@code n} values may be reordered
     * but keep the same values, so several ranks can be selected from one buffer.
     */
    public float select(float[] v, int n, int k) {
        if (n <= SMALL) {
            return quickselect(v, 0, n - 1, k);
        }
        float min = v[0];
        float max = v[0];
        for (int i = 1; i < n; i++) {
            min = Math.min(min, v[i]);
            max = Math.max(max, v[i]);
        }
        if (min == max) {
            return min;
        }
        float scale = (BINS - 1) / (max - min);
        if (Float.isInfinite(scale)) {
            return quickselect(v, 0, n - 1, k);
        }
        Arrays.fill(histogram, 0);
        for (int i = 0; i < n; i++) {
            histogram[(int) ((v[i] - min) * scale)]++;
        }
        int bin = 0;
        int below = 0;
        while (below + histogram[bin] <= k) {
            below += histogram[bin++];
        }
        if (scratch.length < histogram[bin]) {
            scratch = new float[Math.max(histogram[bin], scratch.length * 2)];
        }
        int m = 0;
        for (int i = 0; i < n; i++) {
            if ((int) ((v[i] - min) * scale) == bin) {
                scratch[m++] = v[i];
            }
        }
        return quickselect(scratch, 0, m - 1, k - below);
    }

    /** Hoare quickselect of rank k within {@code v[lo..hi]}, median-of-three pivot. */
    private static float quickselect(float[] v, int lo, int hi, int k) {
        while (hi > lo) {
            float a = v[lo];
            float b = v[(lo + hi) >>> 1];
            float c = v[hi];
            float pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = v[i];
                    v[i++] = v[j];
                    v[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return v[k];
            }
        }
        return v[k];
    }
}
