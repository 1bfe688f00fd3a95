package dev.harmony.connectors.lab.connector;

import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.connector.TaskStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A simulated live migration. Its state follows the replay clock: it runs from its start for its
 * trace-time duration, then succeeds (the placement changes) or fails with a reason. The owning
 * {@link LabMigrations} guards every field with its lock.
 */
final class LabMigrationTask implements MigrationTask {
    private final LabMigrations owner;
    private final String id;
    private final String vmId;
    private final String sourceHostId;
    private final String targetHostId;
    private final long memoryMib;
    private final Instant start;
    private final Duration duration;
    /** Progress at which an injected fault strikes; above 1 when none will. */
    private final double failAt;
    private TaskState state = TaskState.RUNNING;
    private String message = "";
    private double finalProgress;

    LabMigrationTask(LabMigrations owner, String id, String vmId, String sourceHostId, String targetHostId,
            long memoryMib, Instant start, Duration duration, double failAt) {
        this.owner = owner;
        this.id = id;
        this.vmId = vmId;
        this.sourceHostId = sourceHostId;
        this.targetHostId = targetHostId;
        this.memoryMib = memoryMib;
        this.start = start;
        this.duration = duration;
        this.failAt = failAt;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String vmId() {
        return vmId;
    }

    @Override
    public String sourceHostId() {
        return sourceHostId;
    }

    @Override
    public String targetHostId() {
        return targetHostId;
    }

    long memoryMib() {
        return memoryMib;
    }

    Instant end() {
        return start.plus(duration);
    }

    double failAt() {
        return failAt;
    }

    @Override
    public TaskStatus status() {
        return owner.statusOf(this);
    }

    @Override
    public TaskStatus await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            TaskStatus s = status();
            long left = deadline - System.nanoTime();
            if (s.state().isFinal() || left <= 0) {
                return s;
            }
            long wait = owner.wallNanosUntilEnd(this);
            Thread.sleep(Math.max(1, Math.min(left, Math.min(wait, 50_000_000L)) / 1_000_000L));
        }
    }

    @Override
    public void cancel() {
        owner.cancel(this);
    }

    /** Progress at a trace instant, 0..1. */
    double progressAt(Instant now) {
        if (state.isFinal()) {
            return finalProgress;
        }
        double p = (double) Duration.between(start, now).toNanos() / duration.toNanos();
        return Math.max(0, Math.min(1, p));
    }

    /** Progress from which a cancel no longer stops the task: the switchover. */
    double pointOfNoReturn() {
        return 1 - (double) MigrationTiming.SWITCHOVER.toNanos() / duration.toNanos();
    }

    TaskState state() {
        return state;
    }

    String message() {
        return message;
    }

    void finish(TaskState finalState, double progress, String why) {
        state = finalState;
        finalProgress = progress;
        message = why;
    }

    @Override
    public String toString() {
        return "LabMigrationTask[" + id + " " + vmId + " " + sourceHostId + " -> " + targetHostId + " " + state + "]";
    }
}
