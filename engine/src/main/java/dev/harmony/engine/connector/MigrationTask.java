package dev.harmony.engine.connector;

import java.time.Duration;

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
}
