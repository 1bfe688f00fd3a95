package dev.harmony.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.audit.AuditEntry;
import dev.harmony.engine.plan.IllegalPlanTransitionException;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.PlanStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The executor on a fake connector and a real in-memory store: order, approval, read-back, retries, pause, cancel. */
class PlanExecutorTest {
    private final ExecutionFixtures fx = new ExecutionFixtures();
    private final FakeConnector pool = new FakeConnector().host("h1", 64_000).host("h2", 64_000).host("h3", 64_000)
            .vm("vm1", "h1", 4096).vm("vm2", "h1", 4096).vm("vm3", "h2", 4096);
    private final List<ExecutionEvent> events = new ArrayList<>();

    @AfterEach
    void close() {
        fx.close();
    }

    private PlanExecutor executor(ExecutionOptions options) {
        return new PlanExecutor(pool, fx.store, new RulePreflight(pool.name()), options, events::add);
    }

    private MigrationPlan threeMoves() {
        return ExecutionFixtures.plan("p1", pool.name(), "vm1:h1:h2", "vm2:h1:h3", "vm3:h2:h3");
    }

    @Test
    void approvedPlanRunsEveryMoveInOrderAndSucceeds() throws Exception {
        fx.approveAndSchedule(threeMoves(), Set.of());

        ExecutionReport report = executor(ExecutionFixtures.fastOptions()).execute("p1");

        assertThat(report.status()).isEqualTo(PlanStatus.SUCCEEDED);
        assertThat(report.moves()).extracting(JournalEntry::state).containsOnly(MoveState.DONE);
        assertThat(pool.issued()).containsExactly("vm1->h2", "vm2->h3", "vm3->h3");
        assertThat(fx.store.plans().find("p1").orElseThrow().status()).isEqualTo(PlanStatus.SUCCEEDED);
        assertThat(fx.store.audit().verify().intact()).isTrue();
        assertThat(events).first().isInstanceOf(ExecutionEvent.Started.class);
        assertThat(events).last().isInstanceOf(ExecutionEvent.Stopped.class);
    }

    @Test
    void unapprovedPlanNeverExecutes() {
        fx.store.plans().propose(threeMoves(), "planner");
        fx.store.plans().submitForReview("p1", "planner");

        assertThatThrownBy(() -> executor(ExecutionFixtures.fastOptions()).execute("p1"))
                .isInstanceOf(IllegalPlanTransitionException.class)
                .hasMessageContaining("plan p1 is under review and cannot become executing: it has not been approved");
        assertThat(pool.issued()).isEmpty();
        assertThat(fx.store.plans().find("p1").orElseThrow().status()).isEqualTo(PlanStatus.UNDER_REVIEW);
    }

    @Test
    void approvedButUnscheduledPlanDoesNotStart() {
        fx.store.plans().propose(threeMoves(), "planner");
        fx.store.plans().submitForReview("p1", "planner");
        fx.store.plans().approve("p1", "alice", "", Set.of());

        assertThatThrownBy(() -> executor(ExecutionFixtures.fastOptions()).execute("p1"))
                .hasMessageContaining("it is approved but not scheduled");
        assertThat(pool.issued()).isEmpty();
    }

    @Test
    void subsetApprovalExecutesOnlyTheChosenMoves() throws Exception {
        fx.approveAndSchedule(threeMoves(), Set.of("m1", "m3"));

        ExecutionReport report = executor(ExecutionFixtures.fastOptions()).execute("p1");

        assertThat(pool.issued()).containsExactly("vm1->h2", "vm3->h3");
        assertThat(report.moves()).extracting(JournalEntry::moveId).containsExactly("m1", "m3");
        assertThat(report.notApproved()).containsExactly("m2");
        assertThat(report.status()).isEqualTo(PlanStatus.SUCCEEDED);
        assertThat(pool.currentHost("vm2")).contains("h1");
    }

