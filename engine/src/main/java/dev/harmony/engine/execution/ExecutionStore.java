package dev.harmony.engine.execution;

import dev.harmony.engine.audit.AuditTrail;
import dev.harmony.engine.audit.AuditedTransactions;
import dev.harmony.engine.audit.JdbcAuditTrail;
import dev.harmony.engine.plan.JdbcPlanLifecycle;
import dev.harmony.engine.plan.PlanCodec;
import dev.harmony.engine.plan.PlanLifecycle;
import dev.harmony.engine.store.HarmonyStore;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The three stores a plan run writes, on one database: plan lifecycle, move journal and audit trail.
 *
 * @param plans   plans, approvals and schedules
 * @param journal the per-move journal
 * @param audit   the hash-chained audit trail
 */
public record ExecutionStore(PlanLifecycle plans, ExecutionJournal journal, AuditTrail audit) {
    public ExecutionStore {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(audit, "audit");
    }

    /** The stores on a database that has the Harmony schema (opened once by {@link HarmonyStore}). */
    public static ExecutionStore on(DataSource dataSource, Clock clock) {
        AuditedTransactions tx = new AuditedTransactions(dataSource, clock);
        return new ExecutionStore(new JdbcPlanLifecycle(tx, new PlanCodec()), new JdbcExecutionJournal(tx), new JdbcAuditTrail(tx));
    }

    /** The stores in an open Harmony store (file or in memory), sharing its connections. */
    public static ExecutionStore on(HarmonyStore store, Clock clock) {
        return on(store.dataSource(), clock);
    }
}
