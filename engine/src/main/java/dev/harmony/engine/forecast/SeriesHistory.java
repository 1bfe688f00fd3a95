package dev.harmony.engine.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The past of one demand series: value {@code t} covers {@code [start + t·step, start + (t+1)·step)},
 * NaN where nothing was measured. Infinite values count as missing.
 *
 * @param start  start of the first interval
 * @param step   interval length; a whole number of seconds that divides a day
 * @param values one value per interval
 */
public record SeriesHistory(Instant start, Duration step, float[] values) {
    public SeriesHistory {
        Objects.requireNonNull(start, "start");
        ForecastHorizon.requireDayStep(step);
        values = Objects.requireNonNull(values, "values").clone();
        for (int t = 0; t < values.length; t++) {
            if (Float.isInfinite(values[t])) {
                values[t] = Float.NaN;
            }
        }
    }

    /** A copy of the values; the record never hands out its own array. */
    @Override
    public float[] values() {
        return values.clone();
    }

    /** The record's own array, for the forecasters in this package, which only read it. */
    float[] raw() {
        return values;
    }

    public int size() {
        return values.length;
    }

    /** End of the last interval (exclusive). */
    public Instant end() {
        return start.plus(step.multipliedBy(values.length));
    }

    /** The intervals {@code [from, to)} of this history, as a history of their own. */
    public SeriesHistory slice(int from, int to) {
        if (from < 0 || to > values.length || from > to) {
            throw new IllegalArgumentException("slice " + from + ".." + to + " is outside 0.." + values.length);
        }
        return new SeriesHistory(start.plus(step.multipliedBy(from)), step, Arrays.copyOfRange(values, from, to));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesHistory h && start.equals(h.start) && step.equals(h.step) && Arrays.equals(values, h.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, step, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "SeriesHistory[from " + start + " step " + step + " n=" + values.length + "]";
    }
}
