package dev.harmony.engine.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One measured value of one metric of one VM at one instant.
 *
 * @param vmId   the VM measured
 * @param time   when it was measured
 * @param metric what was measured (its unit is {@link Metric#unit()})
 * @param value  the value, finite
 */
public record MetricSample(String vmId, Instant time, Metric metric, double value) {
    public MetricSample {
        Ids.require(vmId, "vm id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(metric, "metric");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("sample of " + vmId + " " + metric + " at " + time + " is not finite: " + value);
        }
    }
}
