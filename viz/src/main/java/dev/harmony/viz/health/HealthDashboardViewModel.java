package dev.harmony.viz.health;

import dev.harmony.engine.health.Culprit;
import dev.harmony.engine.health.HealthComponent;
import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.health.HealthScore;
import dev.harmony.engine.health.PointsLost;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Vm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the health dashboard: the pool's index and level, one bar per host (worst first), the index over
 * time, and for the pool or a chosen host the points each component cost and the hosts, pairs or
 * resources behind the chosen component. Call it on the FX thread; knows no view.
 */
public final class HealthDashboardViewModel {
    /** Most points the history keeps; older ones are dropped. */
    static final int HISTORY_LIMIT = 2000;
    private final ReadOnlyDoubleWrapper poolIndex = new ReadOnlyDoubleWrapper(this, "poolIndex", Double.NaN);
    private final ReadOnlyStringWrapper indexText = new ReadOnlyStringWrapper(this, "indexText", "–");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "Health not assessed yet");
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper(this, "basis", "");
    private final ReadOnlyStringWrapper scopeTitle = new ReadOnlyStringWrapper(this, "scopeTitle", "Breakdown: pool");
    private final ReadOnlyObjectWrapper<List<HostHealthRow>> hosts = new ReadOnlyObjectWrapper<>(this, "hosts", List.of());
    private final ReadOnlyObjectWrapper<List<ComponentRow>> components = new ReadOnlyObjectWrapper<>(this, "components", List.of());
    private final ReadOnlyObjectWrapper<List<CulpritRow>> culprits = new ReadOnlyObjectWrapper<>(this, "culprits", List.of());
    private final ReadOnlyObjectWrapper<List<HealthPoint>> history = new ReadOnlyObjectWrapper<>(this, "history", List.of());
    private final StringProperty selectedHost = new SimpleStringProperty(this, "selectedHost");
    private final ObjectProperty<HealthComponent> selectedComponent = new SimpleObjectProperty<>(this, "selectedComponent");
    private final TreeMap<java.time.Instant, HealthPoint> points = new TreeMap<>();
    private HealthReport report;
    private final Map<String, String> hostNames = new HashMap<>();
    private final Map<String, String> vmNames = new HashMap<>();

    public HealthDashboardViewModel() {
        selectedHost.addListener((obs, old, now) -> refreshScope());
        selectedComponent.addListener((obs, old, now) -> refreshCulprits());
    }

    /**
     * Shows a report.
     *
     * @param inventory names hosts and VMs and says which hosts are in maintenance
     * @param basisText what the report judged, e.g. {@code 6 h measured before 2013-07-07 22:00 UTC, 6 h forecast}
     */
    public void show(HealthReport next, InventorySnapshot inventory, String basisText) {
        report = next;
        hostNames.clear();
        vmNames.clear();
        Map<String, Boolean> maintenance = new HashMap<>();
        for (Host h : inventory.hosts()) {
            hostNames.put(h.id(), h.name());
            maintenance.put(h.id(), h.inMaintenance());
        }
        for (Vm vm : inventory.vms()) {
            vmNames.put(vm.id(), vm.name());
        }
        double index = next.pool().index();
        poolIndex.set(index);
        indexText.set(String.format(Locale.ROOT, "%.0f", index));
        verdict.set(HealthLabels.level(index) + String.format(Locale.ROOT, " · %.1f points lost", lost(next.pool()))
                + largest(next.pool()).map(p -> ", most to " + HealthLabels.component(p.component()).toLowerCase(Locale.ROOT)
                        + String.format(Locale.ROOT, " (%.1f of %.0f)", p.points(), p.maxPoints())).orElse(""));
        basis.set(basisText);
        List<HostHealthRow> rows = new ArrayList<>();
        next.hosts().forEach((id, score) -> rows.add(new HostHealthRow(id, hostNames.getOrDefault(id, id), score.index(),
                largest(score).map(p -> HealthLabels.shortName(p.component())).orElse(""), maintenance.getOrDefault(id, false))));
        rows.sort(Comparator.comparingDouble(HostHealthRow::index).thenComparing(HostHealthRow::name));
        hosts.set(List.copyOf(rows));
        if (selectedHost.get() != null && !next.hosts().containsKey(selectedHost.get())) {
            selectedHost.set(null);
        }
        refreshScope();
        addHistory(new HealthPoint(next.at(), index));
    }

    /** Replaces the history, e.g. with the points computed for the day before opening. */
    public void setHistory(List<HealthPoint> past) {
        points.clear();
        past.forEach(p -> points.put(p.at(), p));
        publishHistory();
    }

    /** Adds one point; a point for the same moment replaces the earlier one. */
    public void addHistory(HealthPoint point) {
        points.put(point.at(), point);
        publishHistory();
    }

    private void publishHistory() {
        while (points.size() > HISTORY_LIMIT) {
            points.pollFirstEntry();
        }
        history.set(List.copyOf(points.values()));
    }

    private void refreshScope() {
        if (report == null) {
            return;
        }
        String host = selectedHost.get();
        HealthScore score = host == null ? report.pool() : report.hosts().get(host);
        scopeTitle.set(host == null ? "Breakdown: pool" : "Breakdown: " + hostNames.getOrDefault(host, host)
                + String.format(Locale.ROOT, " (index %.0f)", score.index()));
        List<ComponentRow> rows = new ArrayList<>();
        for (PointsLost p : score.breakdown()) {
            rows.add(new ComponentRow(p.component(), HealthLabels.component(p.component()), p.points(), p.maxPoints(),
                    p.assessed(), HealthLabels.measure(p, host == null)));
        }
        components.set(List.copyOf(rows));
        HealthComponent keep = selectedComponent.get();
        HealthComponent pick = keep != null ? keep : largest(score).map(PointsLost::component).orElse(HealthComponent.AFFINITY);
        if (pick != keep) {
            selectedComponent.set(pick);
        } else {
            refreshCulprits();
        }
    }

    private void refreshCulprits() {
        if (report == null || selectedComponent.get() == null) {
            culprits.set(List.of());
            return;
        }
        String host = selectedHost.get();
        HealthScore score = host == null ? report.pool() : report.hosts().get(host);
        List<CulpritRow> rows = new ArrayList<>();
        for (Culprit c : score.component(selectedComponent.get()).culprits()) {
            // Shares that round to nothing say nothing to a planner.
            if (c.points() >= 0.005) {
                rows.add(new CulpritRow(c.kind(), subject(c), c.points(), c.detail()));
            }
        }
        culprits.set(List.copyOf(rows));
    }

    private String subject(Culprit c) {
        return switch (c.kind()) {
            case "host" -> hostNames.getOrDefault(c.subject(), c.subject());
            case "pair" -> {
                String[] vms = c.subject().split("\\+", 2);
                yield vms.length == 2 ? vmNames.getOrDefault(vms[0], vms[0]) + " + " + vmNames.getOrDefault(vms[1], vms[1])
                        : c.subject();
            }
            default -> c.subject();
        };
    }

    private static double lost(HealthScore s) {
        return s.breakdown().stream().filter(PointsLost::assessed).mapToDouble(PointsLost::points).sum();
    }

    private static java.util.Optional<PointsLost> largest(HealthScore s) {
        return s.breakdown().stream().filter(p -> p.points() > 0.05).max(Comparator.comparingDouble(PointsLost::points));
    }

    public ReadOnlyDoubleProperty poolIndexProperty() {
        return poolIndex.getReadOnlyProperty();
    }

    /** The pool's index rounded, or a dash before the first report. */
    public ReadOnlyStringProperty indexTextProperty() {
        return indexText.getReadOnlyProperty();
    }

    /** The level and what cost most, e.g. {@code Fair · 22.5 points lost, most to affinity (12.0 of 30)}. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty basisProperty() {
        return basis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scopeTitleProperty() {
        return scopeTitle.getReadOnlyProperty();
    }

    /** Hosts, lowest index first. */
    public ReadOnlyObjectProperty<List<HostHealthRow>> hostsProperty() {
        return hosts.getReadOnlyProperty();
    }

    /** The breakdown of the pool, or of the selected host. */
    public ReadOnlyObjectProperty<List<ComponentRow>> componentsProperty() {
        return components.getReadOnlyProperty();
    }

    /** What is behind the selected component, largest share first. */
    public ReadOnlyObjectProperty<List<CulpritRow>> culpritsProperty() {
        return culprits.getReadOnlyProperty();
    }

    /** The pool's index over time, oldest first. */
    public ReadOnlyObjectProperty<List<HealthPoint>> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** The host whose breakdown is shown, or null for the pool. */
    public StringProperty selectedHostProperty() {
        return selectedHost;
    }

    /** The component whose culprits are shown; the one that cost most until the planner picks another. */
    public ObjectProperty<HealthComponent> selectedComponentProperty() {
        return selectedComponent;
    }
}
