package dev.harmony.engine.plan;

import dev.harmony.engine.audit.AuditAction;
import dev.harmony.engine.audit.AuditWriter;
import dev.harmony.engine.audit.AuditedTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plan lifecycle in the store: the plan as JSON in {@code plan}, approvals in {@code approval}, the
 * window in {@code plan_schedule}, each change with its audit entry in the same transaction.
 */
public final class JdbcPlanLifecycle implements PlanLifecycle {
    private final AuditedTransactions store;
    private final PlanRows rows;

    public JdbcPlanLifecycle(AuditedTransactions store, PlanCodec codec) {
        this.store = Objects.requireNonNull(store, "store");
        this.rows = new PlanRows(Objects.requireNonNull(codec, "codec"));
    }

    @Override
    public StoredPlan propose(MigrationPlan plan, String actor) {
        requireActor(actor);
        return store.write("propose plan '" + plan.id() + "'", (c, audit) -> {
            Optional<StoredPlan> existing = rows.find(c, plan.id());
            if (existing.isPresent()) {
                throw new IllegalStateException("plan " + plan.id() + " is already stored (" + existing.get().status().label()
                        + "); a changed plan needs a new id");
            }
            String json = rows.insert(c, plan, PlanStatus.PROPOSED);
            Map<String, Object> payload = base(plan.id());
            payload.put("source", plan.source());
            payload.put("moves", plan.moves().size());
            payload.put("batches", plan.batches().size());
            payload.put("plan_sha256", PlanRows.sha256(json));
            audit.append(actor, AuditAction.PLAN_PROPOSED, payload);
            return rows.find(c, plan.id()).orElseThrow();
        });
    }

    @Override
    public Optional<StoredPlan> find(String planId) {
        return store.read("read plan '" + planId + "'", c -> rows.find(c, planId));
    }

    @Override
    public List<StoredPlan> list() {
        return store.read("list plans", rows::list);
    }

    @Override
    public StoredPlan submitForReview(String planId, String actor) {
        return changeStatus(planId, PlanStatus.UNDER_REVIEW, actor, AuditAction.PLAN_UNDER_REVIEW, Map.of());
    }

    @Override
    public StoredPlan approve(String planId, String approvedBy, String comment, Set<String> moveIds) {
        requireActor(approvedBy);
        return store.write("approve plan '" + planId + "'", (c, audit) -> {
            StoredPlan sp = require(c, planId);
            check(sp, PlanStatus.APPROVED, null);
            Set<String> chosen = new TreeSet<>(moveIds == null || moveIds.isEmpty()
                    ? sp.plan().moves().stream().map(Move::id).toList() : moveIds);
            List<String> unknown = chosen.stream().filter(id -> sp.plan().move(id).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("plan " + planId + " has no move(s) " + String.join(", ", unknown)
                        + " (its moves: " + String.join(", ", sp.plan().movesInOrder().stream().map(Move::id).toList()) + ")");
            }
            Approval approval = new Approval(planId, approvedBy, store.now(), comment, chosen);
            rows.insertApproval(c, approval);
            rows.updateStatus(c, planId, PlanStatus.APPROVED);
            Map<String, Object> payload = transition(planId, sp.status(), PlanStatus.APPROVED);
            payload.put("approved_by", approvedBy);
            payload.put("comment", approval.comment());
            payload.put("moves", List.copyOf(approval.moveIds()));
            payload.put("whole_plan", approval.moveIds().size() == sp.plan().moves().size());
            audit.append(approvedBy, AuditAction.PLAN_APPROVED, payload);
            return rows.find(c, planId).orElseThrow();
        });
    }

    @Override
    public StoredPlan schedule(String planId, ScheduleWindow window, String actor) {
        requireActor(actor);
        Objects.requireNonNull(window, "window");
        return store.write("schedule plan '" + planId + "'", (c, audit) -> {
            StoredPlan sp = require(c, planId);
            check(sp, PlanStatus.SCHEDULED, null);
            rows.insertSchedule(c, planId, window, actor, store.now());
            rows.updateStatus(c, planId, PlanStatus.SCHEDULED);
            Map<String, Object> payload = transition(planId, sp.status(), PlanStatus.SCHEDULED);
            payload.put("window_start", window.start().toString());
            payload.put("window_end", window.end().toString());
            audit.append(actor, AuditAction.PLAN_SCHEDULED, payload);
            return rows.find(c, planId).orElseThrow();
        });
    }

    @Override
    public StoredPlan supersede(String planId, String newerPlanId, String actor) {
        requireActor(actor);
        return store.write("supersede plan '" + planId + "'", (c, audit) -> {
            StoredPlan sp = require(c, planId);
            if (planId.equals(newerPlanId) || rows.find(c, newerPlanId).isEmpty()) {
                throw new IllegalArgumentException("plan " + planId + " can only be superseded by another stored plan; '"
                        + newerPlanId + "' is " + (planId.equals(newerPlanId) ? "the same plan" : "not stored"));
            }
            return apply(c, audit, sp, PlanStatus.SUPERSEDED, actor, AuditAction.PLAN_SUPERSEDED, Map.of("superseded_by", newerPlanId));
        });
    }

    @Override
    public StoredPlan cancel(String planId, String actor, String reason) {
        requireActor(actor);
        return store.write("cancel plan '" + planId + "'", (c, audit) -> {
            StoredPlan sp = require(c, planId);
            if (sp.status() == PlanStatus.EXECUTING || sp.status() == PlanStatus.PAUSED) {
                throw new IllegalPlanTransitionException(planId, sp.status(), PlanStatus.CANCELLED,
                        "it has started, so its executor cancels it after settling the moves it issued");
            }
            return apply(c, audit, sp, PlanStatus.CANCELLED, actor, AuditAction.EXECUTION_CANCELLED,
                    Map.of("reason", reason == null ? "" : reason));
        });
    }

    @Override
    public StoredPlan changeStatus(String planId, PlanStatus to, String actor, AuditAction action, Map<String, ?> details) {
        requireActor(actor);
        return store.write("change the status of plan '" + planId + "'", (c, audit) ->
                apply(c, audit, require(c, planId), to, actor, action, details));
    }

    private StoredPlan apply(Connection c, AuditWriter audit, StoredPlan sp, PlanStatus to, String actor, AuditAction action,
            Map<String, ?> details) throws SQLException {
        String why = null;
        if (to == PlanStatus.EXECUTING && sp.approval().isEmpty()) {
            why = "it has no recorded approval";
        }
        check(sp, to, why);
        rows.updateStatus(c, sp.id(), to);
        Map<String, Object> payload = transition(sp.id(), sp.status(), to);
        payload.putAll(details);
        audit.append(actor, action, payload);
        return rows.find(c, sp.id()).orElseThrow();
    }

    private static void check(StoredPlan sp, PlanStatus to, String refusal) {
        if (!sp.status().canBecome(to) || refusal != null) {
            throw new IllegalPlanTransitionException(sp.id(), sp.status(), to, refusal);
        }
    }

    private StoredPlan require(Connection c, String planId) throws SQLException {
        return rows.find(c, planId).orElseThrow(() -> new IllegalArgumentException("no plan '" + planId + "' in the store"));
    }

    private static Map<String, Object> base(String planId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("plan", planId);
        return payload;
    }

    private static Map<String, Object> transition(String planId, PlanStatus from, PlanStatus to) {
        Map<String, Object> payload = base(planId);
        payload.put("from", from.name());
        payload.put("to", to.name());
        return payload;
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("every plan change must name who makes it");
        }
    }

}
