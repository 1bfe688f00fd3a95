package dev.harmony.engine.health;

import dev.harmony.engine.affinity.Resource;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Points and levels of the health index ({@code docs/decisions/0004-health-index.md}).
 *
 * @param maxPoints           points each component can cost; they sum to 100
 * @param resourceWeights     weight of each resource in balance and in VM load shares, not all 0
 * @param headroomTarget      P95 utilisation at which headroom starts to cost points, in (0, 1)
 * @param contentionLevel     utilisation above which an interval counts as contended, in (0, 1]
 * @param contentionFullShare share of contended intervals that costs a contention component's every point, in (0, 1]
 * @param balanceFrom         weighted spread of host utilisation at which balance starts to cost points
 * @param balanceTo           spread that costs every balance point, above {@code balanceFrom}
 * @param affinityNeutral     mean pair affinity at or above which affinity costs nothing, in [-1, 1]
 * @param affinityWorst       mean pair affinity at or below which affinity costs every point, below {@code affinityNeutral}
 * @param diskKibps           disk throughput the input builders give each host, in KiB/s, as the inventory has no such figure
 */
public record HealthOptions(Map<HealthComponent, Double> maxPoints, Map<Resource, Double> resourceWeights,
                            double headroomTarget, double contentionLevel, double contentionFullShare,
                            double balanceFrom, double balanceTo, double affinityNeutral, double affinityWorst,
                            double diskKibps) {
    public HealthOptions {
        maxPoints = Collections.unmodifiableMap(new EnumMap<>(maxPoints));
        resourceWeights = Collections.unmodifiableMap(new EnumMap<>(resourceWeights));
        if (maxPoints.size() != HealthComponent.values().length
                || Math.abs(maxPoints.values().stream().mapToDouble(Double::doubleValue).sum() - 100) > 1e-9
                || maxPoints.values().stream().anyMatch(p -> !(p >= 0))) {
            throw new IllegalArgumentException("every component needs points of at least 0, summing to 100: " + maxPoints);
        }
        if (resourceWeights.size() != Resource.values().length || resourceWeights.values().stream().anyMatch(w -> !(w >= 0))
                || resourceWeights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException("every resource needs a weight of at least 0, not all 0: " + resourceWeights);
        }
        require(headroomTarget > 0 && headroomTarget < 1, "headroomTarget must be within (0, 1)", headroomTarget);
        require(contentionLevel > 0 && contentionLevel <= 1, "contentionLevel must be within (0, 1]", contentionLevel);
        require(contentionFullShare > 0 && contentionFullShare <= 1, "contentionFullShare must be within (0, 1]", contentionFullShare);
        require(balanceFrom >= 0 && balanceTo > balanceFrom, "balanceTo must exceed balanceFrom ≥ 0", balanceTo);
        require(affinityNeutral <= 1 && affinityWorst >= -1 && affinityWorst < affinityNeutral,
                "need -1 ≤ affinityWorst < affinityNeutral ≤ 1", affinityWorst);
        require(diskKibps > 0 && !Double.isInfinite(diskKibps), "diskKibps must be positive", diskKibps);
    }

    /** The defaults of ADR 0004. */
    public static HealthOptions defaults() {
        Map<HealthComponent, Double> points = new EnumMap<>(HealthComponent.class);
        points.put(HealthComponent.HEADROOM, 25.0);
        points.put(HealthComponent.REALIZED_CONTENTION, 15.0);
        points.put(HealthComponent.PREDICTED_CONTENTION, 15.0);
        points.put(HealthComponent.BALANCE, 15.0);
        points.put(HealthComponent.AFFINITY, 30.0);
        Map<Resource, Double> weights = new EnumMap<>(Resource.class);
        weights.put(Resource.CPU, 0.4);
        weights.put(Resource.MEMORY, 0.3);
        weights.put(Resource.DISK, 0.15);
        weights.put(Resource.NETWORK, 0.15);
        return new HealthOptions(points, weights, 0.7, 0.9, 0.1, 0.05, 0.25, 0.05, -0.25, 1_000_000);
    }

    public double points(HealthComponent component) {
        return maxPoints.get(component);
    }

    public double weight(Resource resource) {
        return resourceWeights.get(resource);
    }

    private static void require(boolean ok, String message, double value) {
        if (!ok) {
            throw new IllegalArgumentException(message + ", was " + value);
        }
    }
}
