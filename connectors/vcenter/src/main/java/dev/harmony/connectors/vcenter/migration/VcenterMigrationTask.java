package dev.harmony.connectors.vcenter.migration;

import com.vmware.vim25.LocalizedMethodFault;
import com.vmware.vim25.ManagedObjectNotFound;
import com.vmware.vim25.ManagedObjectReference;
import com.vmware.vim25.RequestCanceled;
import com.vmware.vim25.TaskInfoState;
import dev.harmony.connectors.vcenter.session.Faults;
import dev.harmony.connectors.vcenter.session.ObjectProperties;
import dev.harmony.connectors.vcenter.session.PropertyQuery;
import dev.harmony.connectors.vcenter.session.VcenterSession;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.connector.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A vMotion as vCenter's task reports it. Each {@link #status()} reads the task afresh; a task
 * vCenter no longer knows (it restarted, or dropped old tasks) reads as failed with that reason,
 * and the VM's host must be read back to learn where the VM ended up.
 */
final class VcenterMigrationTask implements MigrationTask {
    private static final PropertyQuery INFO = new PropertyQuery()
            .type("Task", "info.state", "info.progress", "info.error", "info.entity");
    private static final Duration FIRST_POLL = Duration.ofMillis(200);
    private static final Duration MAX_POLL = Duration.ofSeconds(2);

    private final VcenterSession session;
    private final Clock clock;
    private final ManagedObjectReference task;
    private final String vmId;
    private final String sourceHostId;
    private final String targetHostId;

    VcenterMigrationTask(VcenterSession session, Clock clock, ManagedObjectReference task, String vmId,
            String sourceHostId, String targetHostId) {
        this.session = session;
        this.clock = clock;
        this.task = task;
        this.vmId = vmId;
        this.sourceHostId = sourceHostId;
        this.targetHostId = targetHostId;
    }

    @Override
    public String id() {
        return task.getVal();
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

    @Override
    public TaskStatus status() {
        List<ObjectProperties> info;
        try {
            info = session.call("reading task " + task.getVal(), (vim, content) -> INFO.of(vim, content, List.of(task)));
        } catch (ConnectorException e) {
            if (e.getCause() instanceof ManagedObjectNotFound) {
                return gone();
            }
            throw e;
        }
        if (info.isEmpty()) {
            return gone();
        }
        ObjectProperties p = info.get(0);
        ManagedObjectReference entity = p.reference("info.entity");
        if (entity != null && !entity.getVal().equals(vmId)) {
            // After a vCenter restart the same task id may name another task.
            return gone();
        }
        TaskInfoState state = p.get("info.state", TaskInfoState.class);
        double progress = Math.min(100, Math.max(0, p.number("info.progress", 0))) / 100.0;
        if (state == TaskInfoState.success) {
            return new TaskStatus(TaskState.SUCCEEDED, 1, "", clock.instant());
        }
        if (state == TaskInfoState.error) {
            LocalizedMethodFault error = p.get("info.error", LocalizedMethodFault.class);
            boolean cancelled = error != null && error.getFault() instanceof RequestCanceled;
            return new TaskStatus(cancelled ? TaskState.CANCELLED : TaskState.FAILED, progress, Faults.describe(error), clock.instant());
        }
        return new TaskStatus(state == TaskInfoState.running ? TaskState.RUNNING : TaskState.QUEUED, progress, "", clock.instant());
    }

    private TaskStatus gone() {
        return new TaskStatus(TaskState.FAILED, 0, "vCenter " + session.endpoint() + " no longer knows task " + task.getVal()
                + " (was vCenter restarted?); read the VM's host to learn where " + vmId + " is", clock.instant());
    }

    @Override
    public TaskStatus await(Duration timeout) throws InterruptedException {
        return MigrationTask.pollUntilFinal(this::status, timeout, FIRST_POLL, MAX_POLL);
    }

    @Override
    public void cancel() {
        try {
            session.callOnce("cancelling task " + task.getVal(), (vim, content) -> {
                vim.cancelTask(task);
                return null;
            });
        } catch (ConnectorException e) {
            // A task already finished cannot be cancelled; its status says how it ended.
            if (!(e.getCause() instanceof com.vmware.vim25.InvalidState)) {
                throw e;
            }
        }
    }

    @Override
    public String toString() {
        return "vMotion " + task.getVal() + " of " + vmId + " " + sourceHostId + " -> " + targetHostId;
    }
}
