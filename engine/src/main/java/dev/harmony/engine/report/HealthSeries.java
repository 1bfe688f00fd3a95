package dev.harmony.engine.report;

import java.time.Instant;
import java.util.List;

/**
 * The pool health index (0..100) over the simulated horizon, one value per health window.
 *
 * @param at     the start of each window
 * @param values the index of each window, as many as {@code at}
 */
public record HealthSeries(List<Instant> at, List<Double> values) {
    public HealthSeries {
        at = List.copyOf(at);
        values = List.copyOf(values);
        if (at.size() != values.size() || values.isEmpty()) {
            throw new IllegalArgumentException("a health series needs one value per window and at least one, had "
                    + at.size() + " windows and " + values.size() + " values");
        }
    }

    public double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double mean() {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    public double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
