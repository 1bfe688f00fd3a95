package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One host's simulated demand per resource and interval, migration overheads included, in the resource's
 * unit, with the capacity to turn it into utilisation. Immutable.
 */
public final class HostTimeline {
    private final String hostId;
    private final HostCapacity capacity;
    private final Instant start;
    private final Duration step;
    private final float[][] expected;
    private final float[][] p95;

    HostTimeline(String hostId, HostCapacity capacity, Instant start, Duration step, float[][] expected, float[][] p95) {
        this.hostId = Objects.requireNonNull(hostId, "hostId");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
        this.start = start;
        this.step = step;
        this.expected = expected;
        this.p95 = p95;
    }

    public String hostId() {
        return hostId;
    }

    public HostCapacity capacity() {
        return capacity;
    }

    public Instant start() {
        return start;
    }

    public Duration step() {
        return step;
    }

    public int intervals() {
        return expected[0].length;
    }

    /** Expected demand over capacity at interval t. */
    public double utilisation(Resource r, int t) {
        return expected[r.ordinal()][t] / capacity.of(r);
    }

    /** P95 demand over capacity at interval t. */
    public double p95Utilisation(Resource r, int t) {
        return p95[r.ordinal()][t] / capacity.of(r);
    }

    /** The highest expected utilisation of a resource over the horizon. */
    public double peakUtilisation(Resource r) {
        double peak = 0;
        for (float v : expected[r.ordinal()]) {
            peak = Math.max(peak, v);
        }
        return peak / capacity.of(r);
    }

    /** Mean expected utilisation of a resource over the horizon. */
    public double meanUtilisation(Resource r) {
        double sum = 0;
        for (float v : expected[r.ordinal()]) {
            sum += v;
        }
        return sum / expected[r.ordinal()].length / capacity.of(r);
    }
}
