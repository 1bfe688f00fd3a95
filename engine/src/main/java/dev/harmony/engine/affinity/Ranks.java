package dev.harmony.engine.affinity;

import dev.harmony.engine.stats.NearestRank;

/**
 * Nearest-rank percentiles for the per-VM statistics and the pair scorer, over the engine's shared
 * selection kernel. Holds that kernel's buffers, so each thread needs its own instance.
 */
final class Ranks {
    private final NearestRank selector = new NearestRank();

    /** Zero-based rank of the nearest-rank {@code q}-quantile of {@code n} values: ⌈q·n⌉ − 1. */
    static int rank(double q, int n) {
        return NearestRank.rank(q, n);
    }

    /** The {@code k}-th smallest (zero-based) of {@code v[0..n)}, whose values it may reorder. */
    float select(float[] v, int n, int k) {
        return selector.select(v, n, k);
    }
}
