package dev.harmony.app.workstation;

import dev.harmony.viz.graph.AffinityGraphView;
import dev.harmony.viz.health.HealthDashboardView;
import dev.harmony.viz.heatmap.AffinityHeatMapView;
import dev.harmony.viz.inventory.InventoryNode;
import dev.harmony.viz.inventory.InventoryView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The main window's content: inventory on the left; on the right one tab per panel (the open source, the
 * affinity graph, the heat map, health); a status bar below. Later panels are added with {@link #addTab}.
 */
public final class WorkstationView extends BorderPane {
    private final TabPane tabs = new TabPane();
    private Runnable openLab;

    public WorkstationView(WorkstationViewModel model) {
        setId("workstation");
        InventoryView inventory = new InventoryView(model.inventory());
        inventory.setPadding(new Insets(8));
        inventory.setMinWidth(300);

        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        addTab("overviewTab", "Overview", new SourceOverview(model));
        addTab("graphTab", "Affinity graph", new AffinityGraphView(model.graph()));
        addTab("heatMapTab", "Heat map", new AffinityHeatMapView(model.heatMap()));
        addTab("healthTab", "Health", new HealthDashboardView(model.health()));
        addTab("whatIfTab", "What-if", new dev.harmony.viz.whatif.WhatIfView(model.whatIf()));
        addTab("trainingTab", "Training", new dev.harmony.app.workstation.training.TrainingView(model.training()));
        addTab("planTab", "Plan", new dev.harmony.app.workstation.plan.PlanView(model.plan(), model.execution(), null));
        addTab("reportTab", "Report", new dev.harmony.app.workstation.export.ExportView(model.export()));

        followInventorySelection(inventory, model);
        model.requestedTabProperty().addListener((obs, old, id) -> showTab(id));

        SplitPane split = new SplitPane(inventory, tabs);
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(inventory, false);
        setCenter(split);
        setBottom(statusBar(model));
        setTop(WorkstationMenus.bar(this, tabs, model));
    }

    /** What File › Open lab… does; the window sets it. */
    public void setOnOpenLab(Runnable action) {
        openLab = action;
    }

    void openLab() {
        if (openLab != null) {
            openLab.run();
        }
    }

    /** Tells {@code listener} the id of each tab brought to the front. */
    public void onTabShown(java.util.function.Consumer<String> listener) {
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null && tab.getId() != null) {
                listener.accept(tab.getId());
            }
        });
    }

    /** A VM picked in the inventory tree is picked in the graph too, so its partners show there. */
    private static void followInventorySelection(InventoryView inventory, WorkstationViewModel model) {
        if (inventory.lookup("#inventoryTree") instanceof TreeView<?> tree) {
            tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
                if (item != null && item.getValue() instanceof InventoryNode node && node.kind() == InventoryNode.Kind.VM) {
                    model.graph().selectedVmProperty().set(node.id());
                }
            });
        }
    }

    /** Adds a panel as a tab; {@code id} lets tests and scripts find the tab. */
    public Tab addTab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tabs.getTabs().add(tab);
        return tab;
    }

    /** Brings the tab with this id to the front. */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private static HBox statusBar(WorkstationViewModel model) {
        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(model.statusProperty());
        Label analysis = new Label();
        analysis.setId("analysisText");
        analysis.textProperty().bind(model.analysisProperty());
        analysis.getStyleClass().add("hint");
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("loadingProgress");
        progress.visibleProperty().bind(model.loadingProperty().or(model.analysingProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusBar = new HBox(12, status, gap, analysis, progress);
        statusBar.setPadding(new Insets(4, 8, 4, 8));
        statusBar.getStyleClass().add("status-bar");
        return statusBar;
    }
}
