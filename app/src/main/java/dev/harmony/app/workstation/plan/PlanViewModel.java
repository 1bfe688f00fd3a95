package dev.harmony.app.workstation.plan;

import dev.harmony.app.workstation.DialogService;
import dev.harmony.app.workstation.TaskRunner;
import dev.harmony.app.workstation.UserMessage;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.plan.MigrationPlan;
import dev.harmony.engine.plan.Move;
import dev.harmony.engine.plan.PlanLifecycle;
import dev.harmony.engine.plan.PlanStatus;
import dev.harmony.engine.plan.ScheduleWindow;
import dev.harmony.engine.plan.StoredPlan;
import dev.harmony.engine.planner.Blocker;
import dev.harmony.engine.planner.HarmonyPlanner;
import dev.harmony.engine.planner.PlanOutcome;
import dev.harmony.engine.planner.PlanReport;
import dev.harmony.engine.planner.PlannerOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

/**
 * State of the plan review: planning the open source in the background (best score so far, cancel), the
 * plan's moves filtered by text, the moves the planner picked, and the approval of exactly those with a
 * comment and a schedule window. Approval stores the plan and walks it through the engine's lifecycle, so
 * the audit trail records who approved what; nothing can run before that.
 */
public final class PlanViewModel {
    private final TaskRunner runner;
    private final Supplier<Optional<Connector>> source;
    private final PlanLifecycle plans;
    private final DialogService dialogs;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper planning = new ReadOnlyBooleanWrapper(this, "planning");
    private final ReadOnlyBooleanWrapper approving = new ReadOnlyBooleanWrapper(this, "approving");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Press Plan to plan migrations for the open source.");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<MigrationPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<StoredPlan> stored = new ReadOnlyObjectWrapper<>(this, "stored");
    private final ReadOnlyObjectWrapper<InventorySnapshot> plannedOn = new ReadOnlyObjectWrapper<>(this, "plannedOn");
    private final ObservableList<Move> moves = FXCollections.observableArrayList();
    private final FilteredList<Move> shown = new FilteredList<>(moves);
    private final ObservableSet<String> selected = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<Move> movesView = FXCollections.unmodifiableObservableList(moves);
    private final ObservableSet<String> selectedView = FXCollections.unmodifiableObservableSet(selected);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final StringProperty approver = new SimpleStringProperty(this, "approver", System.getProperty("user.name", ""));
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final IntegerProperty windowStartsInHours = new SimpleIntegerProperty(this, "windowStartsInHours", 0);
    private final IntegerProperty windowHours = new SimpleIntegerProperty(this, "windowHours", 4);
    private final IntegerProperty maxMoves = new SimpleIntegerProperty(this, "maxMoves", PlannerOptions.defaults().maxMoves());
    // More than harmony plan's 3 s: in the window the optimiser shares two cores with the live views.
    private final IntegerProperty timeLimitSeconds = new SimpleIntegerProperty(this, "timeLimitSeconds", 10);
    private final BooleanBinding canApprove;
    private long generation;

    public PlanViewModel(TaskRunner runner, Supplier<Optional<Connector>> source, PlanLifecycle plans, DialogService dialogs, Clock clock) {
        this.runner = runner;
        this.source = source;
        this.plans = plans;
        this.dialogs = dialogs;
        this.clock = clock;
        filter.addListener((obs, old, text) -> shown.setPredicate(m -> matches(m, text)));
        canApprove = Bindings.createBooleanBinding(() -> plan.get() != null && stored.get() == null && !selected.isEmpty()
                && !approving.get() && !planning.get(), plan, stored, selected, approving, planning);
    }

