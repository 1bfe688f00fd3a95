package dev.harmony.engine.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * A migration task's state at one moment.
 *
 * @param state     where the task is
 * @param progress  0..1
 * @param message   what the outside system said (empty when nothing); the reason on failure
 * @param updatedAt when this status was read
 */
public record TaskStatus(TaskState state, double progress, String message, Instant updatedAt) {
    public TaskStatus {
        Objects.requireNonNull(state, "state");
        if (!(progress >= 0 && progress <= 1)) {
            throw new IllegalArgumentException("progress must be within 0..1, was " + progress);
        }
        message = message == null ? "" : message;
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
