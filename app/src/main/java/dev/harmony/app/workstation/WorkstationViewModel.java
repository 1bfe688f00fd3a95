package dev.harmony.app.workstation;

import dev.harmony.viz.inventory.InventoryViewModel;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the main window: which source is open, whether it is loading, what went wrong.
 * Loading runs through a {@link TaskRunner} so the FX thread never waits on a connector.
 */
public final class WorkstationViewModel {
    private final TaskRunner runner;
    private final InventoryViewModel inventory = new InventoryViewModel();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Harmony");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<List<WorkspaceSource.Fact>> facts = new ReadOnlyObjectWrapper<>(this, "facts", List.of());

    public WorkstationViewModel(TaskRunner runner) {
        this.runner = runner;
    }

    /** Opens a source in the background; the window stays responsive and shows progress. */
    public void open(WorkspaceSource source) {
        title.set("Harmony — " + source.title());
        status.set("Opening " + source.title() + " …");
        loading.set(true);
        runner.run(source::open, workspace -> {
            inventory.snapshotProperty().set(workspace.inventory());
            facts.set(workspace.facts());
            loading.set(false);
            status.set("Opened " + source.title() + ": " + workspace.inventory().hosts().size() + " hosts, "
                    + workspace.inventory().vms().size() + " VMs");
        }, error -> {
            loading.set(false);
            status.set("Could not open " + source.title() + ": " + describe(error));
        });
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    public InventoryViewModel inventory() {
        return inventory;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<WorkspaceSource.Fact>> factsProperty() {
        return facts.getReadOnlyProperty();
    }
}