    /** Plans the open source now, in the background; a plan already shown and not approved is replaced. */
    public void plan() {
        Optional<Connector> connector = source.get();
        if (connector.isEmpty()) {
            dialogs.showError(new UserMessage("Nothing to plan", "No source is open yet.", "Wait until the demo lab has opened."));
            return;
        }
        if (maxMoves.get() < 1 || maxMoves.get() > 1000 || timeLimitSeconds.get() < 1 || timeLimitSeconds.get() > 3600) {
            dialogs.showError(new UserMessage("Planner settings are not valid", "Moves must be within 1..1000 and the time limit within"
                    + " 1..3600 seconds; they are " + maxMoves.get() + " and " + timeLimitSeconds.get() + ".", "Correct them and plan again."));
            return;
        }
        long run = ++generation;
        PlannerOptions options = PlannerOptions.defaults().withMaxMoves(maxMoves.get())
                .withLimits(Duration.ofSeconds(timeLimitSeconds.get()), PlannerOptions.defaults().stepLimit());
        planning.set(true);
        progress.set("");
        status.set("Reading " + connector.get().name() + " and forecasting the next " + PlanningInput.HORIZON.toHours() + " h …");
        runner.run(() -> {
            InventorySnapshot before = connector.get().inventory();
            PlanOutcome outcome = new HarmonyPlanner(options, HealthOptions.defaults()).plan(PlanningInput.read(connector.get(), 2),
                    p -> runner.ui().execute(() -> {
                        if (run == generation && planning.get()) {
                            progress.set(String.format(Locale.ROOT, "Best so far after %.1f s: %d hard, %d soft, %d VM%s moved",
                                    p.elapsed().toMillis() / 1000.0, p.hardScore(), p.softScore(), p.movedVms(), p.movedVms() == 1 ? "" : "s"));
                        }
                    }));
            return new Planned(outcome, before);
        }, done -> {
            if (run != generation) {
                return;
            }
            planning.set(false);
            progress.set("");
            show(done);
        }, error -> {
            if (run != generation) {
                return;
            }
            planning.set(false);
            status.set("Planning failed: " + UserMessage.describe(error));
            dialogs.showError(UserMessage.of("Planning failed", error, "Check that the source is still connected and plan again."
                    + " The log has the details."));
        });
    }

    /** Stops waiting for the running planner; its result, when it comes, is dropped. Nothing was stored. */
    public void cancelPlanning() {
        if (planning.get()) {
            generation++;
            planning.set(false);
            progress.set("");
            status.set("Planning cancelled; nothing was stored.");
        }
    }

    private void show(Planned done) {
        if (done.outcome() instanceof PlanOutcome.Blocked blocked) {
            String why = blocked.blockers().stream().map(Blocker::message).collect(Collectors.joining("; "));
            status.set("No plan: " + why);
            dialogs.showError(new UserMessage("No plan is possible", why, "Resolve what blocks it (the message names the host, VM or rule),"
                    + " then plan again."));
            return;
        }
        PlanOutcome.Planned planned = (PlanOutcome.Planned) done.outcome();
        MigrationPlan p = planned.plan();
        PlanReport report = planned.report();
        stored.set(null);
        selected.clear();
        plannedOn.set(done.before());
        moves.setAll(p.movesInOrder());
        plan.set(p);
        summary.set(summary(p, report));
        status.set(p.moves().isEmpty() ? "The planner found no move worth making." : "Plan " + p.id() + ": " + p.moves().size()
                + " moves. Pick the moves to approve, add a comment and approve them.");
    }

    private static String summary(MigrationPlan p, PlanReport r) {
        String health = p.healthBefore() == null || p.healthAfter() == null ? "health not predicted"
                : String.format(Locale.ROOT, "predicted health %.1f → %.1f", p.healthBefore(), p.healthAfter());
        String left = r.unresolved().isEmpty() ? ""
                : " · NOT RESOLVED: " + r.unresolved().get(0) + (r.unresolved().size() > 1 ? " (and " + (r.unresolved().size() - 1) + " more, in the report)" : "");
        return String.format(Locale.ROOT, "%s · %d candidate VMs, %d pairs below the threshold · %d proposed, %d dropped by the impact"
                + " check · planned in %.1f s", health, r.candidateVms(), r.candidatePairs(), r.proposed(), r.dropped().size(),
                r.totalTime().toMillis() / 1000.0) + left;
    }

