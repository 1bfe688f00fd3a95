package dev.harmony.engine.forecast;

/** Nearest-rank quantiles of float buffers by selection; the buffer's first {@code n} values may be reordered. */
final class Quantiles {
    private static final int SMALL = 48;
    private static final int BINS = 256;

    private Quantiles() {
    }

    /** Zero-based rank of the nearest-rank {@code q}-quantile of {@code n} values: ⌈q·n⌉ − 1. */
    static int rank(double q, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n) - 1));
    }

    /** The nearest-rank {@code q}-quantile of {@code v[0..n)}, NaN when {@code n} is 0. */
    static float of(float[] v, int n, double q) {
        if (n == 0) {
            return Float.NaN;
        }
        return select(v, n, rank(q, n));
    }

    /** The median of {@code v[0..n)} as the mean of the two middle values for even n; NaN when n is 0. */
    static float median(float[] v, int n) {
        if (n == 0) {
            return Float.NaN;
        }
        float upper = select(v, n, n / 2);
        return n % 2 == 1 ? upper : (select(v, n, n / 2 - 1) + upper) / 2;
    }

    /**
     * The k-th smallest (zero-based) of {@code v[0..n)}, which small inputs have reordered. Inputs above a
     * few dozen values are first narrowed by a histogram to the bin that holds rank k, because branch-free
     * counting costs far less than quickselect's unpredictable comparisons.
     */
    static float select(float[] v, int n, int k) {
        if (n <= SMALL) {
            return quickselect(v, 0, n - 1, k);
        }
        float min = v[0];
        float max = v[0];
        for (int i = 1; i < n; i++) {
            min = Math.min(min, v[i]);
            max = Math.max(max, v[i]);
        }
        float scale = (BINS - 1) / (max - min);
        if (min == max || Float.isInfinite(scale)) {
            return min == max ? min : quickselect(v, 0, n - 1, k);
        }
        int[] histogram = new int[BINS];
        for (int i = 0; i < n; i++) {
            histogram[(int) ((v[i] - min) * scale)]++;
        }
        int bin = 0;
        int below = 0;
        while (below + histogram[bin] <= k) {
            below += histogram[bin++];
        }
        float[] inBin = new float[histogram[bin]];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if ((int) ((v[i] - min) * scale) == bin) {
                inBin[m++] = v[i];
            }
        }
        return quickselect(inBin, 0, m - 1, k - below);
    }

    private static void swap(float[] v, int a, int b) {
        float t = v[a];
        v[a] = v[b];
        v[b] = t;
    }

    /** Hoare quickselect of rank k within {@code v[lo..hi]}. */
    private static float quickselect(float[] v, int lo, int hi, int k) {
        while (hi > lo) {
            float pivot = medianOfThree(v[lo], v[(lo + hi) >>> 1], v[hi]);
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
                    swap(v, i++, j--);
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

    private static float medianOfThree(float a, float b, float c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
