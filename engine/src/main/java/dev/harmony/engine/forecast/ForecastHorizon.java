package dev.harmony.engine.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The intervals a forecast covers: {@code intervals} steps of the history's grid from {@code start}.
 *
 * @param start     start of the first forecast interval
 * @param intervals how many intervals, at least 1
 */
public record ForecastHorizon(Instant start, int intervals) {
    private static final long DAY_SECONDS = 86_400;

    public ForecastHorizon {
        Objects.requireNonNull(start, "start");
        if (intervals < 1) {
            throw new IllegalArgumentException("a horizon needs at least one interval, was " + intervals);
        }
    }

    /** The horizon that starts where the history ends and lasts {@code length}, rounded up to whole steps. */
    public static ForecastHorizon after(SeriesHistory history, Duration length) {
        long n = (length.getSeconds() + history.step().getSeconds() - 1) / history.step().getSeconds();
        return new ForecastHorizon(history.end(), Math.toIntExact(n));
    }

    /** Offset, in steps, of the horizon's start from the history's start; checks it lies on the grid, not before the end. */
    int offsetFrom(SeriesHistory history) {
        long seconds = Duration.between(history.start(), start).getSeconds();
        long step = history.step().getSeconds();
        if (seconds % step != 0) {
            throw new IllegalArgumentException("horizon start " + start + " is not on the history's " + step + " s grid");
        }
        if (start.isBefore(history.end())) {
            throw new IllegalArgumentException("horizon start " + start + " lies before the history's end " + history.end());
        }
        return Math.toIntExact(seconds / step);
    }

    /** Checks that a step is a whole number of seconds that divides a day, so hours and days fall on the grid. */
    static Duration requireDayStep(Duration step) {
        if (step == null || step.isNegative() || step.isZero() || step.getNano() != 0
                || DAY_SECONDS % step.getSeconds() != 0) {
            throw new IllegalArgumentException("step must be whole seconds that divide a day, was " + step);
        }
        return step;
    }
}
