package dev.harmony.connectors.openstack.migration;

import dev.harmony.connectors.openstack.compute.ComputeApi;
import dev.harmony.connectors.openstack.compute.Migration;
import dev.harmony.connectors.openstack.http.ApiException;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.connector.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A live migration as Nova records it in {@code os-migrations}. Each {@link #status()} reads Nova
 * afresh; the migration counts as done only when Nova says {@code completed} and the server is
 * ACTIVE on the target. Its id is the request id Nova gave the {@code os-migrateLive} call.
 */
final class NovaMigrationTask implements MigrationTask {
    private static final Duration FIRST_POLL = Duration.ofMillis(250);
    private static final Duration MAX_POLL = Duration.ofSeconds(2);

    private final ComputeApi compute;
    private final NovaMigrations migrations;
    private final Clock clock;
    private final String serverId;
    private final String serverName;
    private final String source;
    private final String target;
    private final long before;
    private final String requestId;

    NovaMigrationTask(ComputeApi compute, NovaMigrations migrations, Clock clock, String serverId, String serverName, String source,
            String target, long before, String requestId) {
        this.compute = compute;
        this.migrations = migrations;
        this.clock = clock;
        this.serverId = serverId;
        this.serverName = serverName;
        this.source = source;
        this.target = target;
        this.before = before;
        this.requestId = requestId;
    }

    @Override
    public String id() {
        return requestId.isBlank() ? "live-migration of " + serverId : requestId;
    }

    @Override
    public String vmId() {
        return serverId;
    }

    @Override
    public String sourceHostId() {
        return source;
    }

    @Override
    public String targetHostId() {
        return target;
    }

    @Override
    public TaskStatus status() {
        Optional<Migration> found = migrations.newest(serverId, before);
        if (found.isEmpty()) {
            return at(TaskState.QUEUED, 0, "Nova has not recorded the migration yet");
        }
        Migration m = found.get();
        return switch (m.status()) {
            case "accepted", "queued", "pre-migrating", "preparing" -> at(TaskState.QUEUED, 0.1, "migration " + m.id() + " is " + m.status());
            case "running", "post-migrating" -> at(TaskState.RUNNING, m.status().equals("running") ? 0.5 : 0.9,
                    "migration " + m.id() + " is " + m.status());
            case "completed", "finished", "confirmed", "done" -> completed(m);
            case "cancelled" -> at(TaskState.CANCELLED, 0, "migration " + m.id() + " of " + who() + " was cancelled");
            case "error", "failed" -> failed(m);
            default -> at(TaskState.RUNNING, 0.5, "migration " + m.id() + " is " + m.status());
        };
    }

    private TaskStatus completed(Migration m) {
        String[] hostAndStatus = serverHostAndStatus();
        if (target.equals(hostAndStatus[0]) && "ACTIVE".equals(hostAndStatus[1])) {
            return at(TaskState.SUCCEEDED, 1, "");
        }
        if (target.equals(hostAndStatus[0])) {
            return at(TaskState.RUNNING, 0.95, "migration " + m.id() + " completed; server is " + hostAndStatus[1]);
        }
        return at(TaskState.FAILED, 0, "Nova reports migration " + m.id() + " of " + who() + " completed, but the server runs on "
                + hostAndStatus[0] + ", not on " + target);
    }

    private TaskStatus failed(Migration m) {
        String reason = migrations.failureReason(serverId, requestId);
        return at(TaskState.FAILED, 0, "Nova's live migration " + m.id() + " of " + who() + " from " + source + " to " + target
                + " ended in status " + m.status() + (reason.isBlank() ? "" : ": " + reason));
    }

    /** The server's host and status, read now. */
    private String[] serverHostAndStatus() {
        var body = compute.get("reading server " + serverId, "/servers/" + serverId, null).body().path("server");
        return new String[] {body.path("OS-EXT-SRV-ATTR:host").asText(""), body.path("status").asText("")};
    }

    private String who() {
        return "server " + serverName + " (" + serverId + ")";
    }

    private TaskStatus at(TaskState state, double progress, String message) {
        return new TaskStatus(state, progress, message, clock.instant());
    }

    @Override
    public TaskStatus await(Duration timeout) throws InterruptedException {
        return MigrationTask.pollUntilFinal(this::status, timeout, FIRST_POLL, MAX_POLL);
    }

    /** Asks Nova to abort the running live migration (Compute API 2.24+); one already ended is left alone. */
    @Override
    public void cancel() {
        Optional<Migration> m = migrations.newest(serverId, before);
        if (m.isEmpty() || !m.get().status().equals("running")) {
            return;
        }
        try {
            compute.delete("aborting migration " + m.get().id() + " of " + who(), "/servers/" + serverId + "/migrations/" + m.get().id(),
                    dev.harmony.connectors.openstack.compute.Microversion.of("2.24"));
        } catch (ApiException e) {
            if (e.status() != 400 && e.status() != 404) {
                throw e;
            }
        }
    }

    @Override
    public String toString() {
        return "live migration " + id() + " of " + serverId + " " + source + " -> " + target;
    }
}
