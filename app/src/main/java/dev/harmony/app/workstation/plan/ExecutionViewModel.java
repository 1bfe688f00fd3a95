package dev.harmony.app.workstation.plan;

import dev.harmony.app.workstation.DialogService;
import dev.harmony.app.workstation.HealthComparison;
import dev.harmony.app.workstation.PoolFeedOptions;
import dev.harmony.app.workstation.TaskRunner;
import dev.harmony.app.workstation.UserMessage;
import dev.harmony.engine.audit.AuditEntry;
import dev.harmony.engine.audit.AuditVerification;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.execution.ExecutionEvent;
import dev.harmony.engine.execution.ExecutionOptions;
import dev.harmony.engine.execution.ExecutionReport;
import dev.harmony.engine.execution.ExecutionStore;
import dev.harmony.engine.execution.MoveState;
import dev.harmony.engine.execution.PlanExecutor;
import dev.harmony.engine.execution.RulePreflight;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.plan.PlanStatus;
import dev.harmony.engine.plan.StoredPlan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs the approved moves of the plan under review through the engine's executor in the background, with
 * progress, pause, resume and cancel; then judges the pool's health before and after the moves at the same
 * moment and loads the plan's audit trail with the hash chain verified. Execute is only possible for an
 * approved, scheduled (or paused) plan; the executor refuses anything else as well.
 */
public final class ExecutionViewModel {
    private final TaskRunner runner;
    private final Supplier<Optional<Connector>> source;
    private final ExecutionStore store;
    private final PlanViewModel plan;
    private final DialogService dialogs;
    private final Consumer<HealthComparison> onHealth;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Nothing runs before an approval.");
    private final ReadOnlyStringWrapper auditStatus = new ReadOnlyStringWrapper(this, "auditStatus", "");
    private final ReadOnlyObjectWrapper<HealthComparison> health = new ReadOnlyObjectWrapper<>(this, "health");
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    private final BooleanBinding canExecute;
    private final BooleanBinding paused;
    private volatile PlanExecutor executor;
    private int total;
    private int ended;

    /**
     * @param onHealth told of the health before and after each run, on the UI thread (the dashboard shows it)
     */
    public ExecutionViewModel(TaskRunner runner, Supplier<Optional<Connector>> source, ExecutionStore store, PlanViewModel plan,
                              DialogService dialogs, Consumer<HealthComparison> onHealth) {
        this.runner = runner;
        this.source = source;
        this.store = store;
        this.plan = plan;
        this.dialogs = dialogs;
        this.onHealth = onHealth;
        canExecute = Bindings.createBooleanBinding(() -> {
            StoredPlan sp = plan.storedProperty().get();
            return !running.get() && sp != null && sp.approval().isPresent()
                    && (sp.status() == PlanStatus.SCHEDULED || sp.status() == PlanStatus.PAUSED);
        }, plan.storedProperty(), running);
        paused = Bindings.createBooleanBinding(() -> plan.storedProperty().get() != null
                && plan.storedProperty().get().status() == PlanStatus.PAUSED, plan.storedProperty());
        plan.storedProperty().addListener((obs, old, sp) -> {
            if (sp != null && (old == null || !old.id().equals(sp.id()))) {
                loadAudit(sp.id());
            }
        });
    }

