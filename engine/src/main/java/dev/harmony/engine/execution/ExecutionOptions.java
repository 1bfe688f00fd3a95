package dev.harmony.engine.execution;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the executor runs a plan.
 *
 * @param limits         concurrency and wave size
 * @param retries        further attempts after a move fails while its VM stays on the source (0 = none)
 * @param retryDelay     wait before such an attempt
 * @param moveTimeout    a move still running after this long is cancelled and counted as failed
 * @param pollInterval   how often running tasks are polled
 * @param pauseOnFailure whether a failed move pauses the run (true) or the run goes on with the next move
 * @param actor          how audit entries name the executor
 * @param clock          wall clock for schedule windows
 */
public record ExecutionOptions(ExecutionLimits limits, int retries, Duration retryDelay, Duration moveTimeout,
        Duration pollInterval, boolean pauseOnFailure, String actor, Clock clock) {

    public static final String DEFAULT_ACTOR = "harmony-executor";

    public ExecutionOptions {
        Objects.requireNonNull(limits, "limits");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative, was " + retries);
        }
        positive(retryDelay, "retryDelay", true);
        positive(moveTimeout, "moveTimeout", false);
        positive(pollInterval, "pollInterval", false);
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("the executor's actor name must not be blank");
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** Default limits, one retry after 2 s, 30 min per move, 20 ms polls, pause on failure, system clock. */
    public static ExecutionOptions defaults() {
        return new ExecutionOptions(ExecutionLimits.defaults(), 1, Duration.ofSeconds(2), Duration.ofMinutes(30),
                Duration.ofMillis(20), true, DEFAULT_ACTOR, Clock.systemUTC());
    }

    public ExecutionOptions withLimits(ExecutionLimits l) {
        return new ExecutionOptions(l, retries, retryDelay, moveTimeout, pollInterval, pauseOnFailure, actor, clock);
    }

    public ExecutionOptions withRetries(int n, Duration delay) {
        return new ExecutionOptions(limits, n, delay, moveTimeout, pollInterval, pauseOnFailure, actor, clock);
    }

    public ExecutionOptions withMoveTimeout(Duration timeout) {
        return new ExecutionOptions(limits, retries, retryDelay, timeout, pollInterval, pauseOnFailure, actor, clock);
    }

    public ExecutionOptions withPollInterval(Duration interval) {
        return new ExecutionOptions(limits, retries, retryDelay, moveTimeout, interval, pauseOnFailure, actor, clock);
    }

    public ExecutionOptions withPauseOnFailure(boolean pause) {
        return new ExecutionOptions(limits, retries, retryDelay, moveTimeout, pollInterval, pause, actor, clock);
    }

    public ExecutionOptions withClock(Clock c) {
        return new ExecutionOptions(limits, retries, retryDelay, moveTimeout, pollInterval, pauseOnFailure, actor, c);
    }

    private static void positive(Duration d, String name, boolean zeroAllowed) {
        if (d == null || d.isNegative() || (!zeroAllowed && d.isZero())) {
            throw new IllegalArgumentException(name + " must be " + (zeroAllowed ? "zero or more" : "positive") + ", was " + d);
        }
    }
}
