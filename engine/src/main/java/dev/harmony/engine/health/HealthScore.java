package dev.harmony.engine.health;

import java.util.List;

/**
 * A health index with its breakdown.
 *
 * @param index     0 (worst) to 100 (best): 100 · (1 − points lost / points of the assessed components)
 * @param breakdown one entry per component, in {@link HealthComponent} order
 */
public record HealthScore(double index, List<PointsLost> breakdown) {
    public HealthScore {
        if (!(index >= 0 && index <= 100)) {
            throw new IllegalArgumentException("index must be within [0, 100], was " + index);
        }
        breakdown = List.copyOf(breakdown);
    }

    /** The index from its components. */
    static HealthScore of(List<PointsLost> breakdown) {
        double lost = 0;
        double possible = 0;
        for (PointsLost p : breakdown) {
            if (p.assessed()) {
                lost += p.points();
                possible += p.maxPoints();
            }
        }
        double index = possible == 0 ? 100 : 100 * (1 - lost / possible);
        return new HealthScore(Math.max(0, Math.min(100, index)), breakdown);
    }

    public PointsLost component(HealthComponent component) {
        return breakdown.stream().filter(p -> p.component() == component).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + component + " in the breakdown"));
    }
}
