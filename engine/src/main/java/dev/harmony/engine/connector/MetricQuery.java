package dev.harmony.engine.connector;

import dev.harmony.engine.model.Metric;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which telemetry to read.
 *
 * @param vmIds   the VMs; empty means every VM
 * @param metrics the metrics; empty means every metric the connector has
 * @param from    start of the window (inclusive)
 * @param to      end of the window (exclusive)
 */
public record MetricQuery(Set<String> vmIds, Set<Metric> metrics, Instant from, Instant to) {
    public MetricQuery {
        vmIds = Set.copyOf(vmIds);
        metrics = metrics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(metrics));
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("metric window must end after it starts: " + from + " .. " + to);
        }
    }

    /** Every metric of every VM over the window. */
    public static MetricQuery all(Instant from, Instant to) {
        return new MetricQuery(Set.of(), Set.of(), from, to);
    }

    public boolean includesVm(String vmId) {
        return vmIds.isEmpty() || vmIds.contains(vmId);
    }

    public boolean includesMetric(Metric metric) {
        return metrics.isEmpty() || metrics.contains(metric);
    }
}
