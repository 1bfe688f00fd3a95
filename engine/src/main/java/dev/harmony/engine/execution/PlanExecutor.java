package dev.harmony.engine.execution;

import dev.harmony.engine.audit.AuditAction;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.plan.Approval;
import dev.harmony.engine.plan.Batch;
import dev.harmony.engine.plan.IllegalPlanTransitionException;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanStatus;
import dev.harmony.engine.plan.StoredPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs the approved moves of a scheduled plan through a connector, batch by batch in plan order, and
 * leaves the plan succeeded, partly failed, cancelled or paused. {@link #execute} also resumes a paused
 * plan and, after a crash, reconciles the interrupted run first. {@link #pause} and {@link #cancel} may
 * be called from any thread while {@link #execute} runs; one executor runs one plan at a time.
 */
public final class PlanExecutor {
    private final Connector connector;
    private final ExecutionStore store;
    private final Preflight preflight;
    private final ExecutionOptions options;
    private final Consumer<ExecutionEvent> listener;
    private volatile RunControl control = new RunControl();

    public PlanExecutor(Connector connector, ExecutionStore store, Preflight preflight, ExecutionOptions options,
            Consumer<ExecutionEvent> listener) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.store = Objects.requireNonNull(store, "store");
        this.preflight = Objects.requireNonNull(preflight, "preflight");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Runs (or resumes, or recovers) the plan until it ends or pauses.
     *
     * @throws IllegalPlanTransitionException when the plan is not approved and scheduled, paused, or interrupted
     * @throws IllegalArgumentException       when the plan is unknown or was made for another connector
     */
    public synchronized ExecutionReport execute(String planId) throws InterruptedException {
        StoredPlan sp = store.plans().find(planId).orElseThrow(() -> new IllegalArgumentException("no plan '" + planId + "' in the store"));
        if (!sp.plan().source().equals(connector.name())) {
            throw new IllegalArgumentException("plan " + planId + " was made for " + sp.plan().source() + ", not for " + connector.name());
        }
        Approval approval = sp.approval().orElseThrow(() -> new IllegalPlanTransitionException(planId, sp.status(), PlanStatus.EXECUTING,
                "it has not been approved"));
        control = new RunControl();
        RunContext ctx = new RunContext(sp, approval, connector, store.journal(), preflight, options, listener, control);
        boolean resumed = begin(ctx);
        List<Move> approved = sp.plan().movesInOrder().stream().filter(m -> approval.covers(m.id())).toList();
        Map<String, JournalEntry> rows = byMove(store.journal().open(planId, approved));
        long remaining = rows.values().stream().filter(e -> e.state() == MoveState.PENDING).count();
        ctx.emit(new ExecutionEvent.Started(planId, approved.size(), (int) remaining, resumed));
        WaveRun.Stop stop = WaveRun.Stop.COMPLETED;
        for (Batch batch : sp.plan().batchesInOrder()) {
            List<Move> pending = approved.stream().filter(m -> m.batch().equals(batch.id()))
                    .filter(m -> rows.get(m.id()).state() == MoveState.PENDING).toList();
            int wave = Math.min(batch.maxMoves(), options.limits().maxMovesPerBatch());
            for (int i = 0; i < pending.size() && stop == WaveRun.Stop.COMPLETED; i += wave) {
                List<Move> moves = pending.subList(i, Math.min(pending.size(), i + wave));
                stop = new WaveRun(ctx, batch, moves, () -> cancelPending(planId)).run();
            }
            if (stop != WaveRun.Stop.COMPLETED) {
                break;
            }
        }
        if (stop == WaveRun.Stop.COMPLETED && control.cancelRequested()) {
            cancelPending(planId);
            stop = WaveRun.Stop.CANCELLED;
        }
        return finish(sp, stop, approved);
    }

    /** Asks the running plan to start no more moves and pause once the moves in flight have ended. */
    public void pause(String reason) {
        control.pause(reason == null || reason.isBlank() ? "paused on request" : "paused on request: " + reason);
    }

    /**
     * Asks the running plan to cancel: pending moves are cancelled at once, moves in flight are asked to
     * cancel (one past its point of no return still completes, and is recorded so).
     */
    public void cancel(String actor, String reason) {
        control.cancel(actor, reason == null ? "" : reason);
    }

    /**
     * Cancels a plan that is not running here: paused, or interrupted by a crash (reconciled first).
     * A plan that has not started is cancelled through {@link dev.harmony.engine.plan.PlanLifecycle#cancel}.
     */
    public synchronized ExecutionReport cancelStopped(String planId, String actor, String reason) {
        StoredPlan sp = store.plans().find(planId).orElseThrow(() -> new IllegalArgumentException("no plan '" + planId + "' in the store"));
        if (sp.status() != PlanStatus.PAUSED && sp.status() != PlanStatus.EXECUTING) {
            throw new IllegalPlanTransitionException(planId, sp.status(), PlanStatus.CANCELLED, "only a paused or interrupted run is cancelled here");
        }
        if (sp.status() == PlanStatus.EXECUTING) {
            new Reconciler(connector, store.journal(), options.actor(), listener).reconcile(sp);
        }
        control = new RunControl();
        control.cancel(actor, reason == null ? "" : reason);
        cancelPending(planId);
        List<Move> approved = sp.plan().movesInOrder().stream().filter(m -> sp.approval().map(a -> a.covers(m.id())).orElse(false)).toList();
        return finish(sp, WaveRun.Stop.CANCELLED, approved);
    }

    /** Moves the plan to executing; true when it resumes a paused or interrupted run. */
    private boolean begin(RunContext ctx) {
        StoredPlan sp = ctx.plan();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("connector", connector.name());
        details.put("approved_moves", ctx.approval().moveIds().size());
        switch (sp.status()) {
            case SCHEDULED -> {
                var window = sp.schedule().orElseThrow();
                var now = options.clock().instant();
                if (!window.isOpenAt(now)) {
                    throw new IllegalPlanTransitionException(sp.id(), sp.status(), PlanStatus.EXECUTING, "its window is "
                            + window.start() + " .. " + window.end() + " and it is now " + now + "; nothing was started");
                }
                store.plans().changeStatus(sp.id(), PlanStatus.EXECUTING, options.actor(), AuditAction.EXECUTION_STARTED, details);
                return false;
            }
            case PAUSED -> {
                store.plans().changeStatus(sp.id(), PlanStatus.EXECUTING, options.actor(), AuditAction.EXECUTION_RESUMED, details);
                return true;
            }
            case EXECUTING -> {
                new Reconciler(connector, store.journal(), options.actor(), listener).reconcile(sp);
                return true;
            }
            default -> throw new IllegalPlanTransitionException(sp.id(), sp.status(), PlanStatus.EXECUTING,
                    sp.status() == PlanStatus.APPROVED ? "it is approved but not scheduled" : "only a scheduled, paused or interrupted plan runs");
        }
    }

    private void cancelPending(String planId) {
        String reason = "cancelled by " + control.cancelActor() + (control.cancelReason().isBlank() ? "" : ": " + control.cancelReason());
        store.journal().cancelPending(planId, reason, control.cancelActor());
    }

    private ExecutionReport finish(StoredPlan sp, WaveRun.Stop stop, List<Move> approved) {
        Map<String, JournalEntry> rows = byMove(store.journal().entries(sp.id()));
        List<JournalEntry> ordered = new ArrayList<>();
        approved.forEach(m -> ordered.add(rows.get(m.id())));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (MoveState s : MoveState.values()) {
            counts.put(s.name().toLowerCase(java.util.Locale.ROOT), ordered.stream().filter(e -> e.state() == s).count());
        }
        PlanStatus status;
        String message;
        AuditAction action;
        if (stop == WaveRun.Stop.PAUSED) {
            status = PlanStatus.PAUSED;
            message = control.pauseReason();
            action = AuditAction.EXECUTION_PAUSED;
        } else if (stop == WaveRun.Stop.CANCELLED || ordered.stream().anyMatch(e -> e.state() == MoveState.CANCELLED)) {
            status = PlanStatus.CANCELLED;
            message = "cancelled by " + control.cancelActor() + (control.cancelReason().isBlank() ? "" : ": " + control.cancelReason());
            action = AuditAction.EXECUTION_CANCELLED;
        } else {
            boolean all = ordered.stream().allMatch(e -> e.state() == MoveState.DONE);
            status = all ? PlanStatus.SUCCEEDED : PlanStatus.PARTLY_FAILED;
            message = all ? "" : counts.get("done") + " of " + ordered.size() + " approved moves done; " + counts.get("failed")
                    + " failed, " + counts.get("skipped") + " skipped";
            action = AuditAction.EXECUTION_FINISHED;
        }
        Map<String, Object> details = new LinkedHashMap<>(counts);
        details.put("message", message);
        String actor = status == PlanStatus.CANCELLED && !control.cancelActor().isBlank() ? control.cancelActor() : options.actor();
        store.plans().changeStatus(sp.id(), status, actor, action, details);
        new RunContext(sp, sp.approval().orElse(null), connector, store.journal(), preflight, options, listener, control)
                .emit(new ExecutionEvent.Stopped(sp.id(), status, message));
        List<String> notApproved = sp.plan().movesInOrder().stream().map(Move::id)
                .filter(id -> approved.stream().noneMatch(m -> m.id().equals(id))).toList();
        return new ExecutionReport(sp.id(), status, ordered, notApproved, message);
    }

    private static Map<String, JournalEntry> byMove(List<JournalEntry> entries) {
        Map<String, JournalEntry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.moveId(), e));
        return map;
    }
}
