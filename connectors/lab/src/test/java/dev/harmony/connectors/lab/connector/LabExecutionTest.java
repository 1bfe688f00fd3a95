package dev.harmony.connectors.lab.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.engine.execution.DryRun;
import dev.harmony.engine.execution.ExecutionEvent;
import dev.harmony.engine.execution.ExecutionLimits;
import dev.harmony.engine.execution.ExecutionOptions;
import dev.harmony.engine.execution.ExecutionReport;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.execution.JournalEntry;
import dev.harmony.engine.execution.MoveState;
import dev.harmony.engine.execution.PlanExecutor;
import dev.harmony.engine.execution.RulePreflight;
import dev.harmony.engine.plan.IllegalPlanTransitionException;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanStatus;
import dev.harmony.engine.plan.ScheduleWindow;
import dev.harmony.engine.store.HarmonyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The executor against the real lab connector and a real in-memory H2 store. */
class LabExecutionTest {
    private final String name = "lab-exec-" + System.nanoTime();
    private final HarmonyStore harmony = HarmonyStore.inMemory(name);
    private final ExecutionStore store = ExecutionStore.on(dataSource(name), Clock.systemUTC());
    private LabConnector lab = open(LabOptions.defaults());

    private static JdbcDataSource dataSource(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name);
        ds.setUser("sa");
        return ds;
    }

    private static LabConnector open(LabOptions options) {
        return new LabConnector("bitbrains-rnd", BundledData.bitbrains(), options.withSpeed(3600));
    }

    @AfterEach
    void close() {
        lab.close();
        harmony.close();
    }

    private MigrationPlan approved(MigrationPlan plan, Set<String> moves) {
        store.plans().propose(plan, "planner");
        store.plans().submitForReview(plan.id(), "planner");
        store.plans().approve(plan.id(), "alice", "", moves);
        Instant now = Instant.now();
        store.plans().schedule(plan.id(), new ScheduleWindow(now.minusSeconds(1), now.plus(Duration.ofHours(1))), "alice");
        return plan;
    }

    private ExecutionReport run(MigrationPlan plan, Consumer<ExecutionEvent> events) throws InterruptedException {
        return executor(events).execute(plan.id());
    }

    private PlanExecutor executor(Consumer<ExecutionEvent> events) {
        return executor(ExecutionLimits.defaults(), events);
    }

    private PlanExecutor executor(ExecutionLimits limits, Consumer<ExecutionEvent> events) {
        return new PlanExecutor(lab, store, new RulePreflight(lab.name()), ExecutionOptions.defaults().withLimits(limits)
                .withRetries(0, Duration.ZERO).withPollInterval(Duration.ofMillis(2)), events);
    }

    @Test
    void moveIsSkippedWhenItsTargetEntersMaintenanceAfterApproval() throws Exception {
        MigrationPlan plan = approved(LabPlans.balancing(lab, "p1", 6, 6), Set.of());
        String host = plan.moves().get(1).to();
        lab.setMaintenance(host, true);

        ExecutionReport report = run(plan, e -> { });

        for (JournalEntry e : report.moves()) {
            if (e.to().equals(host)) {
                assertThat(e.state()).isEqualTo(MoveState.SKIPPED);
                assertThat(e.detail()).isEqualTo("skipped: target host " + host + " is in maintenance (set through the lab controls)");
                assertThat(lab.currentHost(e.vm())).contains(e.from());
            } else {
                assertThat(e.state()).isEqualTo(MoveState.DONE);
                assertThat(lab.currentHost(e.vm())).contains(e.to());
            }
        }
        assertThat(report.status()).isEqualTo(PlanStatus.PARTLY_FAILED);
        assertThat(store.audit().verify().intact()).isTrue();
    }

    @Test
    void vmUnknownToTheLabAfterApprovalIsSkipped() throws Exception {
        MigrationPlan base = LabPlans.balancing(lab, "p1", 2, 3);
        List<Move> moves = new ArrayList<>(base.moves());
        moves.add(new Move("m03", "bb-deleted", "host-01", "host-02", "", 0, 1, dev.harmony.engine.plan.Risk.LOW, "b1", 3));
        MigrationPlan plan = approved(new MigrationPlan(1, "p1", base.source(), base.createdAt(), moves, base.batches(), null, null,
                List.of()), Set.of());

        ExecutionReport report = run(plan, e -> { });

        assertThat(report.moves()).extracting(JournalEntry::state).containsExactly(MoveState.DONE, MoveState.DONE, MoveState.SKIPPED);
        assertThat(report.moves().get(2).detail()).isEqualTo("skipped: VM bb-deleted no longer exists in lab:bitbrains-rnd");
    }

    @Test
    void hostTakenDownDuringAMigrationPausesTheBatchWithAClearError() throws Exception {
        lab.close();
        lab = new LabConnector("bitbrains-rnd", BundledData.bitbrains(), LabOptions.defaults().withSpeed(60));
        MigrationPlan plan = approved(LabPlans.balancing(lab, "p1", 5, 5), Set.of());
        Move victim = plan.moves().get(2);
        PlanExecutor executor = executor(new ExecutionLimits(1, 1, 50), e -> {
            if (e instanceof ExecutionEvent.MoveProgress p && p.move().id().equals(victim.id())) {
                lab.setMaintenance(victim.to(), true);
            }
        });

        ExecutionReport paused = executor.execute("p1");

        assertThat(paused.status()).isEqualTo(PlanStatus.PAUSED);
        assertThat(paused.message()).startsWith("move " + victim.describe() + " failed after 1 attempt: the connector reported failed"
                + " (target host " + victim.to() + " entered maintenance during the migration; VM stays on " + victim.from() + ")");
        assertThat(paused.count(MoveState.PENDING)).isPositive();
        assertThat(lab.currentHost(victim.vm())).contains(victim.from());

        lab.setMaintenance(victim.to(), false);
        ExecutionReport resumed = executor.execute("p1");
        assertThat(resumed.status()).isEqualTo(PlanStatus.PARTLY_FAILED);
        assertThat(resumed.count(MoveState.FAILED)).isEqualTo(1);
        assertThat(resumed.count(MoveState.PENDING)).isZero();
    }

    @Test
    void injectedConnectorFailurePausesTheRunBeforeTheNextMove() throws Exception {
        lab.close();
        lab = open(LabOptions.defaults().withMigrationFailureRate(1.0));
        MigrationPlan plan = approved(LabPlans.balancing(lab, "p1", 3, 3), Set.of());

        ExecutionReport report = run(plan, e -> { });

        assertThat(report.status()).isEqualTo(PlanStatus.PAUSED);
        assertThat(report.message()).contains("injected lab fault: migration network interrupted during pre-copy")
                .endsWith("The run is paused; resume it to go on with the remaining moves, or cancel it.");
        assertThat(lab.inventory().placement()).isEqualTo(open(LabOptions.defaults()).inventory().placement());
    }

    @Test
    void unapprovedPlanCannotExecuteAgainstTheLab() {
        MigrationPlan plan = LabPlans.balancing(lab, "p1", 2, 2);
        store.plans().propose(plan, "planner");

        assertThatThrownBy(() -> run(plan, e -> { })).isInstanceOf(IllegalPlanTransitionException.class)
                .hasMessageContaining("it has not been approved");
        assertThat(lab.currentHost(plan.moves().get(0).vm())).contains(plan.moves().get(0).from());
    }

    @Test
    void subsetApprovalMovesOnlyTheChosenVms() throws Exception {
        MigrationPlan plan = approved(LabPlans.balancing(lab, "p1", 4, 4), Set.of("m01", "m03"));

        ExecutionReport report = run(plan, e -> { });

        assertThat(report.status()).isEqualTo(PlanStatus.SUCCEEDED);
        for (Move m : plan.moves()) {
            boolean chosen = m.id().equals("m01") || m.id().equals("m03");
            assertThat(lab.currentHost(m.vm())).contains(chosen ? m.to() : m.from());
        }
        assertThat(report.notApproved()).containsExactly("m02", "m04");
    }

    @Test
    void dryRunChecksLikeTheExecutorButMovesNothing() {
        MigrationPlan plan = LabPlans.balancing(lab, "p1", 4, 4);
        lab.setMaintenance(plan.moves().get(3).to(), true);

        DryRun.Report report = new DryRun(lab, new RulePreflight(lab.name()), java.util.Optional.empty()).check(plan, Set.of());

        assertThat(report.verdicts()).extracting(DryRun.Verdict::wouldRun).contains(false);
        assertThat(report.verdicts().get(3).reason()).contains("is in maintenance");
        assertThat(plan.moves()).allSatisfy(m -> assertThat(lab.currentHost(m.vm())).contains(m.from()));
    }
}
