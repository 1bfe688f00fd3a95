package dev.harmony.connectors.vcenter.perf;

import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Lays vCenter samples on the engine's regular grid. A vCenter timestamp marks the end of its
 * sample's interval; samples may come in any order (the simulator sends the newest first) and at
 * times not aligned to the step, so each lands in the grid cell that holds its interval's start.
 */
final class SeriesGrid {
    private final Instant start;
    private final Duration step;
    private final float[] values;

    /** A grid over {@code [from, to)}, its start rounded down to a whole step since the epoch. */
    SeriesGrid(Instant from, Instant to, Duration step) {
        long stepSeconds = step.toSeconds();
        this.start = Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), stepSeconds) * stepSeconds);
        this.step = step;
        long cells = Math.max(1, (Duration.between(start, to).toSeconds() + stepSeconds - 1) / stepSeconds);
        this.values = new float[Math.toIntExact(cells)];
        Arrays.fill(values, Float.NaN);
    }

    /** Puts a sample whose interval ended at {@code end}; a sample outside the grid is dropped. */
    void put(Instant end, double value) {
        long offset = Duration.between(start, end.minus(step)).toSeconds();
        if (offset < 0 || Double.isNaN(value)) {
            return;
        }
        long cell = offset / step.toSeconds();
        if (cell < values.length) {
            values[(int) cell] = (float) value;
        }
    }

    /** Start of the first cell. */
    Instant start() {
        return start;
    }

    /** Number of cells. */
    int size() {
        return values.length;
    }

    boolean isEmpty() {
        for (float v : values) {
            if (!Float.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    TimeSeries toSeries(String vmId, Metric metric) {
        return new TimeSeries(vmId, metric, start, step, values);
    }
}
