package dev.harmony.viz.whatif;

import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.whatif.Scenario;
import dev.harmony.engine.whatif.ScenarioComparison;
import dev.harmony.engine.whatif.ScenarioException;
import dev.harmony.engine.whatif.ScenarioOutcome;
import dev.harmony.engine.whatif.ScenarioReader;
import dev.harmony.engine.whatif.ScenarioWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the what-if panel: scenarios A and B, the one being edited, a run in the background with
 * progress and cancel, each scenario's result, and A beside B once both have run over the same horizon.
 * Problems are said in words that name the file, field or host to fix. Call it on the FX thread; the
 * work goes to {@code background} and its results come back through {@code ui}.
 */
public final class WhatIfViewModel {
    /** Which of the two scenarios. */
    public enum Slot { A, B }

    private final Executor background;
    private final Executor ui;
    private final Map<Slot, ScenarioEditorViewModel> editors = new EnumMap<>(Slot.class);
    private final ObjectProperty<Slot> editing = new SimpleObjectProperty<>(this, "editing", Slot.A);
    private final ReadOnlyObjectWrapper<ScenarioEditorViewModel> editor = new ReadOnlyObjectWrapper<>(this, "editor");
    private final ReadOnlyObjectWrapper<ScenarioResult> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Open a demo lab to run scenarios");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<List<ComparisonRow>> comparison = new ReadOnlyObjectWrapper<>(this, "comparison", List.of());
    private final ReadOnlyStringWrapper comparisonNote = new ReadOnlyStringWrapper(this, "comparisonNote",
            "Run A and B to see them side by side");
    private PoolNames pool = PoolNames.UNKNOWN;
    private ScenarioService service;
    private RunControl current;

    public WhatIfViewModel(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
        editors.put(Slot.A, new ScenarioEditorViewModel("scenario-a", "What if …?"));
        editors.put(Slot.B, new ScenarioEditorViewModel("scenario-b", "The pool as it is, for comparison"));
        editor.set(editors.get(Slot.A));
        editing.addListener((obs, old, now) -> {
            editor.set(editors.get(now == null ? Slot.A : now));
            shown.set(editor.get().resultProperty().get());
        });
        editors.values().forEach(e -> e.resultProperty().addListener((obs, old, now) -> {
            if (e == editor.get()) {
                shown.set(now);
            }
            compare();
        }));
        editors.values().forEach(e -> e.editedProperty().addListener((obs, old, now) -> compare()));
    }

    /** Makes runs possible against the pool just opened; new scenarios name its lab. */
    public void attach(String labName, InventorySnapshot inventory, ScenarioService scenarios) {
        pool = new PoolNames(inventory.hosts().stream().map(Host::id).collect(Collectors.toSet()),
                inventory.vms().stream().map(Vm::id).collect(Collectors.toSet()));
        editors.values().forEach(e -> e.useLab(labName));
        service = scenarios;
        ready.set(true);
        message.set(String.format(Locale.ROOT, "Ready: scenarios run against lab %s (%d hosts, %d VMs)", labName,
                inventory.hosts().size(), inventory.vms().size()));
    }

    /** The open source cannot be simulated; says why and what to do instead. */
    public void detach(String why) {
        service = null;
        pool = PoolNames.UNKNOWN;
        ready.set(false);
        message.set(why);
    }

    public ScenarioEditorViewModel editor(Slot slot) {
        return editors.get(slot);
    }

    /** The scenario being edited. */
    public ObjectProperty<Slot> editingProperty() {
        return editing;
    }

    public ReadOnlyObjectProperty<ScenarioEditorViewModel> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    /** Adds a change to the scenario being edited, filled with sensible values (the first host for host changes). */
    public ChangeForm addChange(ChangeKind kind) {
        return editor.get().addChange(kind, pool);
    }

    /** Checks the scenario being edited without running it; true when every field is right. */
    public boolean check() {
        Optional<Scenario> s = editor.get().toScenario(pool);
        error.set(s.isPresent() ? "" : invalid(editing.get()));
        return s.isPresent();
    }

    /** Runs the scenario being edited. */
    public void run() {
        start(List.of(editing.get()));
    }

    /** Runs A, then B, so they can be compared. */
    public void runBoth() {
        start(List.of(Slot.A, Slot.B));
    }

