package dev.harmony.engine.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A forecast of one series: value {@code t} covers {@code [start + t·step, start + (t+1)·step)}.
 * NaN throughout when the history had no measured value. Where not NaN, {@code 0 ≤ p50 ≤ p95}.
 *
 * @param start start of the first interval
 * @param step  interval length
 * @param p50   median forecast per interval
 * @param p95   95th-percentile forecast per interval
 */
public record SeriesForecast(Instant start, Duration step, float[] p50, float[] p95) {
    public SeriesForecast {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(step, "step");
        p50 = p50.clone();
        p95 = p95.clone();
        if (p50.length != p95.length) {
            throw new IllegalArgumentException("p50 and p95 differ in length: " + p50.length + " vs " + p95.length);
        }
    }

    @Override
    public float[] p50() {
        return p50.clone();
    }

    @Override
    public float[] p95() {
        return p95.clone();
    }

    public int size() {
        return p50.length;
    }

    public float p50At(int t) {
        return p50[t];
    }

    public float p95At(int t) {
        return p95[t];
    }

    /** Whether the forecast holds numbers; false when the history held none. */
    public boolean known() {
        return p50.length > 0 && !Float.isNaN(p50[0]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesForecast f && start.equals(f.start) && step.equals(f.step)
                && Arrays.equals(p50, f.p50) && Arrays.equals(p95, f.p95);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, step, Arrays.hashCode(p50), Arrays.hashCode(p95));
    }

    @Override
    public String toString() {
        return "SeriesForecast[from " + start + " step " + step + " n=" + p50.length + "]";
    }
}
