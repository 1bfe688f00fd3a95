package dev.harmony.engine.affinity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open time range {@code [start, end)} over which affinity is measured.
 *
 * @param start first instant inside the window
 * @param end   first instant after it
 */
public record Window(Instant start, Instant end) {
    public Window {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("window must end after it starts: " + start + " .. " + end);
        }
    }

    public static Window of(Instant start, Duration length) {
        return new Window(start, start.plus(length));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** The window of the same length that ends where this one starts. */
    public Window previous() {
        return new Window(start.minus(length()), start);
    }
}
