package dev.harmony.app.workstation.training;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A stop request shared by the FX thread (which asks) and a background task (which checks between steps). */
public final class Cancellation {
    private final AtomicBoolean requested = new AtomicBoolean();

    public void request() {
        requested.set(true);
    }

    public boolean requested() {
        return requested.get();
    }

    /** Ends the task by throwing when a stop was asked for; called between epochs or steps. */
    public void check() {
        if (requested.get()) {
            throw new CancellationException("stopped on request");
        }
    }
}
