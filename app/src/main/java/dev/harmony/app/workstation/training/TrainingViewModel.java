package dev.harmony.app.workstation.training;

import dev.harmony.app.workstation.DialogService;
import dev.harmony.app.workstation.TaskRunner;
import dev.harmony.app.workstation.UserMessage;
import dev.harmony.engine.affinity.predict.EvaluationReport;
import dev.harmony.engine.affinity.predict.ModelResult;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.store.ModelInfo;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the training tab: the settings a planner edits, a training run in the background with its
 * progress and loss curve, the stored model versions, and an evaluation against the baselines on demand.
 * Both long tasks can be stopped; the FX thread never waits on them.
 */
public final class TrainingViewModel {
    private final TaskRunner runner;
    private final AffinityTraining training;
    private final Supplier<Optional<Connector>> source;
    private final DialogService dialogs;
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", TrainingSettings.defaults().epochs());
    private final IntegerProperty windowHours = new SimpleIntegerProperty(this, "windowHours", TrainingSettings.defaults().windowHours());
    private final IntegerProperty history = new SimpleIntegerProperty(this, "history", TrainingSettings.defaults().history());
    private final ReadOnlyBooleanWrapper training_ = new ReadOnlyBooleanWrapper(this, "training");
    private final ReadOnlyBooleanWrapper evaluating = new ReadOnlyBooleanWrapper(this, "evaluating");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not trained in this session yet.");
    private final ReadOnlyStringWrapper backend = new ReadOnlyStringWrapper(this, "backend", "Backend: not loaded yet");
    private final ReadOnlyStringWrapper evaluationStatus = new ReadOnlyStringWrapper(this, "evaluationStatus",
            "Run the evaluation to compare the GNN with the baselines on the validation windows.");
    private final ObservableList<EpochPoint> curve = FXCollections.observableArrayList();
    private final ObservableList<ModelInfo> versions = FXCollections.observableArrayList();
    private final ObservableList<EvaluationRow> evaluation = FXCollections.observableArrayList();
    private final ObservableList<EpochPoint> curveView = FXCollections.unmodifiableObservableList(curve);
    private final ObservableList<ModelInfo> versionsView = FXCollections.unmodifiableObservableList(versions);
    private final ObservableList<EvaluationRow> evaluationView = FXCollections.unmodifiableObservableList(evaluation);
    private Cancellation trainingStop;
    private Cancellation evaluationStop;

    /**
     * @param source the open source's connector, empty while none is open
     */
    public TrainingViewModel(TaskRunner runner, AffinityTraining training, Supplier<Optional<Connector>> source, DialogService dialogs) {
        this.runner = runner;
        this.training = training;
        this.source = source;
        this.dialogs = dialogs;
    }

    /** Reads the backend and the stored versions in the background; the window calls it once a source is open. */
    public void refresh() {
        runner.run(() -> new Loaded(AffinityTraining.backend(), training.versions()), loaded -> {
            backend.set("Backend: " + loaded.backend());
            versions.setAll(loaded.versions());
        }, error -> backend.set("Backend: could not load ND4J (" + UserMessage.describe(error) + ")"));
    }

    /** Starts training with the current settings; a second start while one runs is ignored. */
    public void start() {
        if (training_.get()) {
            return;
        }
        Optional<Connector> connector = source.get();
        TrainingSettings settings = settings();
        if (connector.isEmpty() || settings == null) {
            if (connector.isEmpty()) {
                dialogs.showError(new UserMessage("Nothing to train on", "No source is open yet.", "Wait until the demo lab has opened, or open it from File."));
            }
            return;
        }
        Cancellation stop = new Cancellation();
        trainingStop = stop;
        curve.clear();
        training_.set(true);
        progress.set(-1);
        status.set("Reading the history of " + connector.get().name() + " …");
        runner.run(() -> training.train(connector.get(), settings, point -> runner.ui().execute(() -> onEpoch(point, stop)), stop), info -> {
            // The outcome first, the flag last: whoever watches the flag sees the final status when it clears.
            progress.set(1);
            versions.add(info);
            status.set(String.format(Locale.ROOT, "Stored %s version %d: %s epochs, validation MAE %s.", info.name(), info.version(),
                    info.meta().get("epochs"), fixed(info.meta().get("validation_mae"))));
            training_.set(false);
        }, error -> {
            progress.set(0);
            if (error instanceof CancellationException) {
                status.set("Training stopped after " + curve.size() + " epoch" + (curve.size() == 1 ? "" : "s") + "; nothing was stored.");
                training_.set(false);
            } else {
                status.set("Training failed: " + UserMessage.describe(error));
                training_.set(false);
                dialogs.showError(UserMessage.of("Training failed", error, "Check the settings (shorter windows or fewer history "
                        + "windows need less history), then start again. The log has the details."));
            }
        });
    }

