package dev.harmony.engine.replay;

import dev.harmony.engine.affinity.Resource;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a replay's contention came with: the VM-hours of {@link PolicyResult#contentionVmHours()} split by the
 * resource whose demand exceeded the contention level (a step where two resources did counts under both), and
 * those of them on a host that was sending or receiving a migration at the time (its overhead counts in the
 * host's demand, so a move can cause contention as well as end it).
 *
 * @param byResource       contention VM-hours per resource; every resource present
 * @param duringMigrations contention VM-hours on hosts with a migration in flight
 * @param episodes         where and when: each run of contended steps on one host, in the order they began
 */
public record ContentionCauses(Map<Resource, Double> byResource, double duringMigrations, List<ContentionEpisode> episodes) {
    public ContentionCauses {
        byResource = Map.copyOf(Objects.requireNonNull(byResource, "byResource"));
        episodes = List.copyOf(Objects.requireNonNull(episodes, "episodes"));
        for (Resource r : Resource.values()) {
            if (!byResource.containsKey(r)) {
                throw new IllegalArgumentException("no contention figure for " + r);
            }
        }
    }

    /** Contention split by resource and migrations, without its episodes. */
    public ContentionCauses(Map<Resource, Double> byResource, double duringMigrations) {
        this(byResource, duringMigrations, List.of());
    }

    /**
     * These causes and another run's together. Episodes are not carried over: runs on different datacenters share
     * host names, so their episodes stay with each run's own result.
     */
    public ContentionCauses plus(ContentionCauses other) {
        Map<Resource, Double> sum = new EnumMap<>(Resource.class);
        for (Resource r : Resource.values()) {
            sum.put(r, byResource.get(r) + other.byResource.get(r));
        }
        return new ContentionCauses(sum, duringMigrations + other.duringMigrations);
    }
}
