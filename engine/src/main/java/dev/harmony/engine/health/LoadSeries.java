package dev.harmony.engine.health;

import dev.harmony.engine.affinity.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One host's demand over a window, per {@link Resource} and interval, in the resource's unit: the expected
 * value (measured, or the forecast median) and the P95 (equal to it when measured). Immutable.
 */
public final class LoadSeries {
    private final Instant start;
    private final Duration step;
    private final float[][] expected;
    private final float[][] p95;

    /**
     * @param expected [resource ordinal][interval], no NaN
     * @param p95      same shape, each value at least the expected one
     */
    public LoadSeries(Instant start, Duration step, float[][] expected, float[][] p95) {
        this.start = Objects.requireNonNull(start, "start");
        this.step = Objects.requireNonNull(step, "step");
        this.expected = copy(expected, "expected");
        this.p95 = copy(p95, "p95");
        for (int r = 0; r < this.expected.length; r++) {
            if (this.p95[r].length != this.expected[r].length || this.expected[r].length != this.expected[0].length) {
                throw new IllegalArgumentException("expected and p95 series must all have one length");
            }
            for (int t = 0; t < this.expected[r].length; t++) {
                if (Float.isNaN(this.expected[r][t]) || !(this.p95[r][t] >= this.expected[r][t])) {
                    throw new IllegalArgumentException("interval " + t + " of " + Resource.values()[r]
                            + ": expected must be a number and p95 at least it, were " + this.expected[r][t] + ", " + this.p95[r][t]);
                }
            }
        }
    }

    /** A measured load: P95 and expected are the same values. */
    public static LoadSeries measured(Instant start, Duration step, float[][] values) {
        return new LoadSeries(start, step, values, values);
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

    public float expected(Resource resource, int t) {
        return expected[resource.ordinal()][t];
    }

    public float p95(Resource resource, int t) {
        return p95[resource.ordinal()][t];
    }

    /** Mean expected demand over the window. */
    public double meanExpected(Resource resource) {
        double sum = 0;
        for (float v : expected[resource.ordinal()]) {
            sum += v;
        }
        return intervals() == 0 ? 0 : sum / intervals();
    }

    /** Nearest-rank 95th percentile, over the window's intervals, of the P95 series. */
    public double p95OverWindow(Resource resource) {
        float[] sorted = p95[resource.ordinal()].clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(0.95 * sorted.length) - 1)];
    }

    /** Share of intervals whose expected ({@code peak} false) or P95 ({@code peak} true) demand exceeds {@code level}. */
    public double shareAbove(Resource resource, double level, boolean peak) {
        float[] v = (peak ? p95 : expected)[resource.ordinal()];
        int above = 0;
        for (float x : v) {
            above += x > level ? 1 : 0;
        }
        return v.length == 0 ? 0 : (double) above / v.length;
    }

    private static float[][] copy(float[][] values, String what) {
        if (values == null || values.length != Resource.values().length) {
            throw new IllegalArgumentException(what + " needs one series per resource");
        }
        float[][] out = new float[values.length][];
        for (int r = 0; r < values.length; r++) {
            out[r] = Objects.requireNonNull(values[r], what).clone();
        }
        return out;
    }
}
