package dev.harmony.connectors.vcenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.vcenter.sim.SharedSimulator;
import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.connectors.vcenter.sim.SimulatorSize;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.execution.ExecutionEvent;
import dev.harmony.engine.execution.ExecutionLimits;
import dev.harmony.engine.execution.ExecutionOptions;
import dev.harmony.engine.execution.ExecutionReport;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.execution.JournalEntry;
import dev.harmony.engine.execution.MoveState;
import dev.harmony.engine.execution.PlanExecutor;
import dev.harmony.engine.execution.RulePreflight;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import dev.harmony.engine.plan.Batch;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.plan.PlanStatus;
import dev.harmony.engine.plan.Risk;
import dev.harmony.engine.plan.ScheduleWindow;
import dev.harmony.engine.store.HarmonyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on the simulator (8 hosts, 128 VMs): inventory into the store, a DRS rule made
 * through the API and read back, counters collected, then an approved plan run by the engine's
 * executor, every VM's host read back from vCenter. There is no planner yet, so the plans here are
 * written by hand; the rule is honoured by the executor's pre-flight, which skips a move that would
 * break it.
 */
@ExtendWith(SharedSimulator.class)
class ApprovedBatchExecutionTest {

    @Test
    void approvedBatchOfSixMovesRunsAndTheRuleBreakingMoveIsSkipped(Simulator simulator, @TempDir Path dir) throws Exception {
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator);
                HarmonyStore store = HarmonyStore.openFile(dir.resolve("store").resolve("harmony"))) {
            InventorySnapshot inventory = connector.inventory();
            store.inventory().save(inventory);
            List<String> vms = inventory.vms().stream().map(v -> v.id()).sorted().toList().subList(40, 48);
            String a = vms.get(0);
            String b = vms.stream().filter(v -> !host(inventory, v).equals(host(inventory, a))).findFirst().orElseThrow();
            String cluster = inventory.host(host(inventory, a)).orElseThrow().poolId();
            new SimulatorAdmin(connector.session()).addAntiAffinityRule(cluster, "apart-" + a, List.of(a, b), true);
            assertThat(connector.constraints()).contains(new VmAffinityRule(
                    inventory.pools().stream().filter(p -> p.id().equals(cluster)).findFirst().orElseThrow().name() + "/apart-" + a,
                    Set.of(a, b), false, Strength.MUST));
            Instant now = Instant.now();
            assertThat(connector.collect(MetricQuery.all(now.minus(Duration.ofMinutes(5)), now)).series())
                    .extracting(s -> s.vmId()).hasSizeGreaterThanOrEqualTo(100);

            List<String[]> moves = new ArrayList<>();
            moves.add(new String[] {a, host(inventory, a), host(inventory, b)});
            for (String vm : vms.stream().filter(v -> !v.equals(a) && !v.equals(b)).limit(6).toList()) {
                moves.add(new String[] {vm, host(inventory, vm), otherHost(inventory, vm, moves.size())});
            }
            ExecutionStore execution = ExecutionStore.on(store, Clock.systemUTC());
            approveAndSchedule(execution, plan("vc-p1", connector.name(), moves));

            ExecutionReport report = executor(connector, execution, e -> { }).execute("vc-p1");

            JournalEntry ruleBreaker = report.moves().stream().filter(m -> m.vm().equals(a)).findFirst().orElseThrow();
            assertThat(ruleBreaker.state()).isEqualTo(MoveState.SKIPPED);
            assertThat(ruleBreaker.detail()).contains("anti-affinity");
            List<JournalEntry> done = report.moves().stream().filter(m -> m.state() == MoveState.DONE).toList();
            assertThat(done).hasSize(6);
            for (JournalEntry m : done) {
                assertThat(connector.currentHost(m.vm())).contains(m.to());
            }
            assertThat(connector.currentHost(a)).contains(host(inventory, a));
        }
    }

    @Test
    void vcenterStoppedMidBatchPausesTheRunWhichResumesAfterRestartWithNothingLost(@TempDir Path dir) throws Exception {
        SimulatorLogin login = new SimulatorLogin(dir);
        Simulator[] simulator = {Simulator.start(SimulatorSize.STANDARD)};
        try (VcenterConnector connector = login.connect(simulator[0]);
                HarmonyStore store = HarmonyStore.openFile(dir.resolve("store").resolve("harmony"))) {
            InventorySnapshot inventory = connector.inventory();
            List<String[]> moves = new ArrayList<>();
            for (String vm : inventory.vms().stream().map(v -> v.id()).sorted().limit(6).toList()) {
                moves.add(new String[] {vm, host(inventory, vm), otherHost(inventory, vm, moves.size())});
            }
            ExecutionStore execution = ExecutionStore.on(store, Clock.systemUTC());
            approveAndSchedule(execution, plan("vc-p2", connector.name(), moves));
            AtomicInteger ended = new AtomicInteger();
            PlanExecutor executor = executor(connector, execution, event -> {
                if (event instanceof ExecutionEvent.MoveEnded && ended.incrementAndGet() == 2) {
                    simulator[0].stop();
                }
            });

            ExecutionReport paused = executor.execute("vc-p2");

            assertThat(paused.status()).isEqualTo(PlanStatus.PAUSED);
            assertThat(paused.message()).contains("unreachable").contains("paused");
            assertThat(paused.moves()).extracting(JournalEntry::state).containsExactly(MoveState.DONE, MoveState.DONE,
                    MoveState.PENDING, MoveState.PENDING, MoveState.PENDING, MoveState.PENDING);

            // The restarted simulator starts from its initial inventory: the two VMs moved before are
            // back on their sources, which a real vCenter would not do. The journal keeps them done.
            simulator[0] = simulator[0].restart();
            ExecutionReport resumed = executor.execute("vc-p2");

            assertThat(resumed.status()).isEqualTo(PlanStatus.SUCCEEDED);
            assertThat(resumed.moves()).extracting(JournalEntry::state).containsOnly(MoveState.DONE);
            assertThat(resumed.moves()).extracting(JournalEntry::attempts).containsOnly(1);
            for (JournalEntry m : resumed.moves().subList(2, 6)) {
                assertThat(connector.currentHost(m.vm())).contains(m.to());
            }
        } finally {
            simulator[0].stop();
        }
    }

    private static PlanExecutor executor(VcenterConnector connector, ExecutionStore store,
            java.util.function.Consumer<ExecutionEvent> events) {
        // One move at a time, so that stopping vCenter after the second leaves nothing in flight.
        ExecutionOptions options = ExecutionOptions.defaults().withLimits(new ExecutionLimits(1, 1, 50))
                .withRetries(0, Duration.ZERO).withPollInterval(Duration.ofMillis(50)).withMoveTimeout(Duration.ofMinutes(2));
        return new PlanExecutor(connector, store, new RulePreflight(connector.name()), options, events);
    }

    private static MigrationPlan plan(String id, String source, List<String[]> moves) {
        List<Move> list = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            String[] m = moves.get(i);
            list.add(new Move("m" + (i + 1), m[0], m[1], m[2], "hand-written test move", 1.0, 10, Risk.LOW, "b1", i + 1));
        }
        return new MigrationPlan(PlanCodec.SCHEMA_VERSION, id, source, Instant.now(), list,
                List.of(new Batch("b1", 1, 1, 50, null)), 60.0, 70.0, List.of());
    }

    private static void approveAndSchedule(ExecutionStore store, MigrationPlan plan) {
        store.plans().propose(plan, "planner");
        store.plans().submitForReview(plan.id(), "planner");
        store.plans().approve(plan.id(), "alice", "checked against vCenter", Set.of());
        Instant now = Instant.now();
        store.plans().schedule(plan.id(), new ScheduleWindow(now.minusSeconds(1), now.plus(Duration.ofHours(1))), "alice");
    }

    private static String host(InventorySnapshot inventory, String vm) {
        return inventory.placement().hostOf(vm).orElseThrow();
    }

    /** A host other than the VM's, chosen in turn so the moves spread over both clusters. */
    private static String otherHost(InventorySnapshot inventory, String vm, int turn) {
        List<String> others = inventory.hosts().stream().map(h -> h.id()).filter(h -> !h.equals(host(inventory, vm))).toList();
        return others.get(turn % others.size());
    }
}
