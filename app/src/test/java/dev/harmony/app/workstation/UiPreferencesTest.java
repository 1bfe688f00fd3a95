package dev.harmony.app.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's preferences file: kept across windows, and a damaged file costs only the preferences. */
class UiPreferencesTest {
    @TempDir
    Path home;

    @Test
    void themeAndEpochsChosenInOneWindowAreThereInTheNext() {
        Path file = home.resolve(UiPreferences.FILE_NAME);
        try (WorkstationViewModel first = model(UiPreferences.in(file))) {
            first.themeProperty().set(Theme.DARK);
            first.training().epochsProperty().set(7);
        }
        assertThat(file).exists();
        try (WorkstationViewModel second = model(UiPreferences.in(file))) {
            assertThat(second.themeProperty().get()).isEqualTo(Theme.DARK);
            assertThat(second.training().epochsProperty().get()).isEqualTo(7);
        }
    }

    @Test
    void aDamagedOrOddFileLeavesTheDefaults() throws Exception {
        Path file = home.resolve(UiPreferences.FILE_NAME);
        Files.writeString(file, "theme=purple\ntraining.epochs=many\nbad=\\u12");
        try (WorkstationViewModel model = model(UiPreferences.in(file))) {
            assertThat(model.themeProperty().get()).isEqualTo(Theme.LIGHT);
            assertThat(model.training().epochsProperty().get()).isEqualTo(5);
        }
    }

    private static WorkstationViewModel model(UiPreferences preferences) {
        WorkstationServices memory = WorkstationServices.inMemory();
        return new WorkstationViewModel(TaskRunner.sameThread(), new WorkstationServices(memory.store(), memory.execution(), preferences,
                preferences.file().orElseThrow().getParent()), new RecordingDialogs());
    }
}
