package dev.harmony.viz.graph;

import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The affinity graph panel: threshold, sign filter and fit above the canvas, the selected VM's partners
 * beside it and the summary below. Bound to an {@link AffinityGraphViewModel}.
 */
public final class AffinityGraphView extends BorderPane {
    private final GraphCanvas canvas;

    public AffinityGraphView(AffinityGraphViewModel model) {
        setId("affinityGraph");
        canvas = new GraphCanvas(model);

        Slider threshold = new Slider(0, 1, model.thresholdProperty().get());
        threshold.setId("graphThreshold");
        threshold.setPrefWidth(160);
        threshold.valueProperty().bindBidirectional(model.thresholdProperty());
        threshold.maxProperty().bind(model.thresholdMaxProperty());
        Label thresholdValue = new Label();
        thresholdValue.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.2f", model.thresholdProperty().get()), model.thresholdProperty()));
        thresholdValue.setMinWidth(36);
        ChoiceBox<EdgeFilter> filter = new ChoiceBox<>();
        filter.setId("graphFilter");
        filter.getItems().setAll(EdgeFilter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        Button fit = new Button("Fit");
        fit.setId("graphFit");
        fit.setTooltip(new Tooltip("Show the whole pool (scroll to zoom, drag to pan)"));
        fit.setOnAction(e -> canvas.fit());
        fit.setMinWidth(Region.USE_PREF_SIZE);
        filter.setMinWidth(Region.USE_PREF_SIZE);
        Label pairsLabel = new Label("Pairs with |affinity| ≥");
        pairsLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label help = new Label("Scroll to zoom, drag to pan, click a VM for its partners; zoomed out, hosts stand for their VMs.");
        help.getStyleClass().add("hint");
        help.setMinWidth(0);
        HBox tools = new HBox(8, pairsLabel, threshold, thresholdValue, filter, fit, help);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(6, 8, 6, 8));
        tools.getStyleClass().add("view-toolbar");
        setTop(tools);

        setCenter(canvas);
        setRight(partnerPanel(model));

        Label summary = new Label();
        summary.setId("graphSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMaxWidth(Double.MAX_VALUE);
        Tooltip full = new Tooltip();
        full.textProperty().bind(model.summaryProperty());
        summary.setTooltip(full);
        HBox.setHgrow(summary, Priority.ALWAYS);
        Label live = new Label();
        live.setId("graphLive");
        live.textProperty().bind(model.liveProperty());
        live.getStyleClass().add("live-text");
        live.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(12, summary, live);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        setBottom(bottom);
    }

    private static VBox partnerPanel(AffinityGraphViewModel model) {
        Label heading = new Label("Partners");
        heading.getStyleClass().add("panel-heading");
        Label selection = new Label();
        selection.setId("graphSelection");
        selection.setWrapText(true);
        selection.textProperty().bind(model.selectionProperty());
        TableView<Partner> table = new TableView<>();
        table.setId("graphPartners");
        table.setPlaceholder(new Label("No VM selected"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<Partner, String> vm = new TableColumn<>("VM");
        vm.setPrefWidth(70);
        vm.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().name()));
        TableColumn<Partner, String> host = new TableColumn<>("Host");
        host.setPrefWidth(170);
        host.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                c.getValue().hostName() + (c.getValue().coLocated() ? " (same)" : "")));
        TableColumn<Partner, Float> score = new TableColumn<>("Affinity");
        score.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().score()));
        score.setCellFactory(c -> new ScoreCell<>());
        score.setMaxWidth(78);
        score.setMinWidth(68);
        score.setPrefWidth(72);
        table.getColumns().setAll(java.util.List.of(vm, host, score));
        model.partnersProperty().addListener((obs, old, now) -> table.getItems().setAll(now));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<Partner> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.selectedVmProperty().set(row.getItem().vmId());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label("Red pairs contend for the same resources at the same time; blue pairs complement each other."
                + " Double-click a partner to select it.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        VBox panel = new VBox(6, heading, selection, table, GraphLegend.create(), hint);
        panel.setPadding(new Insets(8));
        panel.setPrefWidth(360);
        panel.setMinWidth(260);
        return panel;
    }

    /** Shows the whole pool. */
    public void fit() {
        canvas.fit();
    }

    /**
     * Where a VM's disc is drawn, in this view's coordinates; empty when the VM is unknown, off screen, or
     * the view is zoomed out to hosts.
     */
    public Optional<Point2D> locate(String vmId) {
        GraphScene scene = canvas.model().sceneProperty().get();
        int vm = scene.indexOf(vmId);
        GraphViewport v = canvas.viewport();
        if (vm < 0 || v.detail() == GraphViewport.Detail.HOSTS || !v.onScreen(scene.x[vm], scene.y[vm], 0)) {
            return Optional.empty();
        }
        return Optional.of(canvas.localToScene(v.toScreenX(scene.x[vm]), v.toScreenY(scene.y[vm]))).map(this::sceneToLocal);
    }

    GraphCanvas canvas() {
        return canvas;
    }
}
