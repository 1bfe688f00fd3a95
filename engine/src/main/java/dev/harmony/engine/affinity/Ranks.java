package dev.harmony.engine.affinity;

import java.util.Arrays;

/**
 * Nearest-rank percentiles by selection, shared by the per-VM statistics and the pair scorer. Holds a
 * histogram buffer, so each thread needs its own instance.
 */
final class Ranks {
    private static final int BINS = 64;
    private static final int SMALL = 128;

    private final int[] histogram = new int[BINS];

    /** Zero-based rank of the nearest-rank {@code q}-quantile of {@code n} values: ⌈q·n⌉ − 1. */
    static int rank(double q, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n) - 1));
    }

    /**
     * The {@code k}-th smallest (zero-based) of {@code v[0..n)}, which it overwrites. Large inputs first
     * narrow to the histogram bin holding rank k, because branch-free counting beats quickselect's
     * unpredictable comparisons on a few thousand values.
     */
    float select(float[] v, int n, int k) {
        if (n <= SMALL) {
            return quickselect(v, n, k);
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
        float scale = BINS / (max - min);
        Arrays.fill(histogram, 0);
        for (int i = 0; i < n; i++) {
            histogram[bin(v[i], min, scale)]++;
        }
        int bin = 0;
        int below = 0;
        while (below + histogram[bin] <= k) {
            below += histogram[bin++];
        }
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (bin(v[i], min, scale) == bin) {
                v[m++] = v[i];
            }
        }
        return quickselect(v, m, k - below);
    }

    private static int bin(float x, float min, float scale) {
        return Math.min(BINS - 1, (int) ((x - min) * scale));
    }

    /** Hoare's quickselect over {@code v[0..n)}. */
    static float quickselect(float[] v, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            float pivot = median3(v[lo], v[(lo + hi) >>> 1], v[hi]);
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
                    float tmp = v[i];
                    v[i] = v[j];
                    v[j] = tmp;
                    i++;
                    j--;
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

    private static float median3(float a, float b, float c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
