package dev.harmony.viz.whatif;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One scenario's result: headline figures, the pool's health over the horizon, each host's peak, what was applied. */
final class ResultPane extends VBox {
    private final Label title = new Label("Not run yet: press Run.");
    private final GridPane figures = new GridPane();
    private final ScenarioHealthChart chart = new ScenarioHealthChart("whatIfHealthChart");
    private final TableView<HostPeakRow> hosts = new TableView<>();
    private final ListView<String> applied = new ListView<>();

    ResultPane(WhatIfViewModel model) {
        super(6);
        setPadding(new Insets(8, 10, 10, 10));
        title.setId("whatIfResultTitle");
        title.getStyleClass().add("panel-heading");
        title.setWrapText(true);
        figures.setId("whatIfFigures");
        figures.setHgap(12);
        figures.setVgap(2);
        hosts.setId("whatIfHosts");
        hosts.setPlaceholder(new Label("No run yet"));
        hosts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        hosts.getColumns().setAll(List.of(column("Host", HostPeakRow::host), column("Peak CPU", r -> pct(r.peakCpu())),
                column("Mean CPU", r -> pct(r.meanCpu())), column("Peak memory", r -> pct(r.peakMemory()))));
        hosts.setPrefHeight(240);
        applied.setId("whatIfApplied");
        applied.setPrefHeight(90);
        applied.setPlaceholder(new Label("Nothing applied yet"));
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(title, figures, heading("Pool health over the horizon"), chart, heading("Hosts over the horizon"), hosts,
                heading("Applied"), applied);
        Label edited = new Label("The form changed since this run: run again to update the result.");
        edited.setId("whatIfResultEdited");
        edited.getStyleClass().add("field-error");
        getChildren().add(1, edited);
        show(model.shownResultProperty().get());
        model.shownResultProperty().addListener((obs, old, now) -> show(now));
        followEdits(model, edited);
        model.editorProperty().addListener((obs, old, now) -> followEdits(model, edited));
    }

    private static void followEdits(WhatIfViewModel model, Label edited) {
        edited.visibleProperty().bind(model.editorProperty().get().editedProperty());
        edited.managedProperty().bind(edited.visibleProperty());
    }

    private void show(ScenarioResult r) {
        figures.getChildren().clear();
        if (r == null) {
            title.setText("Not run yet: press Run.");
            chart.show(Map.of());
            hosts.getItems().clear();
            applied.getItems().clear();
            return;
        }
        title.setText(r.title());
        for (int i = 0; i < r.figures().size(); i++) {
            Label label = new Label(r.figures().get(i).label());
            label.getStyleClass().add("fact-label");
            figures.addRow(i, label, new Label(r.figures().get(i).value()));
        }
        chart.show(Map.of(r.outcome().scenario().name(), r.health()));
        hosts.getItems().setAll(r.hosts());
        applied.getItems().setAll(r.applied().isEmpty() ? List.of("(no changes: the pool as it is)") : r.applied());
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue())));
        return c;
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }
}
