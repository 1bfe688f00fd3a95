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
        WorkstationView view = new WorkstationView(model);
        Scene scene = new Scene(view, 1440, 900);
        scene.getStylesheets().add(WorkstationWindow.class.getResource("harmony.css").toExternalForm());
        applyTheme(scene, model.themeProperty().get());
        model.themeProperty().addListener((obs, old, now) -> applyTheme(scene, now));
        services.preferences().get(Preferences.TAB).ifPresent(view::showTab);
        view.onTabShown(id -> services.preferences().put(Preferences.TAB, id));
        view.setOnOpenLab(() -> LabChooser.choose(stage, runner, services));
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(scene);
        // An event handler, not setOnHidden, so the launcher's own handler is kept.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> model.close());
        stage.show();
        model.open(source);
        return model;
    }

    private static void applyTheme(Scene scene, Theme theme) {
        for (Theme t : Theme.values()) {
            if (t.stylesheetUrl() != null) {
                scene.getStylesheets().remove(t.stylesheetUrl());
            }
        }
        if (theme.stylesheetUrl() != null) {
            scene.getStylesheets().add(theme.stylesheetUrl());
        }
    }
}
