package dev.harmony.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.audit.AuditAction;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.PlanStatus;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The journal's own check: even a journal row forged into the store does not let an unapproved move be issued. */
class ApprovalGateTest {

    @Test
    void journalRefusesTheIntentOfAMoveTheApprovalDoesNotName() throws Exception {
        try (ExecutionFixtures fx = new ExecutionFixtures()) {
            MigrationPlan plan = ExecutionFixtures.plan("p1", "fake:pool", "vm1:h1:h2", "vm2:h1:h3");
            fx.approveAndSchedule(plan, Set.of("m1"));
            fx.store.plans().changeStatus("p1", PlanStatus.EXECUTING, "test", AuditAction.EXECUTION_STARTED, Map.of());
            try (Connection c = fx.dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO execution_journal (plan_id, move_id, vm_id, source_host, target_host, state, attempts,"
                        + " detail, updated_at) VALUES ('p1', 'm2', 'vm2', 'h1', 'h3', 'PENDING', 0, '', CURRENT_TIMESTAMP)");
            }

            assertThatThrownBy(() -> fx.store.journal().recordIntent("p1", "m2", "mallory"))
                    .hasMessage("move m2 of plan p1 is not approved; it is never issued");
            assertThat(fx.store.journal().entries("p1")).filteredOn(e -> e.moveId().equals("m2"))
                    .extracting(JournalEntry::state).containsExactly(MoveState.PENDING);
        }
    }

    @Test
    void journalRefusesAnIntentWhileThePlanIsNotExecuting() {
        try (ExecutionFixtures fx = new ExecutionFixtures()) {
            MigrationPlan plan = ExecutionFixtures.plan("p1", "fake:pool", "vm1:h1:h2");
            fx.approveAndSchedule(plan, Set.of());
            fx.store.journal().open("p1", plan.moves());

            assertThatThrownBy(() -> fx.store.journal().recordIntent("p1", "m1", "harmony-executor"))
                    .hasMessage("plan p1 is SCHEDULED, not EXECUTING; move m1 is not issued");
        }
    }
}
