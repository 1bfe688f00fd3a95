package dev.harmony.viz.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A beside B: both health curves on one chart and every compared figure with the better side named. */
final class ComparisonPane extends VBox {
    private final ScenarioHealthChart chart = new ScenarioHealthChart("whatIfCompareChart");
    private final WhatIfViewModel model;

    ComparisonPane(WhatIfViewModel model) {
        super(6);
        this.model = model;
        setPadding(new Insets(8, 10, 10, 10));
        Label note = new Label();
        note.setId("whatIfCompareNote");
        note.setWrapText(true);
        note.getStyleClass().add("panel-heading");
        note.textProperty().bind(model.comparisonNoteProperty());
        TableView<ComparisonRow> table = new TableView<>();
        table.setId("whatIfComparison");
        table.setPlaceholder(new Label("Run A and B over the same horizon"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(List.of(ResultPane.column("Figure", ComparisonRow::label),
                ResultPane.column("A", ComparisonRow::aText), ResultPane.column("B", ComparisonRow::bText),
                ResultPane.column("B − A", ComparisonRow::deltaText), ResultPane.column("Better", ComparisonRow::better)));
        table.getColumns().get(0).setPrefWidth(220);
        table.setPrefHeight(330);
        model.comparisonProperty().addListener((obs, old, now) -> {
            table.getItems().setAll(now);
            refreshChart();
        });
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(note, ResultPane.heading("Pool health over the horizon, A and B"), chart, table);
        table.getItems().setAll(model.comparisonProperty().get());
        refreshChart();
    }

    private void refreshChart() {
        Map<String, List<dev.harmony.viz.health.HealthPoint>> lines = new LinkedHashMap<>();
        for (WhatIfViewModel.Slot slot : WhatIfViewModel.Slot.values()) {
            ScenarioResult r = model.editor(slot).resultProperty().get();
            if (r != null && !model.comparisonProperty().get().isEmpty()) {
                lines.put(slot + ": " + r.outcome().scenario().name(), r.health());
            }
        }
        chart.show(lines);
    }
}