    /** Runs, or resumes, the approved moves. */
    public void execute() {
        StoredPlan sp = plan.storedProperty().get();
        Optional<Connector> connector = source.get();
        if (!canExecute.get() || connector.isEmpty()) {
            return;
        }
        InventorySnapshot before = plan.plannedOnProperty().get();
        PlanExecutor run = new PlanExecutor(connector.get(), store, new RulePreflight(connector.get().name()), ExecutionOptions.defaults(),
                event -> runner.ui().execute(() -> onEvent(event)));
        executor = run;
        running.set(true);
        status.set((sp.status() == PlanStatus.PAUSED ? "Resuming" : "Executing") + " plan " + sp.id() + " …");
        runner.run(() -> {
            ExecutionReport report;
            try {
                report = run.execute(sp.id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("the window closed while the plan ran; it resumes on the next Execute");
            }
            HealthComparison compared = before == null ? null : HealthComparison.of(connector.get(), before, PoolFeedOptions.defaults());
            return new Ran(report, compared);
        }, done -> {
            running.set(false);
            executor = null;
            ExecutionReport r = done.report();
            status.set(String.format(Locale.ROOT, "Plan %s %s: %d done, %d failed, %d skipped, %d cancelled%s", r.planId(), r.status().label(),
                    r.count(MoveState.DONE), r.count(MoveState.FAILED), r.count(MoveState.SKIPPED), r.count(MoveState.CANCELLED),
                    r.message().isBlank() ? "." : " (" + r.message() + ")."));
            if (done.health() != null) {
                health.set(done.health());
                onHealth.accept(done.health());
            }
            plan.reload();
            loadAudit(r.planId());
        }, error -> {
            running.set(false);
            executor = null;
            status.set("Execution stopped: " + UserMessage.describe(error));
            dialogs.showError(UserMessage.of("Execution stopped", error, "Check the plan's audit trail below and the source's state;"
                    + " a paused plan can be resumed with Execute."));
            plan.reload();
            loadAudit(sp.id());
        });
    }

    /** Starts no further move; the run pauses once the moves in flight have ended, and Execute resumes it. */
    public void pause() {
        PlanExecutor run = executor;
        if (run != null) {
            run.pause("paused in the workstation");
            status.set("Pausing after the moves in flight …");
        }
    }

    /** Cancels the running plan's pending moves (moves in flight are asked to stop), or a paused plan. */
    public void cancel() {
        PlanExecutor run = executor;
        String who = plan.approverProperty().get();
        if (run != null) {
            run.cancel(who, "cancelled in the workstation");
            status.set("Cancelling …");
            return;
        }
        StoredPlan sp = plan.storedProperty().get();
        Optional<Connector> connector = source.get();
        if (sp != null && sp.status() == PlanStatus.PAUSED && connector.isPresent()) {
            runner.run(() -> new PlanExecutor(connector.get(), store, new RulePreflight(connector.get().name()), ExecutionOptions.defaults(),
                    e -> { }).cancelStopped(sp.id(), who, "cancelled in the workstation"), r -> {
                        status.set("Plan " + r.planId() + " " + r.status().label() + ".");
                        plan.reload();
                        loadAudit(r.planId());
                    }, error -> dialogs.showError(UserMessage.of("Could not cancel", error, "Look at the audit trail and try again.")));
        }
    }

    private void onEvent(ExecutionEvent event) {
        if (event instanceof ExecutionEvent.Started s) {
            total = s.total();
            ended = s.total() - s.remaining();
            log.add(String.format(Locale.ROOT, "%s: %d approved moves, %d to run", s.resumed() ? "Resumed" : "Started", s.total(), s.remaining()));
        } else if (event instanceof ExecutionEvent.MoveStarted m) {
            log.add("Started " + m.move().describe() + (m.attempt() > 1 ? " (attempt " + m.attempt() + ")" : ""));
        } else if (event instanceof ExecutionEvent.MoveEnded e) {
            if (e.outcome() != MoveState.PENDING) {
                ended++;
            }
            log.add(e.move().id() + " " + e.outcome().name().toLowerCase(Locale.ROOT) + (e.detail().isBlank() ? "" : ": " + e.detail()));
        } else if (event instanceof ExecutionEvent.Reconciled r) {
            log.add("Reconciled " + r.move().describe() + " → " + r.outcome().name().toLowerCase(Locale.ROOT));
        } else if (event instanceof ExecutionEvent.Stopped s) {
            log.add("Plan " + s.status().label() + (s.message().isBlank() ? "" : ": " + s.message()));
        }
        progress.set(total == 0 ? 0 : ended / (double) total);
    }

    private void loadAudit(String planId) {
        runner.run(() -> new Audit(store.audit().entriesForPlan(planId), store.audit().verify()), a -> {
            audit.setAll(a.entries());
            AuditVerification v = a.verification();
            auditStatus.set(v.intact() ? String.format(Locale.ROOT, "Hash chain verified: all %,d entries of the trail intact; %d about this plan.",
                    v.entries(), a.entries().size())
                    : "Hash chain BROKEN at entry " + v.firstBroken().orElse(-1) + ": " + v.problem());
        }, error -> auditStatus.set("Could not read the audit trail: " + UserMessage.describe(error)));
    }

    /** Whether the plan under review is paused: Execute resumes it, Cancel ends it. */
    public BooleanBinding pausedProperty() {
        return paused;
    }

    public BooleanBinding canExecuteProperty() {
        return canExecute;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Ended approved moves over approved moves, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty auditStatusProperty() {
        return auditStatus.getReadOnlyProperty();
    }

    /** Health before and after the last run, judged at the same moment; null before a run. */
    public ReadOnlyObjectProperty<HealthComparison> healthProperty() {
        return health.getReadOnlyProperty();
    }

    /** What the runs did, one line per event. */
    public ObservableList<String> log() {
        return log;
    }

    /** The plan's audit entries, in chain order. */
    public ObservableList<AuditEntry> audit() {
        return audit;
    }

    private record Ran(ExecutionReport report, HealthComparison health) {
    }

    private record Audit(List<AuditEntry> entries, AuditVerification verification) {
    }
}