    /** Asks the running training to stop after the epoch in progress. */
    public void stop() {
        if (trainingStop != null && training_.get()) {
            trainingStop.request();
            status.set("Stopping after this epoch …");
        }
    }

    /** Trains the GNN and the baselines on the training windows and scores them on the validation windows, in the background. */
    public void evaluate() {
        if (evaluating.get()) {
            return;
        }
        Optional<Connector> connector = source.get();
        TrainingSettings settings = settings();
        if (connector.isEmpty() || settings == null) {
            return;
        }
        Cancellation stop = new Cancellation();
        evaluationStop = stop;
        evaluating.set(true);
        evaluationStatus.set("Evaluating the GNN and four baselines …");
        runner.run(() -> training.evaluate(connector.get(), settings, stop), report -> {
            evaluating.set(false);
            showEvaluation(report);
        }, error -> {
            evaluating.set(false);
            if (error instanceof CancellationException) {
                evaluationStatus.set("Evaluation cancelled.");
            } else {
                evaluationStatus.set("Evaluation failed: " + UserMessage.describe(error));
                dialogs.showError(UserMessage.of("Evaluation failed", error, "Check the settings and run it again. The log has the details."));
            }
        });
    }

    /** Asks the running evaluation to stop at its next epoch. */
    public void cancelEvaluation() {
        if (evaluationStop != null && evaluating.get()) {
            evaluationStop.request();
            evaluationStatus.set("Cancelling …");
        }
    }

    private void onEpoch(EpochPoint point, Cancellation run) {
        if (run != trainingStop) {
            return;
        }
        curve.add(point);
        progress.set(point.epoch() / (double) point.epochs());
        status.set(String.format(Locale.ROOT, "Epoch %d of %d: loss %.4f, training MAE %.4f, validation MAE %.4f (%.1f s)",
                point.epoch(), point.epochs(), point.loss(), point.trainMae(), point.validationMae(), point.seconds()));
    }

    private void showEvaluation(EvaluationReport report) {
        double best = report.models().stream().mapToDouble(m -> m.score().mae()).filter(Double::isFinite).min().orElse(Double.NaN);
        evaluation.setAll(report.models().stream().sorted(Comparator.comparingDouble((ModelResult m) -> m.score().mae()))
                .map(m -> EvaluationRow.of(m, m.score().mae() == best)).toList());
        evaluationStatus.set(String.format(Locale.ROOT, "%d training and %d validation windows, %,d scored pairs (%,d without history). "
                + "Best MAE: %s.", report.trainWindows(), report.testWindows(), report.testPairs(), report.testColdPairs(),
                evaluation.isEmpty() ? "-" : evaluation.get(0).model()));
    }

    /** The settings as entered, or null after telling the planner what is wrong with them. */
    private TrainingSettings settings() {
        try {
            return new TrainingSettings(epochs.get(), windowHours.get(), history.get(), TrainingSettings.defaults().seed());
        } catch (IllegalArgumentException e) {
            dialogs.showError(new UserMessage("Training settings are not valid", e.getMessage(), "Correct the setting and start again."));
            return null;
        }
    }

    private static String fixed(String number) {
        try {
            return String.format(Locale.ROOT, "%.4f", Double.parseDouble(number));
        } catch (RuntimeException e) {
            return String.valueOf(number);
        }
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public IntegerProperty windowHoursProperty() {
        return windowHours;
    }

    public IntegerProperty historyProperty() {
        return history;
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return training_.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty evaluatingProperty() {
        return evaluating.getReadOnlyProperty();
    }

    /** 0..1 while epochs run; -1 (indeterminate) while the history is read. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backendProperty() {
        return backend.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty evaluationStatusProperty() {
        return evaluationStatus.getReadOnlyProperty();
    }

    /** The loss curve of the current or last run, one point per epoch. */
    public ObservableList<EpochPoint> curve() {
        return curveView;
    }

    /** The stored versions, oldest first. */
    public ObservableList<ModelInfo> versions() {
        return versionsView;
    }

    /** The last evaluation, best MAE first. */
    public ObservableList<EvaluationRow> evaluation() {
        return evaluationView;
    }

    private record Loaded(String backend, java.util.List<ModelInfo> versions) {
    }
}
