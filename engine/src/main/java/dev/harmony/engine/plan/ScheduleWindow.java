package dev.harmony.engine.plan;

import java.time.Instant;
import java.util.Objects;

/**
 * When moves may start: from {@code start} (inclusive) until {@code end} (exclusive). A move that
 * started before the end is allowed to finish.
 *
 * @param start first instant a move may start
 * @param end   instant after which no move starts
 */
public record ScheduleWindow(Instant start, Instant end) {
    public ScheduleWindow {
        Objects.requireNonNull(start, "window start");
        Objects.requireNonNull(end, "window end");
        if (!end.isAfter(start)) {
            throw new PlanValidationException("/end", "window must end after it starts: " + start + " .. " + end);
        }
    }

    public boolean isOpenAt(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
