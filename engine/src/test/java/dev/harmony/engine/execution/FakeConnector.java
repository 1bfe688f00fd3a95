package dev.harmony.engine.execution;

import dev.harmony.engine.connector.Capability;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.connector.MigrationTask;
import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.connector.TaskState;
import dev.harmony.engine.connector.TaskStatus;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.MetricSample;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.TrafficEstimate;
import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A small in-memory connector for the executor's own tests: migrations end after a number of status
 * polls, and the test can fail them, make them lie about where the VM went, or delete a VM.
 */
final class FakeConnector implements Connector {
    static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private final Map<String, Vm> vms = new LinkedHashMap<>();
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final List<Constraint> rules = new ArrayList<>();
    private final Map<String, String> placement = new HashMap<>();
    private final List<String> issued = new ArrayList<>();
    private final Map<String, String> lieAbout = new HashMap<>();
    private int failNext;
    private int pollsPerMove = 2;

    FakeConnector host(String id, long memoryMib) {
        hosts.put(id, new Host(id, id, "pool", 16, 40_000, memoryMib, 10_000, "az-1", Set.of(), false));
        return this;
    }

    FakeConnector vm(String id, String host, long memoryMib) {
        vms.put(id, new Vm(id, id, 2, 5_000, memoryMib, "", "", Set.of(), ""));
        placement.put(id, host);
        return this;
    }

    FakeConnector rule(Constraint rule) {
        rules.add(rule);
        return this;
    }

    synchronized void delete(String vmId) {
        vms.remove(vmId);
        placement.remove(vmId);
    }

    synchronized void maintenance(String hostId) {
        hosts.put(hostId, hosts.get(hostId).withMaintenance(true));
    }

    /** The next {@code n} migrations fail with the VM left on its source. */
    synchronized void failNext(int n) {
        failNext = n;
    }

    /** Migrations of this VM report success but leave it on {@code actualHost}. */
    synchronized void lieAbout(String vmId, String actualHost) {
        lieAbout.put(vmId, actualHost);
    }

    synchronized void pollsPerMove(int n) {
        pollsPerMove = n;
    }

    /** VM → target of each migration asked for, in order. */
    synchronized List<String> issued() {
        return List.copyOf(issued);
    }

    /** Puts a VM where a migration that the test pretends happened would have put it. */
    synchronized void place(String vmId, String hostId) {
        placement.put(vmId, hostId);
    }

    @Override
    public String name() {
        return "fake:pool";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.INVENTORY, Capability.RULES, Capability.MIGRATION);
    }

    @Override
    public synchronized InventorySnapshot inventory() {
        return new InventorySnapshot(NOW, name(), List.of(new Pool("pool", "pool", "dc")), List.copyOf(hosts.values()),
                List.copyOf(vms.values()), new Placement(placement));
    }

    @Override
    public synchronized List<Constraint> constraints() {
        return List.copyOf(rules);
    }

    @Override
    public List<TimeSeries> metrics(MetricQuery query) {
        return List.of();
    }

    @Override
    public Subscription subscribe(Set<String> vmIds, Consumer<List<MetricSample>> listener) {
        return () -> { };
    }

    @Override
    public List<TrafficEstimate> traffic(Instant from, Instant to) {
        return List.of();
    }

    @Override
    public synchronized MigrationTask migrate(String vmId, String targetHostId) {
        if (!vms.containsKey(vmId)) {
            throw new ConnectorException("fake:pool has no VM " + vmId);
        }
        issued.add(vmId + "->" + targetHostId);
        boolean fails = failNext > 0;
        failNext = Math.max(0, failNext - 1);
        return new Task(vmId, placement.get(vmId), targetHostId, fails, pollsPerMove);
    }

    @Override
    public synchronized Optional<String> currentHost(String vmId) {
        return Optional.ofNullable(placement.get(vmId));
    }

    @Override
    public Instant now() {
        return NOW;
    }

    @Override
    public void close() {
    }

    /** A migration that ends after some polls. */
    private final class Task implements MigrationTask {
        private final String vm;
        private final String source;
        private final String target;
        private final boolean fails;
        private int pollsLeft;
        private TaskState state = TaskState.RUNNING;

        Task(String vm, String source, String target, boolean fails, int polls) {
            this.vm = vm;
            this.source = source;
            this.target = target;
            this.fails = fails;
            this.pollsLeft = polls;
        }

        @Override
        public String id() {
            return "fake-" + vm + "-" + target;
        }

        @Override
        public String vmId() {
            return vm;
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
            synchronized (FakeConnector.this) {
                if (state == TaskState.RUNNING && --pollsLeft <= 0) {
                    if (fails) {
                        state = TaskState.FAILED;
                    } else {
                        placement.put(vm, lieAbout.getOrDefault(vm, target));
                        state = TaskState.SUCCEEDED;
                    }
                }
                return new TaskStatus(state, state.isFinal() ? 1 : 0.5, fails && state.isFinal() ? "simulated network fault" : "", NOW);
            }
        }

        @Override
        public TaskStatus await(Duration timeout) {
            TaskStatus s = status();
            while (!s.state().isFinal()) {
                s = status();
            }
            return s;
        }

        @Override
        public void cancel() {
            synchronized (FakeConnector.this) {
                if (state == TaskState.RUNNING) {
                    state = TaskState.CANCELLED;
                }
            }
        }
    }
}
