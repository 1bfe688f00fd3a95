package dev.harmony.viz.whatif;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the planner for a scenario file to open or save; an interface so a test can answer it without a dialog. */
public interface ScenarioFiles {

    Optional<Path> toOpen(Window owner);

    Optional<Path> toSave(Window owner, String suggestedName);

    /** The platform's file dialogs, filtered to JSON scenario files. */
    static ScenarioFiles dialogs() {
        return new ScenarioFiles() {
            @Override
            public Optional<Path> toOpen(Window owner) {
                return Optional.ofNullable(chooser("Open a scenario").showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> toSave(Window owner, String suggestedName) {
                FileChooser c = chooser("Save the scenario");
                c.setInitialFileName(suggestedName + ".json");
                return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Scenario (harmony.scenario/1)", "*.json", "*.hscenario"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                return c;
            }
        };
    }
}
