package dev.harmony.engine.planner;

/**
 * The soft constraints' weights, in score units (the solver's soft score; 1,000 units stand for a
 * fully loaded host's squared utilisation in the balance constraint).
 *
 * @param affinity          per unit of affinity shortfall below the threshold, times the pair's load share
 * @param balance           per host, times its resource-weighted squared peak utilisation
 * @param headroom          per host and resource, times the squared shortfall from the headroom target to full
 * @param migrationPerMinute per minute of predicted live-migration time
 * @param shouldRule        per broken should-rule
 */
public record PlannerWeights(long affinity, long balance, long headroom, long migrationPerMinute, long shouldRule) {
    public PlannerWeights {
        if (affinity < 0 || balance < 0 || headroom < 0 || migrationPerMinute < 0 || shouldRule < 0) {
            throw new IllegalArgumentException("weights must be at least 0");
        }
    }

    /** The weights chosen on days 1–20 of the bitbrains-rnd lab. */
    public static PlannerWeights defaults() {
        return new PlannerWeights(20_000, 1_000, 4_000, 100, 200);
    }
}
