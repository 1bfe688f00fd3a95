package dev.harmony.engine.affinity;

/** Nearest-rank percentiles by selection, shared by the per-VM statistics and the pair scorer. */
final class Ranks {
    private Ranks() {
    }

    /** Zero-based rank of the nearest-rank {@code q}-quantile of {@code n} values: ⌈q·n⌉ − 1. */
    static int rank(double q, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n) - 1));
    }

    /** The {@code k}-th smallest (zero-based) of {@code v[0..n)}, which it reorders; Hoare's quickselect. */
    static float select(float[] v, int n, int k) {
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
