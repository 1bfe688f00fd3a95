package dev.harmony.app.workstation;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.lab.catalog.LabSummary;
import java.util.List;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** File › Open lab…: picks one of the bundled demo labs and opens it in a window of its own. */
final class LabChooser {
    private LabChooser() {
    }

    static void choose(Stage owner, TaskRunner runner, WorkstationServices services) {
        LabCatalog catalog = new LabCatalog();
        List<String> names = catalog.list().stream().map(LabSummary::name).toList();
        if (names.isEmpty()) {
            return;
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(0), names);
        dialog.initOwner(owner);
        dialog.setTitle("Open lab");
        dialog.setHeaderText("Open a demo lab in a new window");
        dialog.setContentText("Lab:");
        dialog.showAndWait().ifPresent(name -> {
            LabWorkspaceSource source = new LabWorkspaceSource(catalog, name);
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> source.close());
            WorkstationWindow.show(stage, source, runner, services);
        });
    }
}
