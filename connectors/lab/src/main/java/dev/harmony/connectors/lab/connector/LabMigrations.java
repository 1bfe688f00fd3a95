package dev.harmony.connectors.lab.connector;

import dev.harmony.connectors.lab.replay.ReplayClock;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.connector.TaskStatus;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The lab's mutable state: hosts (their maintenance flags), the placement and migrations in flight.
 * Every read first settles the migrations whose trace time has come, so the placement is always the
 * one at the replay clock's now. One lock guards it all. With a state file, the placement, maintenance
 * flags and completed migrations are restored from it and saved to it whenever they change.
 */
final class LabMigrations {
    private final Object lock = new Object();
    private final String connector;
    private final ReplayClock clock;
    private final Map<String, Vm> vms = new LinkedHashMap<>();
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final Map<String, ExcludedVms> exclusions = new LinkedHashMap<>();
    private final Map<String, LabMigrationTask> running = new LinkedHashMap<>();
    private final double failureRate;
    private final long seed;
    private final LabStateFile stateFile;
    private final List<LabStateFile.Migration> completed = new ArrayList<>();
    private Placement placement;
    private int taskCount;

    /** @param stateFile where the state survives the process; null to keep it in memory only */
    LabMigrations(String connector, ReplayClock clock, List<Vm> vms, List<Host> hosts, Placement placement,
            List<ExcludedVms> exclusions, double failureRate, long seed, LabStateFile stateFile) {
        this.connector = connector;
        this.clock = clock;
        vms.forEach(vm -> this.vms.put(vm.id(), vm));
        hosts.forEach(h -> this.hosts.put(h.id(), h));
        exclusions.forEach(e -> e.vmIds().forEach(vm -> this.exclusions.put(vm, e)));
        this.placement = placement;
        this.failureRate = failureRate;
        this.seed = seed;
        this.stateFile = stateFile;
        if (stateFile != null) {
            stateFile.load(connector).ifPresentOrElse(this::restore, this::save);
        }
    }

    /** Takes over a saved state after checking it names exactly this lab's VMs and hosts. */
    private void restore(LabStateFile.State saved) {
        String where = "the state file " + stateFile.path() + " does not fit " + connector + ": ";
        if (!saved.placement().keySet().equals(vms.keySet())) {
            throw new ConnectorException(where + "it places " + saved.placement().size() + " VMs, the lab has " + vms.size()
                    + " (was it written for other lab options?)");
        }
        saved.placement().values().stream().filter(h -> !hosts.containsKey(h)).findFirst().ifPresent(h -> {
            throw new ConnectorException(where + "it names host " + h + ", which the lab does not have");
        });
        hosts.replaceAll((id, h) -> h.withMaintenance(saved.maintenance().contains(id)));
        placement = new Placement(saved.placement());
        taskCount = saved.tasksIssued();
        completed.addAll(saved.migrations());
    }

    /** Writes the state file, when there is one. Caller holds the lock (or is the constructor). */
    private void save() {
        if (stateFile != null) {
            java.util.Set<String> maintenance = new java.util.TreeSet<>();
            hosts.values().stream().filter(Host::inMaintenance).forEach(h -> maintenance.add(h.id()));
            stateFile.save(new LabStateFile.State(LabStateFile.FORMAT, connector, placement.hostByVm(), maintenance, taskCount,
                    completed));
        }
    }

    /** Every migration completed in this lab, also those of earlier processes when it has a state file. */
    List<LabStateFile.Migration> completed() {
        synchronized (lock) {
            settle();
            return List.copyOf(completed);
        }
    }

