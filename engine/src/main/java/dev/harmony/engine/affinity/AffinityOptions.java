package dev.harmony.engine.affinity;

import java.util.Objects;

/**
 * Weights and levels of realized affinity; see {@code docs/decisions/0003-realized-affinity.md}.
 *
 * @param weights            term and resource weights
 * @param headroom           share of a host's capacity kept for bursts, in (0, 1]: a coincident burst
 *                           this large saturates contention
 * @param activityHalfLoad   pair load (summed P95 demand over capacity) at which activity is 1/2, in (0, 1]
 * @param minOverlapSamples  fewest intervals where both VMs were measured for a resource to count
 * @param minOverlapFraction fewest such intervals as a share of the window, in [0, 1]
 */
public record AffinityOptions(AffinityWeights weights, double headroom, double activityHalfLoad,
                              int minOverlapSamples, double minOverlapFraction) {
    public AffinityOptions {
        Objects.requireNonNull(weights, "weights");
        if (!(headroom > 0 && headroom <= 1)) {
            throw new IllegalArgumentException("headroom must be within (0, 1], was " + headroom);
        }
        if (!(activityHalfLoad > 0 && activityHalfLoad <= 1)) {
            throw new IllegalArgumentException("activityHalfLoad must be within (0, 1], was " + activityHalfLoad);
        }
        if (minOverlapSamples < 2) {
            throw new IllegalArgumentException("minOverlapSamples must be at least 2, was " + minOverlapSamples);
        }
        if (!(minOverlapFraction >= 0 && minOverlapFraction <= 1)) {
            throw new IllegalArgumentException("minOverlapFraction must be within [0, 1], was " + minOverlapFraction);
        }
    }

    /** Default weights, 20 % headroom, half activity at 5 % load, an hour and half the window of overlap. */
    public static AffinityOptions defaults() {
        return new AffinityOptions(AffinityWeights.defaults(), 0.2, 0.05, 12, 0.5);
    }

    public AffinityOptions withWeights(AffinityWeights newWeights) {
        return new AffinityOptions(newWeights, headroom, activityHalfLoad, minOverlapSamples, minOverlapFraction);
    }

    /** Overlap a resource needs in a window of {@code intervals} intervals. */
    public int requiredOverlap(int intervals) {
        return Math.max(minOverlapSamples, (int) Math.ceil(minOverlapFraction * intervals));
    }
}