    @Test
    void readBackMismatchIsRecordedAsFailureEvenWhenTheConnectorReportsSuccess() throws Exception {
        fx.approveAndSchedule(threeMoves(), Set.of());
        pool.lieAbout("vm2", "h2");

        ExecutionReport report = executor(ExecutionFixtures.fastOptions().withPauseOnFailure(false)).execute("p1");

        JournalEntry m2 = report.moves().get(1);
        assertThat(m2.state()).isEqualTo(MoveState.FAILED);
        assertThat(m2.detail()).contains("the connector reported succeeded").contains("read back on h2").contains("not on its target h3");
        assertThat(report.status()).isEqualTo(PlanStatus.PARTLY_FAILED);
        assertThat(fx.store.audit().entriesForPlan("p1")).extracting(AuditEntry::payload)
                .anyMatch(p -> p.contains("\"mismatch\":true") && p.contains("\"read_back\":\"h2\""));
    }

    @Test
    void vmDeletedAfterApprovalIsSkippedWithItsReasonAndTheRestRun() throws Exception {
        fx.approveAndSchedule(threeMoves(), Set.of());
        pool.delete("vm2");

        ExecutionReport report = executor(ExecutionFixtures.fastOptions()).execute("p1");

        assertThat(report.moves()).extracting(JournalEntry::state).containsExactly(MoveState.DONE, MoveState.SKIPPED, MoveState.DONE);
        assertThat(report.moves().get(1).detail()).isEqualTo("skipped: VM vm2 no longer exists in fake:pool");
        assertThat(report.status()).isEqualTo(PlanStatus.PARTLY_FAILED);
        assertThat(pool.issued()).containsExactly("vm1->h2", "vm3->h3");
    }

    @Test
    void failedMoveIsRetriedThenPausesTheRunWhichResumesWithTheRest() throws Exception {
        fx.approveAndSchedule(threeMoves(), Set.of());
        pool.failNext(2);
        PlanExecutor executor = executor(ExecutionFixtures.fastOptions().withRetries(1, Duration.ofMillis(5))
                .withLimits(new ExecutionLimits(1, 1, 50)));

        ExecutionReport paused = executor.execute("p1");

        assertThat(paused.status()).isEqualTo(PlanStatus.PAUSED);
        assertThat(paused.message()).startsWith("move m1 (vm1: h1 → h2) failed after 2 attempts")
                .contains("simulated network fault").contains("VM vm1 read back on h1").contains("The run is paused");
        assertThat(paused.moves()).extracting(JournalEntry::state).containsExactly(MoveState.FAILED, MoveState.PENDING, MoveState.PENDING);
        assertThat(pool.issued()).containsExactly("vm1->h2", "vm1->h2");

        ExecutionReport resumed = executor.execute("p1");

        assertThat(resumed.status()).isEqualTo(PlanStatus.PARTLY_FAILED);
        assertThat(resumed.moves()).extracting(JournalEntry::state).containsExactly(MoveState.FAILED, MoveState.DONE, MoveState.DONE);
        assertThat(fx.store.audit().verify().intact()).isTrue();
    }

