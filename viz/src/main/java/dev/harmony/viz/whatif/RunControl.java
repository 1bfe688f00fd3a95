package dev.harmony.viz.whatif;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run's link between the background work and the window: progress goes one way, cancellation the
 * other. Thread-safe; the progress listener is called on the worker's thread.
 */
public final class RunControl {
    /** Receives progress as a share of the whole run (0–1) and a line saying what is being done. */
    public interface ProgressListener {
        void progress(double done, String doing);
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ProgressListener listener;
    private final double offset;
    private final double share;
    private final RunControl parent;

    public RunControl(ProgressListener listener) {
        this(listener, 0, 1, null);
    }

    private RunControl(ProgressListener listener, double offset, double share, RunControl parent) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.offset = offset;
        this.share = share;
        this.parent = parent;
    }

    /** The part of this run from {@code from} to {@code to} (shares of it), for one of several scenarios in a row. */
    public RunControl part(double from, double to) {
        return new RunControl(listener, offset + from * share, (to - from) * share, this);
    }

    /** Reports progress as a share of this (part of the) run. */
    public void progress(double done, String doing) {
        listener.progress(offset + Math.max(0, Math.min(1, done)) * share, doing);
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get() || parent != null && parent.isCancelled();
    }

    /** Throws when the run was cancelled, so the worker stops at the next stage. */
    public void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("the what-if run was cancelled");
        }
    }
}
