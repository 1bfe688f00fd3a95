package dev.harmony.connectors.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.openstack.lab.OpenStackLab;
import dev.harmony.connectors.openstack.lab.SharedLab;
import dev.harmony.engine.execution.ExecutionLimits;
import dev.harmony.engine.execution.ExecutionOptions;
import dev.harmony.engine.execution.ExecutionReport;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.execution.JournalEntry;
import dev.harmony.engine.execution.MoveState;
import dev.harmony.engine.execution.PlanExecutor;
import dev.harmony.engine.execution.RulePreflight;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on the real lab: inventory into the store, then an approved plan of live migrations
 * run by the engine's executor, each server's host read back from Nova. The plan is written by hand
 * from the servers' hosts now (other tests may have moved them): four servers swap between the two
 * hosts of zone {@code nova}, and one move into another zone is skipped by the pre-flight because of
 * the zone rule the connector reads.
 */
@ExtendWith(SharedLab.class)
class ApprovedBatchExecutionTest {

    @Test
    void approvedBatchOfLiveMigrationsRunsAndTheZoneBreakingMoveIsSkipped(OpenStackLab lab, @TempDir Path dir) throws Exception {
        try (OpenStackConnector openstack = OpenStackConnector.open(lab.adminOptions());
                HarmonyStore store = HarmonyStore.openFile(dir.resolve("store").resolve("harmony"))) {
            InventorySnapshot inventory = openstack.inventory();
            store.inventory().save(inventory);
            List<String[]> moves = new ArrayList<>();
            for (String name : List.of("vm1", "vm2", "vm4", "vm5")) {
                String vm = lab.server(name);
                String from = host(inventory, vm);
                moves.add(new String[] {vm, from, otherHostInZone(inventory, from)});
            }
            String vm6 = lab.server("vm6");
            String vm6Host = host(inventory, vm6);
            String vm6Zone = inventory.host(vm6Host).orElseThrow().availabilityZone();
            String elsewhere = inventory.hosts().stream().filter(h -> !h.availabilityZone().equals(vm6Zone)).map(Host::id).findFirst().orElseThrow();
            moves.add(new String[] {vm6, vm6Host, elsewhere});
            ExecutionStore execution = ExecutionStore.on(store, Clock.systemUTC());
            approveAndSchedule(execution, plan("os-p1", openstack.name(), moves));

            long t0 = System.nanoTime();
            ExecutionReport report = executor(openstack, execution).execute("os-p1");
            System.out.printf("OpenStack lab: %d live migrations run by the executor in %.1f s%n",
                    report.moves().stream().filter(m -> m.state() == MoveState.DONE).count(), (System.nanoTime() - t0) / 1e9);

            assertThat(report.status()).isEqualTo(PlanStatus.PARTLY_FAILED);
            JournalEntry zoneBreaker = report.moves().stream().filter(m -> m.vm().equals(vm6)).findFirst().orElseThrow();
            assertThat(zoneBreaker.state()).isEqualTo(MoveState.SKIPPED);
            assertThat(zoneBreaker.detail()).contains("zone rule");
            List<JournalEntry> done = report.moves().stream().filter(m -> m.state() == MoveState.DONE).toList();
            assertThat(done).hasSize(4);
            for (JournalEntry m : done) {
                assertThat(openstack.currentHost(m.vm())).as(m.vm()).contains(m.to());
            }
            assertThat(openstack.currentHost(vm6)).contains(vm6Host);
        }
    }

    private static PlanExecutor executor(OpenStackConnector openstack, ExecutionStore store) {
        ExecutionOptions options = ExecutionOptions.defaults().withLimits(new ExecutionLimits(1, 2, 50))
                .withRetries(0, Duration.ZERO).withPollInterval(Duration.ofMillis(250)).withMoveTimeout(Duration.ofMinutes(2));
        return new PlanExecutor(openstack, store, new RulePreflight(openstack.name()), options, e -> { });
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
        store.plans().approve(plan.id(), "alice", "checked against the OpenStack lab", Set.of());
        Instant now = Instant.now();
        store.plans().schedule(plan.id(), new ScheduleWindow(now.minusSeconds(1), now.plus(Duration.ofHours(1))), "alice");
    }

    private static String host(InventorySnapshot inventory, String vm) {
        return inventory.placement().hostOf(vm).orElseThrow();
    }

    private static String otherHostInZone(InventorySnapshot inventory, String hostId) {
        String zone = inventory.host(hostId).orElseThrow().availabilityZone();
        return inventory.hosts().stream().filter(h -> h.availabilityZone().equals(zone) && !h.id().equals(hostId))
                .map(Host::id).findFirst().orElseThrow(() -> new AssertionError("zone " + zone + " has one host only"));
    }
}
