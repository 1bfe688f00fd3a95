package dev.harmony.engine.execution;

/**
 * Requests to a running execution from other threads: pause, cancel, or the pause a failed move asks
 * for. The executor thread reads them between polls; the first reason given is the one reported.
 */
final class RunControl {
    private volatile boolean pause;
    private volatile boolean cancel;
    private volatile String pauseReason = "";
    private volatile String cancelActor = "";
    private volatile String cancelReason = "";

    synchronized void pause(String reason) {
        if (!pause) {
            pauseReason = reason;
            pause = true;
        }
    }

    synchronized void cancel(String actor, String reason) {
        if (!cancel) {
            cancelActor = actor;
            cancelReason = reason;
            cancel = true;
        }
    }

    boolean pauseRequested() {
        return pause;
    }

    boolean cancelRequested() {
        return cancel;
    }

    String pauseReason() {
        return pauseReason;
    }

    String cancelActor() {
        return cancelActor;
    }

    String cancelReason() {
        return cancelReason;
    }
}