    /** Stops the run: the window is free at once, the worker stops at its next stage, and nothing of the run is kept. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
            running.set(false);
            progress.set(0);
            message.set("Cancelled; no result of that run was kept");
        }
    }

    private void start(List<Slot> slots) {
        if (running.get()) {
            return;
        }
        if (service == null) {
            error.set("No pool to run against: " + message.get());
            return;
        }
        Map<Slot, Scenario> scenarios = new EnumMap<>(Slot.class);
        for (Slot slot : slots) {
            Optional<Scenario> s = editors.get(slot).toScenario(pool);
            if (s.isEmpty()) {
                editing.set(slot);
                error.set(invalid(slot));
                return;
            }
            scenarios.put(slot, s.get());
        }
        error.set("");
        RunControl[] self = new RunControl[1];
        RunControl control = new RunControl((done, doing) -> ui.execute(() -> {
            if (current == self[0]) {
                progress.set(done);
                message.set(doing);
            }
        }));
        self[0] = control;
        current = control;
        running.set(true);
        progress.set(0);
        message.set("Running " + names(slots) + " …");
        ScenarioService using = service;
        long started = System.nanoTime();
        background.execute(new ScenarioJob(control, using, scenarios, ui, (outcomes, at, problem) -> {
            if (control == current) {
                ended(outcomes, at, problem, started);
            }
        }));
    }

    private void ended(Map<Slot, ScenarioOutcome> outcomes, Slot at, RuntimeException problem, long started) {
        current = null;
        running.set(false);
        if (problem == null) {
            outcomes.forEach((slot, o) -> editors.get(slot).setResult(ScenarioResult.of(slot.name(), o)));
            progress.set(1);
            StringBuilder text = new StringBuilder("Ran " + names(List.copyOf(outcomes.keySet())));
            text.append(String.format(Locale.ROOT, " in %.1f s:", (System.nanoTime() - started) / 1e9));
            outcomes.forEach((slot, o) -> text.append(String.format(Locale.ROOT, " %s lowest health %.1f, %d contention event(s);",
                    slot, o.result().summary().minPoolHealth(), o.result().summary().contentionEvents())));
            message.set(text.substring(0, text.length() - 1));
            return;
        }
        progress.set(0);
        if (problem instanceof CancellationException) {
            message.set("Cancelled");
        } else if (problem instanceof ScenarioException e) {
            editing.set(at);
            editors.get(at).markEngineError(e);
            message.set("Run failed");
            error.set("Scenario " + at + " cannot run: " + e.getMessage() + ". Nothing was simulated; fix it and run again.");
        } else {
            message.set("Run failed");
            error.set("The run failed: " + describe(problem) + ". Nothing was kept; the scenario is unchanged.");
        }
    }

    /** Reads a scenario file into the slot being edited; a bad file changes nothing and says where it is wrong. */
    public boolean open(Path file) {
        try {
            Scenario s = new ScenarioReader().read(file);
            editor.get().load(s);
            error.set("");
            message.set("Opened " + file.getFileName() + " as scenario " + editing.get());
            return true;
        } catch (ScenarioException e) {
            error.set("Cannot open the scenario: " + e.getMessage());
            return false;
        }
    }

    /** Writes the scenario being edited; refuses (with the fields marked) while the form has errors. */
    public boolean save(Path file) {
        Optional<Scenario> s = editor.get().toScenario(pool);
        if (s.isEmpty()) {
            error.set(invalid(editing.get()) + " Nothing was saved.");
            return false;
        }
        try {
            new ScenarioWriter().write(s.get(), file);
        } catch (UncheckedIOException e) {
            error.set("Cannot save " + file + ": " + describe(e.getCause()));
            return false;
        }
        error.set("");
        message.set("Saved scenario " + editing.get() + " to " + file);
        return true;
    }

    private void compare() {
        ScenarioResult a = editors.get(Slot.A).resultProperty().get();
        ScenarioResult b = editors.get(Slot.B).resultProperty().get();
        if (a == null || b == null) {
            comparison.set(List.of());
            comparisonNote.set("Run " + (a == null && b == null ? "A and B" : a == null ? "A" : "B") + " to see them side by side");
            return;
        }
        try {
            ScenarioComparison c = ScenarioComparison.of(a.outcome(), b.outcome());
            comparison.set(ComparisonRow.of(c));
            List<String> edited = editors.entrySet().stream().filter(e -> e.getValue().editedProperty().get())
                    .map(e -> e.getKey().name()).toList();
            comparisonNote.set("A: " + c.first() + " · B: " + c.second() + " · " + WhatIfText.time(c.start()) + " → "
                    + WhatIfText.time(c.end()) + (edited.isEmpty() ? "" : " · " + String.join(" and ", edited)
                    + " changed since, run again to update"));
        } catch (ScenarioException e) {
            comparison.set(List.of());
            comparisonNote.set("Cannot compare: " + e.problem());
        }
    }

    private String invalid(Slot slot) {
        List<String> wrong = editors.get(slot).problems();
        return "Scenario " + slot + " has " + wrong.size() + " field(s) to fix: " + String.join("; ", wrong) + ".";
    }

    private static String names(List<Slot> slots) {
        return slots.size() == 1 ? "scenario " + slots.get(0) : "scenarios " + slots.stream().map(Slot::name)
                .collect(Collectors.joining(" and "));
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Share of the run done, 0–1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening or just happened. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What went wrong and what to fix, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last result of the scenario being edited, or null. */
    public ReadOnlyObjectProperty<ScenarioResult> shownResultProperty() {
        return shown.getReadOnlyProperty();
    }

    /** A's and B's figures side by side; empty until both ran over the same horizon. */
    public ReadOnlyObjectProperty<List<ComparisonRow>> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** What the comparison shows, or why there is none. */
    public ReadOnlyStringProperty comparisonNoteProperty() {
        return comparisonNote.getReadOnlyProperty();
    }
}
