package dev.harmony.engine.health;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The affinity component over a set of co-located pairs: their load-weighted mean and who pulled it down. */
final class PairTerms {
    private static final int MAX_CULPRITS = 10;
    // Keeps the weighted mean defined, and a plain mean, when every pair is idle.
    private static final double MIN_WEIGHT = 1e-6;

    private PairTerms() {
    }

    /** The affinity component of the pairs; not assessed when there is none. */
    static PointsLost of(List<CoLocatedPair> chosen, HealthOptions options) {
        double max = options.points(HealthComponent.AFFINITY);
        double weighted = 0;
        double weights = 0;
        for (CoLocatedPair p : chosen) {
            double w = p.weight() + MIN_WEIGHT;
            weighted += w * p.affinity();
            weights += w;
        }
        if (chosen.isEmpty()) {
            return PointsLost.notAssessed(HealthComponent.AFFINITY, max);
        }
        double mean = weighted / weights;
        double lost = max * Ramp.up(options.affinityNeutral() - mean, 0, options.affinityNeutral() - options.affinityWorst());
        return new PointsLost(HealthComponent.AFFINITY, lost, max, true, mean, culprits(chosen, lost, weights));
    }

    /** Pairs with negative affinity, each with its share of the points by how much it pulled the mean down. */
    private static List<Culprit> culprits(List<CoLocatedPair> pairs, double lost, double weights) {
        double negative = 0;
        for (CoLocatedPair p : pairs) {
            negative += Math.max(0, -(p.weight() + MIN_WEIGHT) * p.affinity());
        }
        if (lost <= 0 || negative <= 0) {
            return List.of();
        }
        double total = negative;
        return pairs.stream()
                .filter(p -> p.affinity() < 0)
                .sorted(Comparator.comparingDouble(p -> p.weight() * p.affinity()))
                .limit(MAX_CULPRITS)
                .map(p -> new Culprit("pair", p.label(), lost * (p.weight() + MIN_WEIGHT) * -p.affinity() / total,
                        String.format(Locale.ROOT, "affinity %.3f, weight %.1f %% of the mean, on %s", p.affinity(),
                                100 * (p.weight() + MIN_WEIGHT) / weights, p.hostId())))
                .toList();
    }
}
