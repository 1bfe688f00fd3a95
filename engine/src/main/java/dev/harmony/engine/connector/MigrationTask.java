package dev.harmony.engine.connector;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A migration the outside system is carrying out. The executor polls or awaits it and then
 * reads the VM's actual host back with {@link Connector#currentHost(String)}.
 */
public interface MigrationTask {

    /** The outside system's task id (vCenter task key, Nova migration id, lab task id). */
    String id();

    String vmId();

    String sourceHostId();

    String targetHostId();

    /** The current status, read now. */
    TaskStatus status();

    /**
     * Waits until the task ends or the timeout passes, whichever comes first.
     *
     * @return the status at return; not final when the timeout passed
     */
    TaskStatus await(Duration timeout) throws InterruptedException;

    /** Asks the outside system to cancel; a task already past its point of no return still finishes. */
    void cancel();

    /**
     * Polls {@code status} until it is final or {@code timeout} has passed, waiting {@code firstPause} after the
     * first read and doubling the pause up to {@code maxPause}: for connectors whose system has no push.
     *
     * @return the status at return; not final when the timeout passed
     */
    static TaskStatus pollUntilFinal(Supplier<TaskStatus> status, Duration timeout, Duration firstPause, Duration maxPause)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = firstPause;
        while (true) {
            TaskStatus now = status.get();
            long left = deadline - System.nanoTime();
            if (now.state().isFinal() || left <= 0) {
                return now;
            }
            Thread.sleep(Math.max(1, Math.min(pause.toMillis(), left / 1_000_000)));
            Duration doubled = pause.multipliedBy(2);
            pause = doubled.compareTo(maxPause) > 0 ? maxPause : doubled;
        }
    }
}
