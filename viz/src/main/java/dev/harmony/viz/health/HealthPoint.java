package dev.harmony.viz.health;

import java.time.Instant;
import java.util.Objects;

/**
 * The pool's index at one moment, for the history chart.
 *
 * @param at    the moment assessed (trace time in the demo lab)
 * @param index 0–100
 */
public record HealthPoint(Instant at, double index) {
    public HealthPoint {
        Objects.requireNonNull(at, "at");
    }
}
