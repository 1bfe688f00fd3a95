package dev.harmony.connectors.openstack.metrics;

import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The regular grid a query's window is cut into: interval {@code i} covers
 * {@code [from + i·step, from + (i+1)·step)}, and a value measured over an interval lands in its slot.
 */
final class SeriesGrid {
    private final Instant from;
    private final Duration step;
    private final int size;

    SeriesGrid(Instant from, Instant to, Duration step) {
        this.from = from;
        this.step = step;
        long span = Duration.between(from, to).toMillis();
        this.size = (int) Math.max(1, (span + step.toMillis() - 1) / step.toMillis());
    }

    int size() {
        return size;
    }

    Instant from() {
        return from;
    }

    /** The end of the last interval. */
    Instant end() {
        return from.plus(step.multipliedBy(size));
    }

    /** The slot of the interval that starts at {@code start}, or -1 outside the grid. */
    int slotStartingAt(Instant start) {
        long offset = Duration.between(from, start).toMillis();
        long slot = Math.floorDiv(offset + step.toMillis() / 2, step.toMillis());
        return slot < 0 || slot >= size ? -1 : (int) slot;
    }

    float[] empty() {
        float[] values = new float[size];
        Arrays.fill(values, Float.NaN);
        return values;
    }

    TimeSeries series(String vmId, Metric metric, float[] values) {
        return new TimeSeries(vmId, metric, from, step, values);
    }
}
