package dev.harmony.engine.simulation;

import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.model.Placement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a simulation gives.
 *
 * @param start      start of the horizon
 * @param step       interval length
 * @param intervals  intervals simulated
 * @param hosts      per-host demand and utilisation over time, migration overheads included
 * @param contention contention events, by start
 * @param migrations every migration asked for or started, by request time
 * @param health     the health index per window, each report dated at its window's start
 * @param placement  where each VM runs at the horizon's end
 * @param summary    the figures runs are compared by
 */
public record SimulationResult(Instant start, Duration step, int intervals, List<HostTimeline> hosts,
                               List<ContentionEvent> contention, List<MigrationOutcome> migrations, List<HealthReport> health,
                               Placement placement, SimulationSummary summary) {
    public SimulationResult {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(step, "step");
        hosts = List.copyOf(hosts);
        contention = List.copyOf(contention);
        migrations = List.copyOf(migrations);
        health = List.copyOf(health);
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(summary, "summary");
    }

    public Instant end() {
        return start.plus(step.multipliedBy(intervals));
    }

    public HostTimeline host(String hostId) {
        return hosts.stream().filter(h -> h.hostId().equals(hostId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no host " + hostId + " in the simulation"));
    }
}
