package dev.harmony.app.workstation;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Puts the workstation view into a stage and opens the given source. */
public final class WorkstationWindow {
    private WorkstationWindow() {
    }

    /** Shows the window on {@code stage} and starts opening {@code source}; call on the FX thread. */
    public static WorkstationViewModel show(Stage stage, WorkspaceSource source, TaskRunner runner) {
        return show(stage, source, runner, WorkstationServices.inMemory());
    }

    /** As {@link #show(Stage, WorkspaceSource, TaskRunner)}, keeping models, plans and preferences in {@code services}. */
    public static WorkstationViewModel show(Stage stage, WorkspaceSource source, TaskRunner runner, WorkstationServices services) {
        WorkstationViewModel model = new WorkstationViewModel(runner, services, new FxDialogService(stage));
        Scene scene = new Scene(new WorkstationView(model), 1440, 900);
        scene.getStylesheets().add(WorkstationWindow.class.getResource("harmony.css").toExternalForm());
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(scene);
        // An event handler, not setOnHidden, so the launcher's own handler is kept.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> model.close());
        stage.show();
        model.open(source);
        return model;
    }
}
