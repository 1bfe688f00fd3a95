package dev.harmony.engine.bench;

import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.execution.ClusterState;
import dev.harmony.engine.execution.ExecutionOptions;
import dev.harmony.engine.execution.ExecutionReport;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.execution.MoveState;
import dev.harmony.engine.execution.PlanExecutor;
import dev.harmony.engine.execution.RulePreflight;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.plan.Batch;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.Risk;
import dev.harmony.engine.plan.ScheduleWindow;
import dev.harmony.engine.store.HarmonyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The plan executor against a lab: before each run a fresh lab is opened and a plan of moves the executor's own
 * pre-flight accepts is approved and scheduled (untimed); the body executes it, journal and audit trail included,
 * in an in-memory store. Migrations take the lab's simulated time divided by its replay speed.
 */
public final class ExecutorSuite implements BenchSuite {
    private static final int BATCH = 10;
    private final Supplier<Connector> labOpener;
    private final String labDescription;

    /** @param labOpener opens a fresh lab connector each time, e.g. the bundled lab at a high replay speed */
    public ExecutorSuite(Supplier<Connector> labOpener, String labDescription) {
        this.labOpener = labOpener;
        this.labDescription = labDescription;
    }

    @Override
    public String name() {
        return "executor";
    }

    @Override
    public String description() {
        return "plan executor moves per second against the lab (" + labDescription + ")";
    }

    @Override
    public BenchTrial prepare(BenchSize size) {
        int moves = size.pick(6, 30);
        HarmonyStore harmony = HarmonyStore.inMemory("bench-executor-" + System.nanoTime());
        ExecutionStore store = ExecutionStore.on(harmony, Clock.systemUTC());
        ExecutionOptions options = ExecutionOptions.defaults().withRetries(0, Duration.ZERO).withPollInterval(Duration.ofMillis(2));
        return new BenchTrial() {
            private Connector lab;
            private String planId;
            private int round;

            @Override
            public String workload() {
                return String.format(Locale.ROOT, "%d moves in batches of %d, %s, in-memory journal", moves, BATCH, labDescription);
            }

            @Override
            public void beforeRun() {
                closeLab();
                lab = labOpener.get();
                planId = "bench-" + round++;
                MigrationPlan plan = plan(lab, planId, moves);
                store.plans().propose(plan, "bench");
                store.plans().submitForReview(planId, "bench");
                store.plans().approve(planId, "bench", "", Set.of());
                Instant now = Instant.now();
                store.plans().schedule(planId, new ScheduleWindow(now.minusSeconds(1), now.plus(Duration.ofHours(1))), "bench");
            }

            @Override
            public long run() {
                try {
                    ExecutionReport report = new PlanExecutor(lab, store, new RulePreflight(lab.name()), options, e -> { })
                            .execute(planId);
                    return report.count(MoveState.DONE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("executor benchmark interrupted", e);
                }
            }

            @Override
            public String unit() {
                return "moves";
            }

            @Override
            public void close() {
                closeLab();
                harmony.close();
            }

            private void closeLab() {
                if (lab != null) {
                    try {
                        lab.close();
                    } catch (Exception e) {
                        throw new IllegalStateException("could not close the lab", e);
                    }
                    lab = null;
                }
            }
        };
    }

    /** Smallest VMs first, each to the host with the most free memory that the pre-flight accepts. */
    static MigrationPlan plan(Connector lab, String planId, int count) {
        RulePreflight preflight = new RulePreflight(lab.name());
        ClusterState state = ClusterState.read(lab, Map.of());
        InventorySnapshot inventory = state.inventory();
        List<Vm> vms = inventory.vms().stream().sorted(Comparator.comparingLong(Vm::memoryMib).thenComparing(Vm::id)).toList();
        List<Move> list = new ArrayList<>();
        for (Vm vm : vms) {
            if (list.size() == count) {
                break;
            }
            String from = state.hostOf(vm.id()).orElse(null);
            if (from == null) {
                continue;
            }
            ClusterState now = state;
            List<Host> targets = inventory.hosts().stream().filter(h -> !h.id().equals(from) && !h.inMaintenance())
                    .sorted(Comparator.comparingLong((Host h) -> now.committedMemoryMib(h.id()) - h.memoryMib())).toList();
            int order = list.size() + 1;
            for (Host to : targets) {
                Move m = new Move(String.format(Locale.ROOT, "m%03d", order), vm.id(), from, to.id(), "benchmark move", 0, 1,
                        Risk.LOW, "b" + ((order - 1) / BATCH + 1), order);
                if (preflight.refusal(m, state).isEmpty()) {
                    list.add(m);
                    state = state.after(m);
                    break;
                }
            }
        }
        if (list.size() < count) {
            throw new IllegalStateException("only " + list.size() + " valid moves found in " + lab.name());
        }
        List<Batch> batches = new ArrayList<>();
        for (int b = 1; b <= (count + BATCH - 1) / BATCH; b++) {
            batches.add(new Batch("b" + b, b, 2, BATCH, null));
        }
        return new MigrationPlan(dev.harmony.engine.plan.PlanCodec.SCHEMA_VERSION, planId, lab.name(),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), list, batches, null, null,
                List.of("benchmark plan: smallest VMs to the host with most free memory"));
    }
}
