package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Consecutive windows of one length from an origin: window 0 is {@code [origin, origin + length)}.
 *
 * @param origin start of window 0, on the telemetry grid
 * @param length length of every window
 */
public record WindowGrid(Instant origin, Duration length) {
    public WindowGrid {
        Objects.requireNonNull(origin, "origin");
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("window length must be positive, was " + length);
        }
    }

    public Window window(int index) {
        return Window.of(origin.plus(length.multipliedBy(index)), length);
    }

    /** Windows {@code first..last}, both included, in time order. */
    public List<Window> windows(int first, int last) {
        if (first > last) {
            throw new IllegalArgumentException("window range " + first + ".." + last + " is empty");
        }
        List<Window> out = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            out.add(window(i));
        }
        return out;
    }

    /** How many whole windows fit between the origin and {@code end}. */
    public int countUntil(Instant end) {
        long n = Duration.between(origin, end).toNanos() / length.toNanos();
        return (int) Math.max(0, n);
    }
}
