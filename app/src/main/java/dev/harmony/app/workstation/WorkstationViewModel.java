package dev.harmony.app.workstation;

import dev.harmony.viz.graph.AffinityGraphViewModel;
import dev.harmony.viz.graph.LiveGraphFeed;
import dev.harmony.viz.health.HealthDashboardViewModel;
import dev.harmony.viz.heatmap.AffinityHeatMapViewModel;
import dev.harmony.viz.inventory.InventoryViewModel;
import dev.harmony.app.workstation.training.AffinityTraining;
import dev.harmony.app.workstation.training.TrainingViewModel;
import dev.harmony.engine.connector.Connector;
import dev.harmony.app.workstation.export.ExportViewModel;
import dev.harmony.app.workstation.export.PlanReportExport;
import dev.harmony.app.workstation.plan.ExecutionViewModel;
import dev.harmony.app.workstation.plan.PlanViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.Optional;
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
 * run through a {@link TaskRunner} so the FX thread never waits on a connector. The training, plan review,
 * execution and report panels are further view models fed by the opened source (ADR 0014).
 */
public final class WorkstationViewModel implements AutoCloseable {
    private final TaskRunner runner;
    private String pendingNote;
    private java.nio.file.Path pendingScenario;
    private final ReadOnlyStringWrapper requestedTab = new ReadOnlyStringWrapper(this, "requestedTab", "");
    private final InventoryViewModel inventory = new InventoryViewModel();
    private final AffinityGraphViewModel graph = new AffinityGraphViewModel();
    private final AffinityHeatMapViewModel heatMap = new AffinityHeatMapViewModel();
    private final HealthDashboardViewModel health = new HealthDashboardViewModel();
    private final PoolMonitor monitor;
    private final WorkstationServices services;
    private final DialogService dialogs;
    private final TrainingViewModel training;
    private final PlanViewModel plan;
    private final ExecutionViewModel execution;
    private final ExportViewModel export;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private volatile WorkspaceSource opened;
    private final WhatIfViewModel whatIf;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Harmony");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<List<WorkspaceSource.Fact>> facts = new ReadOnlyObjectWrapper<>(this, "facts", List.of());

    public WorkstationViewModel(TaskRunner runner) {
        this(runner, WorkstationServices.inMemory(), StatusDialogs.INSTANCE);
    }

    /**
     * @param services the store and preferences the panels keep their state in
     * @param dialogs  how errors reach the planner
     */
    public WorkstationViewModel(TaskRunner runner, WorkstationServices services, DialogService dialogs) {
        this.runner = runner;
        this.services = services;
        this.dialogs = dialogs;
        this.training = new TrainingViewModel(runner, new AffinityTraining(services.store().models()), this::connector, dialogs);
        this.plan = new PlanViewModel(runner, this::connector, services.execution().plans(), dialogs, java.time.Clock.systemUTC());
        this.execution = new ExecutionViewModel(runner, this::connector, services.execution(), plan, dialogs,
                this::showExecuted);
        this.export = new ExportViewModel(runner, this::connector, plan.planProperty()::get, new PlanReportExport(services.execution(),
                services.store().models(), AffinityTraining.MODEL_NAME), dialogs, services.preferences(), services.exportFolder());
        Preferences.restore(this);
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
            monitor.start(workspace.feed(), workspace.inventory());
            opened = source;
            training.refresh();
            dev.harmony.app.workstation.whatif.WhatIfSources.attach(whatIf, source, workspace.inventory());
            openPendingScenario();
            status.set("Opened " + source.title() + ": " + workspace.inventory().hosts().size() + " hosts, "
                    + workspace.inventory().vms().size() + " VMs" + (pendingNote == null ? "" : ". " + pendingNote));
            loading.set(false);
        }, error -> {
            status.set("Could not open " + source.title() + ": " + describe(error));
            loading.set(false);
        });
    }

    /**
     * Takes a plan or scenario file the desktop handed over. A scenario ({@code .hscenario}) opens in the
     * What-if tab as soon as a source is open (a bad file is reported there, field and line named, and
     * nothing else changes). A plan file is not imported into the window's plan store, so the status names
     * the commands that handle it instead of pretending to open it.
     */
    public void noteOpenedFile(java.nio.file.Path file) {
        if (file.toString().endsWith(".hscenario")) {
            pendingScenario = file;
            pendingNote = null;
            if (opened != null && !loading.get()) {
                openPendingScenario();
                status.set(pendingNote);
            }
            return;
        }
        pendingNote = "Received " + file.getFileName() + " — plan files are reviewed with harmony report --plan " + file
                + " and run with harmony execute --plan " + file;
        if (!loading.get()) {
            status.set(pendingNote);
        }
    }

    private void openPendingScenario() {
        java.nio.file.Path file = pendingScenario;
        if (file == null) {
            return;
        }
        pendingScenario = null;
        boolean ok = whatIf.open(file);
        pendingNote = ok ? "Scenario " + file.getFileName() + " is open in the What-if tab"
                : "Scenario " + file.getFileName() + " could not be opened; the What-if tab says why";
        requestedTab.set("whatIfTab");
    }

    /** The id of a tab the model asks the window to bring to the front (set when a handed-over file opens). */
    public ReadOnlyStringProperty requestedTabProperty() {
        return requestedTab.getReadOnlyProperty();
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

    /** The open source's connector, once it has opened. */
    public Optional<Connector> connector() {
        WorkspaceSource s = opened;
        return s == null ? Optional.empty() : s.connector();
    }

    public WorkstationServices services() {
        return services;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public TrainingViewModel training() {
        return training;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public ExecutionViewModel execution() {
        return execution;
    }

    public ExportViewModel export() {
        return export;
    }

    /** The window's colour theme; remembered in the preferences. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
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

    /** The pool after executed moves on the dashboard; a health refresh that started before them must not replace it. */
    private void showExecuted(HealthComparison compared) {
        monitor.supersede();
        health.show(compared.after().report(), compared.after().inventory(), compared.after().basis());
    }
}
