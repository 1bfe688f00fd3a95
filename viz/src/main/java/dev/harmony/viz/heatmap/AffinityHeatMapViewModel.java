package dev.harmony.viz.heatmap;

import dev.harmony.viz.graph.GraphScene;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the heat map: the pairs it is drawn from, which host is opened (none for hosts × hosts) and the
 * matrix that gives. The matrix is rebuilt only when the pairs or the host change, not on live load
 * updates. Call it on the FX thread; knows no view.
 */
public final class AffinityHeatMapViewModel {
    private static final HostChoice ALL_HOSTS = new HostChoice(null, "All hosts");
    private final ObjectProperty<HostChoice> host = new SimpleObjectProperty<>(this, "host", ALL_HOSTS);
    private final ReadOnlyObjectWrapper<HeatMapData> data = new ReadOnlyObjectWrapper<>(this, "data", HeatMapData.empty());
    private final ReadOnlyObjectWrapper<List<HostChoice>> choices = new ReadOnlyObjectWrapper<>(this, "choices", List.of(ALL_HOSTS));
    private GraphScene scene = GraphScene.empty();

    public AffinityHeatMapViewModel() {
        host.addListener((obs, old, now) -> {
            if (now == null) {
                host.set(ALL_HOSTS);
            } else {
                rebuild();
            }
        });
    }

    /** Takes the pairs of a new scene; scenes that differ only in load are ignored. */
    public void show(GraphScene next) {
        boolean samePairs = next.samePairsAs(scene);
        scene = next;
        if (samePairs) {
            return;
        }
        List<HostChoice> list = new ArrayList<>();
        list.add(ALL_HOSTS);
        for (int h = 0; h < next.hostCount(); h++) {
            list.add(new HostChoice(next.hostId(h), next.hostName(h) + " (" + next.vmsOf(h).length + " VMs)"));
        }
        choices.set(List.copyOf(list));
        HostChoice kept = list.stream().filter(c -> Objects.equals(c.hostId(), host.get().hostId())).findFirst().orElse(ALL_HOSTS);
        if (!kept.equals(host.get())) {
            host.set(kept);
        } else {
            rebuild();
        }
    }

    /** Opens the host of a row of the hosts × hosts map; does nothing on a VM map. */
    public void openRow(int row) {
        if (host.get().hostId() == null && row >= 0 && row < data.get().size()) {
            String id = data.get().ids().get(row);
            choices.get().stream().filter(c -> id.equals(c.hostId())).findFirst().ifPresent(host::set);
        }
    }

    /** What a cell holds, in words. */
    public String describe(int row, int col) {
        HeatMapData d = data.get();
        if (row < 0 || col < 0 || row >= d.size() || col >= d.size()) {
            return "";
        }
        String where = d.labels().get(row) + " × " + d.labels().get(col);
        float v = d.value(row, col);
        if (Float.isNaN(v)) {
            return where + (row == col && host.get().hostId() != null ? "" : ": no pair scored");
        }
        return host.get().hostId() == null
                ? String.format(Locale.ROOT, "%s: mean affinity %+.2f over %d pair%s", where, v, d.pairs(row, col),
                        d.pairs(row, col) == 1 ? "" : "s")
                : String.format(Locale.ROOT, "%s: affinity %+.2f", where, v);
    }

    private void rebuild() {
        data.set(host.get().hostId() == null ? HeatMapBuilder.hosts(scene) : HeatMapBuilder.vmsOf(scene, host.get().hostId()));
    }

    /** The host opened, or {@code All hosts}. */
    public ObjectProperty<HostChoice> hostProperty() {
        return host;
    }

    public ReadOnlyObjectProperty<HeatMapData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<HostChoice>> choicesProperty() {
        return choices.getReadOnlyProperty();
    }
}
