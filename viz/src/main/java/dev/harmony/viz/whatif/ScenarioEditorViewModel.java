package dev.harmony.viz.whatif;

import dev.harmony.engine.whatif.DemandMode;
import dev.harmony.engine.whatif.Scenario;
import dev.harmony.engine.whatif.ScenarioBaseline;
import dev.harmony.engine.whatif.ScenarioChange;
import dev.harmony.engine.whatif.ScenarioException;
import dev.harmony.engine.whatif.ScenarioMigration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One scenario being edited: its name, baseline and horizon as fields, its changes as forms, the timed
 * migrations a loaded file brought (kept as they are), and its last run's result. Call it on the FX thread.
 */
public final class ScenarioEditorViewModel {
    private static final Pattern CHANGE_PATH = Pattern.compile("changes\\[(\\d+)]\\.?(.*)");
    private final FormField name;
    private final FormField description = new FormField("description", "Question", "what the scenario asks, in words", List.of(), "");
    private final FormField lab = new FormField("lab", "Lab", "the lab whose pool is the baseline", List.of(), "");
    private final FormField start = new FormField("start", "Start (UTC)", "blank for the lab's replay clock", List.of(), "");
    private final FormField horizonDays = new FormField("horizon_days", "Horizon (days)", "how far ahead, up to 30", List.of(), "2");
    private final FormField historyDays = new FormField("history_days", "History (days)", "what the forecasts learn from", List.of(), "7");
    private final FormField healthEveryHours = new FormField("health_every_hours", "Health every (h)", "length of a health window",
            List.of(), "6");
    private final FormField demand = new FormField("demand", "Demand", "forecast ahead or replay the trace",
            List.of("forecast", "replay"), "forecast");
    private final ObservableList<ChangeForm> changes = FXCollections.observableArrayList();
    private final ObjectProperty<ChangeForm> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper migrationsNote = new ReadOnlyStringWrapper(this, "migrationsNote", "");
    private final ReadOnlyObjectWrapper<ScenarioResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private List<ScenarioMigration> migrations = List.of();

