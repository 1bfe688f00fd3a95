package dev.harmony.engine.forecast;

import dev.harmony.engine.stats.NearestRank;

/**
 * Nearest-rank quantiles of float buffers over the engine's shared selection kernel; the buffer's first
 * {@code n} values may be reordered. One kernel per thread, as forecasts run on several.
 */
final class Quantiles {
    private static final ThreadLocal<NearestRank> SELECTOR = ThreadLocal.withInitial(NearestRank::new);

    private Quantiles() {
    }

    /** Zero-based rank of the nearest-rank {@code q}-quantile of {@code n} values: ⌈q·n⌉ − 1. */
    static int rank(double q, int n) {
        return NearestRank.rank(q, n);
    }

    /** The nearest-rank {@code q}-quantile of {@code v[0..n)}, NaN when {@code n} is 0. */
    static float of(float[] v, int n, double q) {
        return n == 0 ? Float.NaN : select(v, n, rank(q, n));
    }

    /** The median of {@code v[0..n)} as the mean of the two middle values for even n; NaN when n is 0. */
    static float median(float[] v, int n) {
        if (n == 0) {
            return Float.NaN;
        }
        float upper = select(v, n, n / 2);
        return n % 2 == 1 ? upper : (select(v, n, n / 2 - 1) + upper) / 2;
    }

    /** The k-th smallest (zero-based) of {@code v[0..n)}. */
    static float select(float[] v, int n, int k) {
        return SELECTOR.get().select(v, n, k);
    }
}