    LabMigrationTask start(String vmId, String targetHostId) {
        synchronized (lock) {
            settle();
            Vm vm = vms.get(vmId);
            String refused = connector + " refuses to migrate VM '" + vmId + "' to host '" + targetHostId + "': ";
            if (vm == null) {
                throw new ConnectorException(refused + "no such VM");
            }
            Host target = hosts.get(targetHostId);
            if (target == null) {
                throw new ConnectorException(refused + "no such host (known: " + String.join(", ", hosts.keySet()) + ")");
            }
            ExcludedVms excluded = exclusions.get(vmId);
            if (excluded != null) {
                throw new ConnectorException(refused + "the VM is excluded from migration by '" + excluded.name() + "' ("
                        + excluded.reason() + ")");
            }
            String source = placement.hostOf(vmId).orElseThrow(() -> new ConnectorException(refused + "the VM is not placed"));
            if (source.equals(targetHostId)) {
                throw new ConnectorException(refused + "the VM already runs there");
            }
            LabMigrationTask busy = running.get(vmId);
            if (busy != null) {
                throw new ConnectorException(refused + "the VM is already migrating (task " + busy.id() + " to "
                        + busy.targetHostId() + ")");
            }
            if (target.inMaintenance()) {
                throw new ConnectorException(refused + "the host is in maintenance");
            }
            long free = target.memoryMib() - committedMib(targetHostId);
            if (vm.memoryMib() > free) {
                throw new ConnectorException(refused + "the host has " + free + " MiB of memory free, the VM needs "
                        + vm.memoryMib() + " MiB");
            }
            Duration duration = MigrationTiming.duration(vm.memoryMib(),
                    Math.min(hosts.get(source).networkMbps(), target.networkMbps()));
            String id = String.format(Locale.ROOT, "lab-task-%d", ++taskCount);
            boolean fails = failureRate > 0 && new Random(seed * 7919 + taskCount).nextDouble() < failureRate;
            LabMigrationTask task = new LabMigrationTask(this, id, vmId, source, targetHostId, vm.memoryMib(),
                    clock.now(), duration, fails ? 0.5 : 2);
            running.put(vmId, task);
            return task;
        }
    }

    TaskStatus statusOf(LabMigrationTask task) {
        synchronized (lock) {
            Instant now = clock.now();
            settle(now);
            return new TaskStatus(task.state(), task.progressAt(now), task.message(), now);
        }
    }

    void cancel(LabMigrationTask task) {
        synchronized (lock) {
            settle();
            if (task.state().isFinal()) {
                return;
            }
            double progress = task.progressAt(clock.now());
            if (progress < task.pointOfNoReturn()) {
                task.finish(TaskState.CANCELLED, progress, String.format(Locale.ROOT,
                        "cancelled on request at %.0f %%; VM stays on %s", 100 * progress, task.sourceHostId()));
                running.remove(task.vmId());
            }
        }
    }

    /** Wall time until the task's trace-time end at the current speed (long when the clock is paused). */
    long wallNanosUntilEnd(LabMigrationTask task) {
        Duration left = Duration.between(clock.now(), task.end());
        return left.isNegative() ? 0 : clock.wallDurationOf(left).toNanos();
    }

    Placement placement() {
        synchronized (lock) {
            settle();
            return placement;
        }
    }

    List<Host> hosts() {
        synchronized (lock) {
            return new ArrayList<>(hosts.values());
        }
    }

    /** Sets a host's maintenance flag; running migrations to it fail when they end. */
    void setMaintenance(String hostId, boolean maintenance) {
        synchronized (lock) {
            settle();
            Host h = hosts.get(hostId);
            if (h == null) {
                throw new ConnectorException(connector + " has no host '" + hostId + "' (known: "
                        + String.join(", ", hosts.keySet()) + ")");
            }
            hosts.put(hostId, h.withMaintenance(maintenance));
            save();
        }
    }

    /** Ends every task whose time has come: injected faults first, then completion. Caller holds the lock. */
    private void settle() {
        settle(clock.now());
    }

    private void settle(Instant now) {
        for (var it = running.values().iterator(); it.hasNext();) {
            LabMigrationTask t = it.next();
            double progress = t.progressAt(now);
            if (progress >= t.failAt()) {
                t.finish(TaskState.FAILED, t.failAt(), "injected lab fault: migration network interrupted during"
                        + " pre-copy; VM stays on " + t.sourceHostId());
                it.remove();
            } else if (progress >= 1) {
                if (hosts.get(t.targetHostId()).inMaintenance()) {
                    t.finish(TaskState.FAILED, 1, "target host " + t.targetHostId() + " entered maintenance during the"
                            + " migration; VM stays on " + t.sourceHostId());
                } else {
                    placement = placement.with(t.vmId(), t.targetHostId());
                    completed.add(new LabStateFile.Migration(t.id(), t.vmId(), t.sourceHostId(), t.targetHostId(), t.end()));
                    // Saved before the task reports success, so nobody learns of a move the file does not hold.
                    save();
                    t.finish(TaskState.SUCCEEDED, 1, "VM " + t.vmId() + " now runs on " + t.targetHostId());
                }
                it.remove();
            }
        }
    }

    /** Memory of the VMs on a host plus memory reserved by migrations heading there. Caller holds the lock. */
    private long committedMib(String hostId) {
        long used = placement.vmsOn(hostId).stream().mapToLong(vm -> vms.get(vm).memoryMib()).sum();
        return used + running.values().stream().filter(t -> t.targetHostId().equals(hostId))
                .mapToLong(LabMigrationTask::memoryMib).sum();
    }
}
