package dev.harmony.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A regular series of one metric of one VM: value {@code i} covers
 * {@code [start + i·step, start + (i+1)·step)}. Missing intervals hold {@link Float#NaN}.
 *
 * @param vmId   the VM
 * @param metric the metric (unit: {@link Metric#unit()})
 * @param start  start of the first interval
 * @param step   interval length
 * @param values one value per interval, NaN where nothing was measured
 */
public record TimeSeries(String vmId, Metric metric, Instant start, Duration step, float[] values) {
    public TimeSeries {
        Ids.require(vmId, "vm id");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(start, "start");
        if (step == null || step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("step must be positive, was " + step);
        }
        values = values.clone();
    }

    /** A copy of the values; the record never hands out its own array. */
    @Override
    public float[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    public float valueAt(int index) {
        return values[index];
    }

    public Instant timeAt(int index) {
        return start.plus(step.multipliedBy(index));
    }

    /** End of the last interval (exclusive). */
    public Instant end() {
        return timeAt(values.length);
    }

    /** How many intervals hold a measured value. */
    public int presentCount() {
        int n = 0;
        for (float v : values) {
            if (!Float.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeries t && vmId.equals(t.vmId) && metric == t.metric
                && start.equals(t.start) && step.equals(t.step) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vmId, metric, start, step, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "TimeSeries[" + vmId + " " + metric + " from " + start + " step " + step + " n=" + values.length + "]";
    }
}
