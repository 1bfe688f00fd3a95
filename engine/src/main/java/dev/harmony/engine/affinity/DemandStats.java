package dev.harmony.engine.affinity;

/**
 * Statistics of one VM's demand for one resource over a window, from the intervals where it was
 * measured. Percentiles are nearest-rank: P95 is the ⌈0.95·n⌉-th smallest value. All 0 when {@code count} is 0.
 *
 * @param count intervals measured
 * @param mean  mean demand, in the resource's unit
 * @param p50   median demand
 * @param p95   95th percentile of demand
 * @param max   largest demand
 * @param std   population standard deviation
 */
public record DemandStats(int count, double mean, double p50, double p95, double max, double std) {
    public DemandStats {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
    }

    /** Coefficient of variation, std / mean; 0 for a VM that demanded nothing. */
    public double cov() {
        return mean > 0 ? std / mean : 0;
    }
}
