package dev.harmony.viz.health;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The health dashboard: the pool's index and verdict on top; hosts as bars and the index over time; the
 * breakdown of the pool or of the host picked, and what is behind the component picked. Bound to a
 * {@link HealthDashboardViewModel}.
 */
public final class HealthDashboardView extends BorderPane {

    public HealthDashboardView(HealthDashboardViewModel model) {
        setId("healthDashboard");
        setTop(header(model));

        ListView<HostHealthRow> hosts = new ListView<>();
        hosts.setId("healthHosts");
        hosts.setCellFactory(l -> new HostBarCell());
        model.hostsProperty().addListener((obs, old, now) -> {
            String keep = model.selectedHostProperty().get();
            hosts.getItems().setAll(now);
            now.stream().filter(r -> r.hostId().equals(keep)).findFirst().ifPresent(r -> hosts.getSelectionModel().select(r));
        });
        hosts.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedHostProperty().set(now.hostId());
            }
        });
        Button pool = new Button("Show the pool");
        pool.setMinWidth(Region.USE_PREF_SIZE);
        pool.setId("healthShowPool");
        pool.setOnAction(e -> {
            hosts.getSelectionModel().clearSelection();
            model.selectedHostProperty().set(null);
        });

        HealthHistoryChart chart = new HealthHistoryChart();
        model.historyProperty().addListener((obs, old, now) -> chart.show(now));

        Label scope = new Label();
        scope.textProperty().bind(model.scopeTitleProperty());
        scope.getStyleClass().add("panel-heading");
        TableView<ComponentRow> breakdown = breakdownTable(model);
        Label behind = new Label();
        behind.getStyleClass().add("panel-heading");
        model.selectedComponentProperty().addListener((obs, old, now) ->
                behind.setText(now == null ? "Behind it" : "Behind " + HealthLabels.component(now).toLowerCase(Locale.ROOT)));
        TableView<CulpritRow> culprits = culpritTable(model);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(4, 12, 12, 12));
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(46);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(54);
        grid.getRowConstraints().addAll(top, bottom);
        grid.add(panel(new HBox(8, shrinking(heading("Hosts, worst first: click one for its breakdown")), grow(), pool), hosts), 0, 0);
        grid.add(panel(heading("Pool index over time"), chart), 1, 0);
        grid.add(panel(scope, breakdown), 0, 1);
        grid.add(panel(behind, culprits), 1, 1);
        setCenter(grid);
    }

    private static HBox header(HealthDashboardViewModel model) {
        Label index = new Label();
        index.setId("healthPoolIndex");
        index.textProperty().bind(model.indexTextProperty());
        index.getStyleClass().add("health-index");
        model.poolIndexProperty().addListener((obs, old, now) -> {
            index.getStyleClass().removeAll("health-good", "health-fair", "health-poor");
            index.getStyleClass().add(HealthLabels.styleClass(now.doubleValue()));
        });
        Label title = new Label("Pool health (0–100)");
        title.getStyleClass().add("heading");
        Label verdict = new Label();
        verdict.setId("healthVerdict");
        verdict.textProperty().bind(model.verdictProperty());
        verdict.getStyleClass().add("health-verdict");
        Label basis = new Label();
        basis.setId("healthBasis");
        basis.textProperty().bind(model.basisProperty());
        basis.getStyleClass().add("hint");
        basis.setWrapText(true);
        HBox header = new HBox(16, index, new VBox(3, title, verdict, basis));
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 12, 6, 12));
        return header;
    }

    private static TableView<ComponentRow> breakdownTable(HealthDashboardViewModel model) {
        TableView<ComponentRow> table = new TableView<>();
        table.setId("healthBreakdown");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(java.util.List.of(
                wrapping(column("Component", 150, ComponentRow::label)),
                minWidth(column("Lost", 72, r -> r.assessed() ? String.format(Locale.ROOT, "%.1f / %.0f", r.lost(), r.max()) : "–"), 72),
                wrapping(column("Measure", 300, ComponentRow::measure))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ComponentRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("not-assessed");
                if (!empty && item != null && !item.assessed()) {
                    getStyleClass().add("not-assessed");
                }
            }
        });
        model.componentsProperty().addListener((obs, old, now) -> {
            table.getItems().setAll(now);
            selectComponent(table, model);
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedComponentProperty().set(now.component());
            }
        });
        model.selectedComponentProperty().addListener((obs, old, now) -> selectComponent(table, model));
        return table;
    }

    private static void selectComponent(TableView<ComponentRow> table, HealthDashboardViewModel model) {
        table.getItems().stream().filter(r -> r.component() == model.selectedComponentProperty().get()).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    private static TableView<CulpritRow> culpritTable(HealthDashboardViewModel model) {
        TableView<CulpritRow> table = new TableView<>();
        table.setId("healthCulprits");
        table.setPlaceholder(new Label("Nothing lost here"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(java.util.List.of(
                column("Culprit", 120, CulpritRow::subject),
                minWidth(column("Points", 62, r -> String.format(Locale.ROOT, "%.2f", r.points())), 62),
                wrapping(column("Why", 400, CulpritRow::detail))));
        model.culpritsProperty().addListener((obs, old, now) -> table.getItems().setAll(now));
        return table;
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue())));
        return c;
    }

    /** Long details wrap onto a second line instead of ending in an ellipsis. */
    private static <R> TableColumn<R, String> wrapping(TableColumn<R, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("text");
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                text.setText(empty || value == null ? "" : value);
                setGraphic(empty ? null : text);
                setTooltip(empty || value == null ? null : new javafx.scene.control.Tooltip(value));
            }
        });
        return column;
    }

    private static <R> TableColumn<R, String> minWidth(TableColumn<R, String> column, double width) {
        column.setMinWidth(width);
        return column;
    }

    private static Label shrinking(Label label) {
        label.setMinWidth(0);
        return label;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static VBox panel(javafx.scene.Node title, Region content) {
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(6, title, content);
        box.setMinHeight(0);
        content.setMinHeight(0);
        return box;
    }
}
