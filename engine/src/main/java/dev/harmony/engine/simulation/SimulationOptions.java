package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.health.HealthOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * How a simulation runs.
 *
 * @param migration   migration cost and scheduling
 * @param reactive    the reactive balancer and its migration threshold
 * @param health      the health index settings; its contention level also marks contention events
 * @param affinity    realized-affinity settings for the health index's affinity component
 * @param healthEvery length of the windows the health index is assessed over, a whole number of steps
 * @param memoryFill  share of a host's memory that provisioned VMs may take when choosing a target, in (0, 1]
 */
public record SimulationOptions(MigrationOptions migration, ReactivePolicy reactive, HealthOptions health,
                                AffinityOptions affinity, Duration healthEvery, double memoryFill) {
    public SimulationOptions {
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(reactive, "reactive");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(affinity, "affinity");
        if (healthEvery == null || healthEvery.isZero() || healthEvery.isNegative()) {
            throw new IllegalArgumentException("healthEvery must be positive, was " + healthEvery);
        }
        if (!(memoryFill > 0 && memoryFill <= 1)) {
            throw new IllegalArgumentException("memoryFill must be within (0, 1], was " + memoryFill);
        }
    }

    /** Default migrations, the reactive balancer at 80 %, default health, daily health windows, 90 % memory fill. */
    public static SimulationOptions defaults() {
        return new SimulationOptions(MigrationOptions.defaults(), ReactivePolicy.defaults(), HealthOptions.defaults(),
                AffinityOptions.defaults(), Duration.ofDays(1), 0.9);
    }

    public SimulationOptions withReactive(ReactivePolicy policy) {
        return new SimulationOptions(migration, policy, health, affinity, healthEvery, memoryFill);
    }

    public SimulationOptions withHealthEvery(Duration every) {
        return new SimulationOptions(migration, reactive, health, affinity, every, memoryFill);
    }

    public SimulationOptions withMigration(MigrationOptions options) {
        return new SimulationOptions(options, reactive, health, affinity, healthEvery, memoryFill);
    }
}