    @Test
    void cancelDuringARunCancelsTheMoveInFlightAndEveryPendingMove() throws Exception {
        fx.approveAndSchedule(threeMoves(), Set.of());
        pool.pollsPerMove(50);
        PlanExecutor[] self = new PlanExecutor[1];
        self[0] = new PlanExecutor(pool, fx.store, new RulePreflight(pool.name()), ExecutionFixtures.fastOptions(), e -> {
            if (e instanceof ExecutionEvent.MoveStarted) {
                self[0].cancel("bob", "change freeze");
            }
        });

        ExecutionReport report = self[0].execute("p1");

        assertThat(report.status()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(report.moves()).extracting(JournalEntry::state).containsOnly(MoveState.CANCELLED);
        assertThat(report.moves().get(2).detail()).isEqualTo("cancelled by bob: change freeze");
        assertThat(pool.issued()).containsExactly("vm1->h2");
        assertThat(pool.currentHost("vm1")).contains("h1");
    }

    @Test
    void pauseRequestLetsTheMoveInFlightFinishAndResumeCompletesThePlan() throws Exception {
        fx.approveAndSchedule(threeMoves(), Set.of());
        PlanExecutor[] self = new PlanExecutor[1];
        self[0] = new PlanExecutor(pool, fx.store, new RulePreflight(pool.name()), ExecutionFixtures.fastOptions(), e -> {
            if (e instanceof ExecutionEvent.MoveStarted s && s.move().id().equals("m1")) {
                self[0].pause("operator wants a look");
            }
        });

        ExecutionReport paused = self[0].execute("p1");
        assertThat(paused.status()).isEqualTo(PlanStatus.PAUSED);
        assertThat(paused.message()).isEqualTo("paused on request: operator wants a look");
        assertThat(paused.moves()).extracting(JournalEntry::state).containsExactly(MoveState.DONE, MoveState.PENDING, MoveState.PENDING);

        assertThat(self[0].execute("p1").status()).isEqualTo(PlanStatus.SUCCEEDED);
        assertThat(pool.issued()).hasSize(3);
    }

    @Test
    void interruptedRunIsReconciledSoThatACompletedMoveIsNeverIssuedAgain() throws Exception {
        fx.approveAndSchedule(threeMoves(), Set.of());
        // What a killed run leaves: executing, two intents committed, vm1 arrived, vm2 did not.
        fx.store.plans().changeStatus("p1", PlanStatus.EXECUTING, "harmony-executor",
                dev.harmony.engine.audit.AuditAction.EXECUTION_STARTED, java.util.Map.of());
        fx.store.journal().open("p1", threeMoves().movesInOrder());
        fx.store.journal().recordIntent("p1", "m1", "harmony-executor");
        fx.store.journal().recordIntent("p1", "m2", "harmony-executor");
        pool.place("vm1", "h2");

        ExecutionReport report = executor(ExecutionFixtures.fastOptions()).execute("p1");

        assertThat(report.status()).isEqualTo(PlanStatus.SUCCEEDED);
        assertThat(pool.issued()).containsExactly("vm2->h3", "vm3->h3");
        assertThat(report.moves().get(0).detail()).startsWith("reconciled after crash: VM vm1 was found on its target h2");
        assertThat(report.moves().get(1).attempts()).isEqualTo(2);
        assertThat(events).filteredOn(ExecutionEvent.Reconciled.class::isInstance).hasSize(2);
        assertThat(fx.store.audit().entriesForPlan("p1")).extracting(AuditEntry::action)
                .contains("execution-recovered", "move-reconciled");
        assertThat(fx.store.audit().verify().intact()).isTrue();
    }

    @Test
    void migrationThatLandsAfterItsAttemptWasReportedFailedIsRecordedDoneAndNotIssuedAgain() throws Exception {
        fx.approveAndSchedule(ExecutionFixtures.plan("p1", pool.name(), "vm1:h1:h2"), Set.of());
        pool.failNext(1);
        ExecutionOptions options = ExecutionFixtures.fastOptions().withRetries(1, Duration.ofMillis(5));
        PlanExecutor executor = new PlanExecutor(pool, fx.store, new RulePreflight(pool.name()), options, e -> {
            if (e instanceof ExecutionEvent.MoveEnded m && m.outcome() == MoveState.PENDING) {
                pool.place("vm1", "h2");
            }
        });

        ExecutionReport report = executor.execute("p1");

        assertThat(report.status()).isEqualTo(PlanStatus.SUCCEEDED);
        assertThat(report.moves().get(0).detail()).isEqualTo("done: VM vm1 was found on its target h2 after an earlier attempt; not issued again");
        assertThat(pool.issued()).containsExactly("vm1->h2");
    }

    @Test
    void planMadeForAnotherConnectorIsRefused() {
        MigrationPlan other = ExecutionFixtures.plan("p2", "lab:elsewhere", "vm1:h1:h2");
        fx.approveAndSchedule(other, Set.of());

        assertThatThrownBy(() -> executor(ExecutionFixtures.fastOptions()).execute("p2"))
                .hasMessage("plan p2 was made for lab:elsewhere, not for fake:pool");
    }
}
