package dev.harmony.app.workstation.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.app.workstation.RecordingDialogs;
import dev.harmony.app.workstation.TaskRunner;
import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.lab.connector.LabConnector;
import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.engine.connector.Connector;
import dev.harmony.engine.store.HarmonyStore;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The training tab's view model on the real demo lab and the real GNN, without a window. */
class TrainingViewModelTest {
    private static LabConnector lab;
    private static HarmonyStore store;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeAll
    static void openLab() {
        lab = new LabCatalog().open("bitbrains-rnd", LabOptions.defaults());
        lab.replayClock().pause();
        store = HarmonyStore.inMemory("training-view-model-test");
    }

    @AfterAll
    static void closeLab() {
        lab.close();
        store.close();
    }

    /** A view model set to day-long windows, the cheapest to train on. */
    private TrainingViewModel model(Optional<Connector> source) {
        TrainingViewModel model = new TrainingViewModel(TaskRunner.sameThread(), new AffinityTraining(store.models()), () -> source, dialogs);
        model.windowHoursProperty().set(24);
        return model;
    }

    @Test
    void trainingDrawsOneCurvePointPerEpochAndStoresANewVersion() {
        TrainingViewModel model = model(Optional.of(lab));
        model.refresh();
        int before = model.versions().size();
        model.epochsProperty().set(2);
        java.util.List<String> statusWhenTheFlagCleared = new java.util.ArrayList<>();
        model.trainingProperty().addListener((o, was, now) -> {
            if (!now) {
                statusWhenTheFlagCleared.add(model.statusProperty().get());
            }
        });

        model.start();

        assertThat(model.trainingProperty().get()).isFalse();
        assertThat(statusWhenTheFlagCleared).as("the outcome is shown before the flag clears")
                .singleElement().asString().startsWith("Stored affinity-gnn version");
        assertThat(model.curve()).hasSize(2).allSatisfy(p -> {
            assertThat(p.trainMae()).isBetween(0.0, 2.0);
            assertThat(p.validationMae()).isBetween(0.0, 2.0);
            assertThat(p.loss()).isFinite();
        });
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.versions()).hasSize(before + 1);
        assertThat(model.versions().get(before).meta()).containsEntry("epochs", "2").containsKey("validation_mae")
                .containsEntry("source", "lab:bitbrains-rnd");
        assertThat(model.statusProperty().get()).startsWith("Stored affinity-gnn version");
        assertThat(model.backendProperty().get()).startsWith("Backend: ").containsAnyOf("CPU", "CUDA");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void stopEndsTrainingAfterTheEpochInProgressAndStoresNothing() {
        TrainingViewModel model = model(Optional.of(lab));
        model.refresh();
        int before = model.versions().size();
        model.epochsProperty().set(20);
        model.curve().addListener((javafx.collections.ListChangeListener<EpochPoint>) c -> model.stop());

        model.start();

        assertThat(model.curve()).hasSize(1);
        assertThat(model.trainingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Training stopped after 1 epoch; nothing was stored.");
        model.refresh();
        assertThat(model.versions()).hasSize(before);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void evaluationRanksTheGnnAmongTheBaselinesOnTheValidationWindows() {
        TrainingViewModel model = model(Optional.of(lab));
        model.epochsProperty().set(2);

        model.evaluate();

        assertThat(model.evaluation()).extracting(EvaluationRow::model)
                .containsExactlyInAnyOrder("gnn", "persistence", "history_mean", "mlp", "correlation");
        assertThat(model.evaluation()).filteredOn(EvaluationRow::best).hasSize(1);
        assertThat(model.evaluation().get(0).best()).isTrue();
        assertThat(model.evaluationStatusProperty().get()).contains("validation windows").contains("Best MAE: " + model.evaluation().get(0).model());
    }

    @Test
    void settingsOutOfRangeAndAMissingSourceAreExplainedInADialog() {
        TrainingViewModel none = model(Optional.empty());
        none.start();
        TrainingViewModel bad = model(Optional.of(lab));
        bad.windowHoursProperty().set(5);
        bad.start();

        assertThat(dialogs.errors()).hasSize(2);
        assertThat(dialogs.errors().get(0).title()).isEqualTo("Nothing to train on");
        assertThat(dialogs.errors().get(1).message()).contains("Window hours must divide a day").contains("was 5");
        assertThat(bad.curve()).isEmpty();
        assertThat(bad.trainingProperty().get()).isFalse();
    }
}
