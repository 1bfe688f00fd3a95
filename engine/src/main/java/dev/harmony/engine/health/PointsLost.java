package dev.harmony.engine.health;

import java.util.List;
import java.util.Objects;

/**
 * What one component of the index cost.
 *
 * @param component the component
 * @param points    points lost, in [0, maxPoints]
 * @param maxPoints the most it can cost
 * @param assessed  false when the input lacked what the component needs (no forecast, no co-located pair);
 *                  it then costs nothing and the index is scaled over the assessed components
 * @param measure   what the points were computed from, NaN when not assessed: for a host or VM its headroom
 *                  shortfall, contended share, utilisation above the pool mean or mean pair affinity; for
 *                  the pool the root mean square of the hosts' ramped headroom and contention values (0–1),
 *                  the utilisation spread, or the mean affinity of all pairs
 * @param culprits  the hosts, pairs or resources behind the points, largest first, at most ten
 */
public record PointsLost(HealthComponent component, double points, double maxPoints, boolean assessed, double measure,
                         List<Culprit> culprits) {
    public PointsLost {
        Objects.requireNonNull(component, "component");
        if (!(points >= 0 && points <= maxPoints + 1e-9)) {
            throw new IllegalArgumentException(component + ": points lost must be within [0, " + maxPoints + "], was " + points);
        }
        culprits = List.copyOf(culprits);
    }

    static PointsLost notAssessed(HealthComponent component, double maxPoints) {
        return new PointsLost(component, 0, maxPoints, false, Double.NaN, List.of());
    }
}
