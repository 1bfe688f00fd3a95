package dev.harmony.app.workstation;

import dev.harmony.viz.graph.AffinityGraphViewModel;
import dev.harmony.viz.graph.LiveGraphFeed;
import dev.harmony.viz.health.HealthDashboardViewModel;
import dev.harmony.viz.heatmap.AffinityHeatMapViewModel;
import dev.harmony.viz.inventory.InventoryViewModel;
import dev.harmony.viz.whatif.WhatIfViewModel;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the main window: which source is open, whether it is loading, what went wrong, and the view
 * models of its panels (inventory, affinity graph, heat map, health). Loading and the pool's computations
 * run through a {@link TaskRunner} so the FX thread never waits on a connector. Later panels (training,
 * what-if, plan review, execution, reports) join here as further view models fed by the opened source.
 */
public final class WorkstationViewModel implements AutoCloseable {
    private final TaskRunner runner;
    private String pendingNote;
    private final InventoryViewModel inventory = new InventoryViewModel();
    private final AffinityGraphViewModel graph = new AffinityGraphViewModel();
    private final AffinityHeatMapViewModel heatMap = new AffinityHeatMapViewModel();
    private final HealthDashboardViewModel health = new HealthDashboardViewModel();
    private final PoolMonitor monitor;
    private final WhatIfViewModel whatIf;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Harmony");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<List<WorkspaceSource.Fact>> facts = new ReadOnlyObjectWrapper<>(this, "facts", List.of());

    public WorkstationViewModel(TaskRunner runner) {
        this.runner = runner;
        LiveGraphFeed feed = new LiveGraphFeed(runner.serial(), runner.ui(), scene -> {
            graph.show(scene);
            heatMap.show(scene);
        });
        this.monitor = new PoolMonitor(runner, feed, graph, health);
        this.whatIf = new WhatIfViewModel(task -> runner.run(() -> {
            task.run();
            return null;
        }, done -> { }, failed -> { }), runner.ui());
    }

    /**
     * Opens a source in the background; the window stays responsive and shows progress. The status is
     * final before {@code loading} turns false, so a listener on loading reads the outcome.
     */
    public void open(WorkspaceSource source) {
        title.set("Harmony — " + source.title());
        status.set("Opening " + source.title() + " …");
        loading.set(true);
        runner.run(source::open, workspace -> {
            inventory.snapshotProperty().set(workspace.inventory());
            facts.set(workspace.facts());
            status.set("Opened " + source.title() + ": " + workspace.inventory().hosts().size() + " hosts, "
                    + workspace.inventory().vms().size() + " VMs" + (pendingNote == null ? "" : ". " + pendingNote));
            monitor.start(workspace.feed(), workspace.inventory());
            dev.harmony.app.workstation.whatif.WhatIfSources.attach(whatIf, source, workspace.inventory());
            loading.set(false);
        }, error -> {
            status.set("Could not open " + source.title() + ": " + describe(error));
            loading.set(false);
        });
    }

    /**
     * Records a plan or scenario file the desktop handed over. Plan review and scenario runs are not in
     * the window yet, so the status says what to use instead rather than pretending to open it.
     */
    public void noteOpenedFile(java.nio.file.Path file) {
        String command = file.toString().endsWith(".hscenario") ? "harmony simulate --scenario " : "harmony report --plan ";
        pendingNote = "Received " + file.getFileName() + " — the window cannot show it yet; use " + command + file;
        if (!loading.get()) {
            status.set(pendingNote);
        }
    }

    /** Stops the live stream and the graph's worker; the window calls it when it closes. */
    @Override
    public void close() {
        monitor.close();
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    public InventoryViewModel inventory() {
        return inventory;
    }

    public AffinityGraphViewModel graph() {
        return graph;
    }

    public AffinityHeatMapViewModel heatMap() {
        return heatMap;
    }

    public HealthDashboardViewModel health() {
        return health;
    }

    /** The what-if panel: scenarios A and B, runs against the open lab, and their comparison. */
    public WhatIfViewModel whatIf() {
        return whatIf;
    }

    /** What the background computations of the pool are doing, or what went wrong; empty when current. */
    public ReadOnlyStringProperty analysisProperty() {
        return monitor.analysisProperty();
    }

    /** Whether a computation of the pool is running. */
    public ReadOnlyBooleanProperty analysingProperty() {
        return monitor.busyProperty();
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
