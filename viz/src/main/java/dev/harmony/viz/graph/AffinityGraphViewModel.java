package dev.harmony.viz.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the affinity graph: the scene shown, the threshold and sign filter, the selected VM with its
 * partners, and the summary lines. Scenes arrive from a {@link LiveGraphFeed}; call it on the FX thread.
 * Knows no view.
 */
public final class AffinityGraphViewModel {
    /** Pairs per VM the suggested threshold aims to draw. */
    static final int SUGGESTED_PAIRS_PER_VM = 2;
    private final ReadOnlyObjectWrapper<GraphScene> scene = new ReadOnlyObjectWrapper<>(this, "scene", GraphScene.empty());
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0.3);
    private final ReadOnlyDoubleWrapper thresholdMax = new ReadOnlyDoubleWrapper(this, "thresholdMax", 1);
    private boolean thresholdChosen;
    private boolean settingThreshold;
    private final ObjectProperty<EdgeFilter> filter = new SimpleObjectProperty<>(this, "filter", EdgeFilter.ALL);
    private final StringProperty selectedVm = new SimpleStringProperty(this, "selectedVm");
    private final ReadOnlyObjectWrapper<List<Partner>> partners = new ReadOnlyObjectWrapper<>(this, "partners", List.of());
    private final ReadOnlyStringWrapper selection = new ReadOnlyStringWrapper(this, "selection", "Click a VM to see its partners");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "No pool loaded");
    private final ReadOnlyStringWrapper live = new ReadOnlyStringWrapper(this, "live", "");
    private final ReadOnlyIntegerWrapper vmCount = new ReadOnlyIntegerWrapper(this, "vmCount");
    private final ReadOnlyIntegerWrapper shownPairs = new ReadOnlyIntegerWrapper(this, "shownPairs");

    public AffinityGraphViewModel() {
        threshold.addListener((obs, old, now) -> {
            thresholdChosen |= !settingThreshold;
            refresh(true);
        });
        filter.addListener((obs, old, now) -> refresh(true));
        selectedVm.addListener((obs, old, now) -> refresh(true));
    }

    /**
     * Shows a scene from the feed; the selection is kept when the VM is still there. The partner list is
     * rebuilt only when the pairs changed, so live load updates do not re-render the list.
     */
    public void show(GraphScene next) {
        boolean pairsChanged = next.edgeScore != scene.get().edgeScore;
        scene.set(next);
        if (pairsChanged) {
            suggestThreshold(next);
        }
        if (selectedVm.get() != null && next.indexOf(selectedVm.get()) < 0) {
            selectedVm.set(null);
        }
        refresh(pairsChanged);
    }

    /**
     * Until the planner moves the threshold, it follows the pairs: high enough that about
     * {@link #SUGGESTED_PAIRS_PER_VM} pairs per VM are drawn, since how strong affinity gets depends on the pool.
     */
    private void suggestThreshold(GraphScene s) {
        double strongest = s.edgeCount() == 0 ? 1 : Math.abs(s.edgeScore[0]);
        thresholdMax.set(Math.max(0.05, Math.min(1, Math.ceil(strongest * 20 - 1e-6) / 20)));
        if (thresholdChosen || s.edgeCount() == 0) {
            return;
        }
        int rank = Math.min(s.edgeCount(), SUGGESTED_PAIRS_PER_VM * Math.max(1, s.vmCount())) - 1;
        settingThreshold = true;
        threshold.set(Math.max(0.01, Math.floor(Math.abs(s.edgeScore[rank]) * 100) / 100));
        settingThreshold = false;
    }

    /** Notes how far the live stream has got, e.g. {@code live · trace time 2013-07-07 22:10 UTC}. */
    public void noteLive(String text) {
        live.set(text);
    }

    /** What a planner reads when pointing at a VM: name, host and load. */
    public String describe(int vm) {
        GraphScene s = scene.get();
        float load = s.load(vm);
        return s.vmName(vm) + " on " + s.hostName(s.hostOf(vm))
                + (Float.isNaN(load) ? "" : String.format(Locale.ROOT, " · CPU %.0f %%", 100 * load));
    }

    private void refresh(boolean pairsChanged) {
        GraphScene s = scene.get();
        int strong = 0;
        int limit = s.edgesAtLeast(threshold.get());
        for (int e = 0; e < limit; e++) {
            strong += filter.get().keeps(s.edgeScore[e]) ? 1 : 0;
        }
        shownPairs.set(strong);
        vmCount.set(s.vmCount());
        summary.set(s.vmCount() == 0 ? "No pool loaded" : String.format(Locale.ROOT,
                "%d VMs on %d hosts · %,d pairs kept, %,d shown (|affinity| ≥ %.2f) · %s",
                s.vmCount(), s.hostCount(), s.edgeCount(), strong, threshold.get(), s.basis()));
        int vm = selectedVm.get() == null ? -1 : s.indexOf(selectedVm.get());
        if (vm < 0) {
            partners.set(List.of());
            selection.set("Click a VM to see its partners");
            return;
        }
        int above = 0;
        for (int k = s.adjStart[vm]; k < s.adjStart[vm + 1]; k++) {
            float score = s.edgeScore[s.adjEdge[k]];
            above += Math.abs(score) >= threshold.get() && filter.get().keeps(score) ? 1 : 0;
        }
        if (pairsChanged) {
            partners.set(partnersOf(s, vm));
        }
        selection.set(describe(vm) + String.format(Locale.ROOT, " · %d partners, %d shown", s.adjStart[vm + 1] - s.adjStart[vm],
                above));
    }

    private static List<Partner> partnersOf(GraphScene s, int vm) {
        List<Partner> list = new ArrayList<>();
        for (int k = s.adjStart[vm]; k < s.adjStart[vm + 1]; k++) {
            int e = s.adjEdge[k];
            int other = s.edgeA[e] == vm ? s.edgeB[e] : s.edgeA[e];
            list.add(new Partner(s.vmId(other), s.vmName(other), s.hostName(s.hostOf(other)), s.edgeScore[e], s.edgeCoLocated[e]));
        }
        return List.copyOf(list);
    }

    public ReadOnlyObjectProperty<GraphScene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /** Least |affinity| a pair needs to be drawn, 0–1. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The largest useful threshold: the strongest |affinity| rounded up to 0.05. */
    public ReadOnlyDoubleProperty thresholdMaxProperty() {
        return thresholdMax.getReadOnlyProperty();
    }

    public ObjectProperty<EdgeFilter> filterProperty() {
        return filter;
    }

    /** The selected VM's id, or null. */
    public StringProperty selectedVmProperty() {
        return selectedVm;
    }

    /** The selected VM's partners, strongest |affinity| first. */
    public ReadOnlyObjectProperty<List<Partner>> partnersProperty() {
        return partners.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty vmCountProperty() {
        return vmCount.getReadOnlyProperty();
    }

    /** Pairs the graph draws with the current threshold and filter. */
    public ReadOnlyIntegerProperty shownPairsProperty() {
        return shownPairs.getReadOnlyProperty();
    }
}