    /** Replaces the picked moves; ids not in the plan are ignored. */
    public void select(Collection<String> moveIds) {
        MigrationPlan p = plan.get();
        Set<String> known = p == null ? Set.of() : p.moves().stream().map(Move::id).collect(Collectors.toSet());
        Set<String> keep = moveIds.stream().filter(known::contains).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!keep.equals(selected)) {
            selected.clear();
            selected.addAll(keep);
        }
    }

    /**
     * Stores the plan and approves the picked moves with the comment, then schedules them for the window:
     * starting in {@code windowStartsInHours} hours, for {@code windowHours} hours. Each step is audited.
     */
    public void approve() {
        MigrationPlan p = plan.get();
        if (!canApprove.get()) {
            return;
        }
        if (approver.get() == null || approver.get().isBlank()) {
            dialogs.showError(new UserMessage("Who approves?", "An approval must name the person who gives it.", "Type your name in Approver."));
            return;
        }
        if (windowHours.get() < 1 || windowStartsInHours.get() < 0) {
            dialogs.showError(new UserMessage("Schedule window is not valid", "The window must last at least an hour and cannot start in the past.",
                    "Correct the window and approve again."));
            return;
        }
        Set<String> ids = Set.copyOf(selected);
        String who = approver.get().strip();
        String note = comment.get() == null ? "" : comment.get().strip();
        Instant start = clock.instant().minusSeconds(1).plus(Duration.ofHours(windowStartsInHours.get()));
        ScheduleWindow window = new ScheduleWindow(start, start.plus(Duration.ofHours(windowHours.get())));
        approving.set(true);
        runner.run(() -> {
            if (plans.find(p.id()).isEmpty()) {
                plans.propose(p, who);
            }
            plans.submitForReview(p.id(), who);
            plans.approve(p.id(), who, note, ids);
            return plans.schedule(p.id(), window, who);
        }, sp -> {
            approving.set(false);
            stored.set(sp);
            status.set(String.format(Locale.ROOT, "%d of %d moves approved by %s and scheduled %s .. %s UTC.", ids.size(), p.moves().size(), who,
                    window.start().toString().substring(0, 16).replace('T', ' '), window.end().toString().substring(0, 16).replace('T', ' ')));
        }, error -> {
            approving.set(false);
            status.set("Approval failed: " + UserMessage.describe(error));
            dialogs.showError(UserMessage.of("Approval failed", error, "Plan again and approve the new plan; nothing was approved."));
        });
    }

    /** Takes the stored plan as it is now (after a run), so the tab shows its status. */
    public void reload() {
        StoredPlan sp = stored.get();
        if (sp != null) {
            runner.run(() -> plans.find(sp.id()).orElse(sp), stored::set, error -> { });
        }
    }

    private static boolean matches(Move m, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return (m.id() + " " + m.vm() + " " + m.from() + " " + m.to() + " " + m.reason() + " " + m.risk().code())
                .toLowerCase(Locale.ROOT).contains(t);
    }

    public ReadOnlyBooleanProperty planningProperty() {
        return planning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty approvingProperty() {
        return approving.getReadOnlyProperty();
    }

    /** Whether Approve can be pressed: a plan, not approved yet, with moves picked. */
    public BooleanBinding canApproveProperty() {
        return canApprove;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The planner's best score so far while it runs. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** How the plan came about, in one line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MigrationPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The plan as stored once approved, with its status, approval and window; null before approval. */
    public ReadOnlyObjectProperty<StoredPlan> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    /** The inventory the plan was made on: the placement before any of its moves. */
    public ReadOnlyObjectProperty<InventorySnapshot> plannedOnProperty() {
        return plannedOn.getReadOnlyProperty();
    }

    /** The plan's moves that match the filter, in plan order. */
    public FilteredList<Move> shownMoves() {
        return shown;
    }

    public ObservableList<Move> moves() {
        return movesView;
    }

    /** Ids of the picked moves. */
    public ObservableSet<String> selected() {
        return selectedView;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty approverProperty() {
        return approver;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public IntegerProperty windowStartsInHoursProperty() {
        return windowStartsInHours;
    }

    public IntegerProperty windowHoursProperty() {
        return windowHours;
    }

    public IntegerProperty maxMovesProperty() {
        return maxMoves;
    }

    public IntegerProperty timeLimitSecondsProperty() {
        return timeLimitSeconds;
    }

    /** A planner's outcome with the inventory it planned on. */
    private record Planned(PlanOutcome outcome, InventorySnapshot before) {
    }
}
