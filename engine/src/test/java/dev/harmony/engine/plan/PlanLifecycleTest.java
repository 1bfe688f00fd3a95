package dev.harmony.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.audit.AuditEntry;
import dev.harmony.engine.audit.AuditedTransactions;
import dev.harmony.engine.audit.JdbcAuditTrail;
import dev.harmony.engine.store.HarmonyStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plan statuses in a real in-memory store: the legal path, refusals, subset approval, supersession. */
class PlanLifecycleTest {
    private final String name = "plans-" + System.nanoTime();
    private final HarmonyStore harmony = HarmonyStore.inMemory(name);
    private final AuditedTransactions tx = new AuditedTransactions(dataSource(name), Clock.systemUTC());
    private final PlanLifecycle plans = new JdbcPlanLifecycle(tx, new PlanCodec());
    private final PlanCodec codec = new PlanCodec();

    @AfterEach
    void close() {
        harmony.close();
    }

    private static JdbcDataSource dataSource(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name);
        ds.setUser("sa");
        return ds;
    }

    private MigrationPlan plan(String id) {
        return codec.read(PlanCodecTest.GOOD.replace("\"id\": \"p1\"", "\"id\": \"" + id + "\""), id);
    }

    @Test
    void planGoesFromProposedToScheduledWithEachStepAudited() {
        plans.propose(plan("p1"), "planner");
        plans.submitForReview("p1", "planner");
        StoredPlan approved = plans.approve("p1", "alice", "ok for tonight", Set.of());
        StoredPlan scheduled = plans.schedule("p1", new ScheduleWindow(Instant.parse("2030-01-01T22:00:00Z"),
                Instant.parse("2030-01-02T02:00:00Z")), "alice");

        assertThat(approved.approval().orElseThrow().moveIds()).containsExactly("m1", "m2");
        assertThat(approved.approval().orElseThrow().comment()).isEqualTo("ok for tonight");
        assertThat(scheduled.status()).isEqualTo(PlanStatus.SCHEDULED);
        assertThat(scheduled.schedule().orElseThrow().end()).isEqualTo(Instant.parse("2030-01-02T02:00:00Z"));
        assertThat(new JdbcAuditTrail(tx).entriesForPlan("p1")).extracting(AuditEntry::action)
                .containsExactly("plan-proposed", "plan-under-review", "plan-approved", "plan-scheduled");
        assertThat(new JdbcAuditTrail(tx).entries().get(2).payload()).contains("\"approved_by\":\"alice\"")
                .contains("\"whole_plan\":true");
    }

    @Test
    void illegalTransitionIsRefusedWithWhatIsAllowedAndChangesNothing() {
        plans.propose(plan("p1"), "planner");

        assertThatThrownBy(() -> plans.approve("p1", "alice", "", Set.of()))
                .isInstanceOf(IllegalPlanTransitionException.class)
                .hasMessage("plan p1 is proposed and cannot become approved (from proposed it can become: under review, cancelled, superseded)");
        assertThat(plans.find("p1").orElseThrow().status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(plans.find("p1").orElseThrow().approval()).isEmpty();
    }

    @Test
    void finishedPlanSaysItIsFinished() {
        plans.propose(plan("p1"), "planner");
        plans.cancel("p1", "alice", "not needed");

        assertThatThrownBy(() -> plans.submitForReview("p1", "alice"))
                .hasMessage("plan p1 is cancelled and cannot become under review (a cancelled plan is finished)");
    }

    @Test
    void subsetApprovalKeepsOnlyTheChosenMovesAndRefusesUnknownOnes() {
        plans.propose(plan("p1"), "planner");
        plans.submitForReview("p1", "planner");

        assertThatThrownBy(() -> plans.approve("p1", "alice", "", Set.of("m1", "m7")))
                .hasMessage("plan p1 has no move(s) m7 (its moves: m1, m2)");
        assertThat(plans.approve("p1", "alice", "", Set.of("m2")).approval().orElseThrow().moveIds()).containsExactly("m2");
    }

    @Test
    void openPlanIsSupersededByANewerStoredPlan() {
        plans.propose(plan("p1"), "planner");
        plans.propose(plan("p2"), "planner");

        assertThat(plans.supersede("p1", "p2", "planner").status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThatThrownBy(() -> plans.supersede("p2", "p9", "planner")).hasMessageContaining("'p9' is not stored");
        assertThat(plans.list()).extracting(StoredPlan::id).containsExactlyInAnyOrder("p1", "p2");
    }

    @Test
    void samePlanIdCannotBeProposedTwice() {
        plans.propose(plan("p1"), "planner");

        assertThatThrownBy(() -> plans.propose(plan("p1"), "planner"))
                .hasMessage("plan p1 is already stored (proposed); a changed plan needs a new id");
    }
}