    ScenarioEditorViewModel(String initialName, String question) {
        name = new FormField("name", "Name", "short, shown in comparisons", List.of(), initialName);
        description.setText(question);
        headerFields().forEach(this::watch);
        changes.addListener((ListChangeListener<ChangeForm>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(form -> form.fields().forEach(this::watch));
            }
            markEdited();
        });
    }

    private void watch(FormField f) {
        f.textProperty().addListener((obs, old, now) -> markEdited());
    }

    private void markEdited() {
        edited.set(result.get() != null);
    }

    /** Whether the form changed since its result was computed, so the result no longer answers it. */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    /** Name, question, lab, start, horizon, history, health window and demand mode, in form order. */
    public List<FormField> headerFields() {
        return List.of(name, description, lab, start, horizonDays, historyDays, healthEveryHours, demand);
    }

    public FormField field(String key) {
        return headerFields().stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario field " + key));
    }

    public ObservableList<ChangeForm> changes() {
        return changes;
    }

    /** The change whose form is shown. */
    public ObjectProperty<ChangeForm> selectedProperty() {
        return selected;
    }

    /** Adds a change of this kind with its starting values, selected for editing. */
    public ChangeForm addChange(ChangeKind kind, PoolNames pool) {
        ChangeForm form = new ChangeForm(kind);
        if ((kind == ChangeKind.MAINTENANCE || kind == ChangeKind.REMOVE_HOSTS) && !pool.hosts().isEmpty()) {
            form.field("hosts").setText(pool.hosts().stream().sorted().findFirst().orElseThrow());
        }
        changes.add(form);
        selected.set(form);
        return form;
    }

    /** Removes the selected change; the next one (or the one before) is selected. */
    public void removeSelected() {
        int at = changes.indexOf(selected.get());
        if (at >= 0) {
            changes.remove(at);
            selected.set(changes.isEmpty() ? null : changes.get(Math.min(at, changes.size() - 1)));
        }
    }

    /** Timed migrations from a loaded file, which the form keeps but does not edit; empty when none. */
    public ReadOnlyStringProperty migrationsNoteProperty() {
        return migrationsNote.getReadOnlyProperty();
    }

    /** The last run of this scenario, or null. */
    public ReadOnlyObjectProperty<ScenarioResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    void setResult(ScenarioResult r) {
        result.set(r);
        edited.set(false);
    }

    /** Sets the lab when the scenario names none yet, e.g. when a source opens. */
    void useLab(String labName) {
        if (lab.text().isEmpty()) {
            lab.setText(labName);
        }
    }

    /** Replaces the form's content with a scenario read from a file. */
    void load(Scenario s) {
        name.setText(s.name());
        description.setText(s.description());
        ScenarioBaseline b = s.baseline();
        lab.setText(b.lab());
        start.setText(b.start().map(Object::toString).orElse(""));
        horizonDays.setText(FormReader.fmt(b.horizon().toMinutes() / 1440.0));
        historyDays.setText(FormReader.fmt(b.history().toMinutes() / 1440.0));
        healthEveryHours.setText(FormReader.fmt(b.healthEvery().toMinutes() / 60.0));
        demand.setText(b.demand().name().toLowerCase(Locale.ROOT));
        changes.setAll(s.changes().stream().map(ChangeForm::of).toList());
        selected.set(changes.isEmpty() ? null : changes.get(0));
        migrations = s.migrations();
        migrationsNote.set(migrations.isEmpty() ? "" : migrations.size() + " timed migration(s) from the file are kept as they are");
        setResult(null);
    }

    /**
     * The scenario the form describes; empty with every wrong field marked (and the first wrong change
     * selected) when something does not parse or names an unknown host or VM.
     */
    public Optional<Scenario> toScenario(PoolNames pool) {
        FormReader r = new FormReader();
        String n = r.text(name);
        String d = r.text(description);
        String l = r.text(lab);
        var from = r.instant(start);
        Duration horizon = minutes(r.number(horizonDays, 0.01, 30) * 1440);
        Duration history = minutes(r.number(historyDays, 1, 365) * 1440);
        Duration every = minutes(r.number(healthEveryHours, 1, 24 * 30) * 60);
        if (r.valid() && every.compareTo(horizon) > 0) {
            r.fail(healthEveryHours, "must not be longer than the horizon (" + FormReader.fmt(horizon.toMinutes() / 60.0) + " h)");
        }
        DemandMode mode = demand.text().equals("replay") ? DemandMode.REPLAY : DemandMode.FORECAST;
        List<ScenarioChange> built = new ArrayList<>();
        ChangeForm firstWrong = null;
        for (ChangeForm c : changes) {
            FormReader cr = new FormReader();
            ScenarioChange change = c.build(cr, pool);
            if (cr.valid()) {
                built.add(change);
            } else if (firstWrong == null) {
                firstWrong = c;
            }
        }
        if (firstWrong != null) {
            selected.set(firstWrong);
        }
        if (!r.valid() || firstWrong != null) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(n, d, new ScenarioBaseline(l, from, horizon, mode, history, every), built, migrations));
    }

    /** Every field marked wrong, as lines such as {@code change 2 (Maintenance): Hosts (hosts): unknown host …}. */
    List<String> problems() {
        List<String> wrong = new ArrayList<>();
        headerFields().stream().filter(f -> !f.error().isEmpty()).forEach(f -> wrong.add(f.error()));
        for (int i = 0; i < changes.size(); i++) {
            ChangeForm c = changes.get(i);
            String where = "change " + (i + 1) + " (" + c.kind().label() + "): ";
            c.fields().stream().filter(f -> !f.error().isEmpty()).forEach(f -> wrong.add(where + f.error()));
        }
        return wrong;
    }

    /** Marks the field a scenario error names ({@code changes[1].hosts[0]}, {@code baseline.start}, …); true if one was found. */
    boolean markEngineError(ScenarioException e) {
        Matcher m = CHANGE_PATH.matcher(e.field());
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i < changes.size()) {
                changes.get(i).markEngineError(m.group(2), e.problem());
                selected.set(changes.get(i));
                return true;
            }
        }
        FormField f = switch (e.field()) {
            case "name" -> name;
            case "description" -> description;
            case "baseline.lab" -> lab;
            case "baseline.start" -> start;
            case "baseline.horizon" -> horizonDays;
            case "baseline.history" -> historyDays;
            case "baseline.health_every" -> healthEveryHours;
            default -> null;
        };
        if (f != null) {
            f.setError(e.problem());
        }
        return f != null;
    }

    private static Duration minutes(double m) {
        return Duration.ofMinutes(Math.round(m));
    }
}
