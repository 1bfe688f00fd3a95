package dev.harmony.connectors.lab.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Trace time for a replay: starts at a chosen trace instant and advances {@code speed} times as fast
 * as the wall clock, stays put while paused, and stops at the end of the trace. The wall clock is
 * injected so tests can move it by hand. Thread-safe.
 */
public final class ReplayClock {
    private final Clock wall;
    private final Instant traceStart;
    private final Instant traceEnd;
    private double speed;
    private boolean paused;
    /** Trace time at {@link #anchorWall}; changing speed, pausing or seeking re-anchors. */
    private Instant anchorTrace;
    private Instant anchorWall;

    /**
     * @param wall       the wall clock
     * @param traceStart first instant of the trace
     * @param traceEnd   last instant of the trace; the clock never passes it
     * @param startAt    trace instant the replay starts at, within start..end
     * @param speed      trace seconds per wall second, e.g. 1, 60 or 3600
     */
    public ReplayClock(Clock wall, Instant traceStart, Instant traceEnd, Instant startAt, double speed) {
        this.wall = Objects.requireNonNull(wall, "wall");
        this.traceStart = Objects.requireNonNull(traceStart, "traceStart");
        this.traceEnd = Objects.requireNonNull(traceEnd, "traceEnd");
        if (traceEnd.isBefore(traceStart)) {
            throw new IllegalArgumentException("trace ends (" + traceEnd + ") before it starts (" + traceStart + ")");
        }
        this.speed = checkSpeed(speed);
        this.anchorTrace = checkWithin(startAt);
        this.anchorWall = wall.instant();
    }

    /** The trace instant now. */
    public synchronized Instant now() {
        if (paused) {
            return anchorTrace;
        }
        long wallNanos = Duration.between(anchorWall, wall.instant()).toNanos();
        Instant t = anchorTrace.plusNanos((long) (wallNanos * speed));
        return t.isAfter(traceEnd) ? traceEnd : t;
    }

    public synchronized double speed() {
        return speed;
    }

    /** Changes the speed from now on; trace time reached so far is kept. */
    public synchronized void setSpeed(double newSpeed) {
        checkSpeed(newSpeed);
        reanchor();
        speed = newSpeed;
    }

    public synchronized void pause() {
        reanchor();
        paused = true;
    }

    public synchronized void resume() {
        if (paused) {
            anchorWall = wall.instant();
            paused = false;
        }
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** Jumps to a trace instant, keeping the paused state. */
    public synchronized void seek(Instant traceInstant) {
        anchorTrace = checkWithin(traceInstant);
        anchorWall = wall.instant();
    }

    /** Whether trace time has reached the end of the trace. */
    public synchronized boolean isFinished() {
        return !now().isBefore(traceEnd);
    }

    public Instant traceStart() {
        return traceStart;
    }

    public Instant traceEnd() {
        return traceEnd;
    }

    /** How long a span of trace time takes in wall time at the current speed. */
    public synchronized Duration wallDurationOf(Duration traceSpan) {
        return Duration.ofNanos((long) Math.ceil(traceSpan.toNanos() / speed));
    }

    private void reanchor() {
        anchorTrace = now();
        anchorWall = wall.instant();
    }

    private Instant checkWithin(Instant t) {
        Objects.requireNonNull(t, "trace instant");
        if (t.isBefore(traceStart) || t.isAfter(traceEnd)) {
            throw new IllegalArgumentException("trace instant " + t + " is outside the trace " + traceStart + " .. " + traceEnd);
        }
        return t;
    }

    private static double checkSpeed(double s) {
        if (!(s > 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException("speed must be positive and finite, was " + s);
        }
        return s;
    }
}
