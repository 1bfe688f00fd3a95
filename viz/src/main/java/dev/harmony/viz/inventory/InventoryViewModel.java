package dev.harmony.viz.inventory;

import dev.harmony.engine.model.InventorySnapshot;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the inventory panel: the snapshot shown, the search text, and the rows and counts they give.
 * Knows no view; call it on the FX thread.
 */
public final class InventoryViewModel {
    private final ObjectProperty<InventorySnapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<List<InventoryNode>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyIntegerWrapper hostCount = new ReadOnlyIntegerWrapper(this, "hostCount");
    private final ReadOnlyIntegerWrapper vmCount = new ReadOnlyIntegerWrapper(this, "vmCount");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "No inventory loaded");

    public InventoryViewModel() {
        snapshot.addListener((obs, old, now) -> refresh());
        search.addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        InventorySnapshot s = snapshot.get();
        if (s == null) {
            rows.set(List.of());
            hostCount.set(0);
            vmCount.set(0);
            summary.set("No inventory loaded");
            return;
        }
        rows.set(InventoryTreeModel.build(s, search.get()));
        hostCount.set(s.hosts().size());
        vmCount.set(s.vms().size());
        long inMaintenance = s.hosts().stream().filter(h -> h.inMaintenance()).count();
        summary.set(s.pools().size() + " pool(s) · " + s.hosts().size() + " hosts"
                + (inMaintenance > 0 ? " (" + inMaintenance + " in maintenance)" : "")
                + " · " + s.vms().size() + " VMs · source " + s.source());
    }

    public ObjectProperty<InventorySnapshot> snapshotProperty() {
        return snapshot;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<List<InventoryNode>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty hostCountProperty() {
        return hostCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty vmCountProperty() {
        return vmCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
