package dev.harmony.viz.heatmap;

import dev.harmony.viz.graph.AffinityColors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

/**
 * The heat map panel: a host picker and the colour key above the matrix, the cell under the pointer
 * below. Clicking a row of the hosts map opens that host's VMs. Bound to an {@link AffinityHeatMapViewModel}.
 */
public final class AffinityHeatMapView extends BorderPane {

    public AffinityHeatMapView(AffinityHeatMapViewModel model) {
        setId("affinityHeatMap");
        ComboBox<HostChoice> host = new ComboBox<>();
        host.setId("heatMapHost");
        host.setPrefWidth(240);
        model.choicesProperty().addListener((obs, old, now) -> host.getItems().setAll(now));
        host.getItems().setAll(model.choicesProperty().get());
        host.valueProperty().bindBidirectional(model.hostProperty());
        Label title = new Label();
        title.setId("heatMapTitle");
        title.getStyleClass().add("panel-heading");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label show = new Label("Show");
        show.setMinWidth(Region.USE_PREF_SIZE);
        host.setMinWidth(Region.USE_PREF_SIZE);
        Label low = new Label();
        Label high = new Label();
        HBox tools = new HBox(8, show, host, title, key(low, high));
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(6, 8, 6, 8));
        tools.getStyleClass().add("view-toolbar");
        setTop(tools);

        HeatMapCanvas canvas = new HeatMapCanvas();
        canvas.setId("heatMapCanvas");
        setCenter(canvas);
        Label cell = new Label("Point at a cell to read it; click a host's row to see its VMs.");
        cell.setId("heatMapCell");
        cell.setPadding(new Insets(4, 8, 4, 8));
        setBottom(cell);

        model.dataProperty().addListener((obs, old, now) -> show(now, canvas, title, low, high));
        show(model.dataProperty().get(), canvas, title, low, high);
        canvas.setOnMouseMoved(e -> {
            int[] rc = canvas.cellAt(e.getX(), e.getY());
            if (rc[0] >= 0) {
                cell.setText(model.describe(rc[0], rc[1]));
            }
        });
        canvas.setOnMouseClicked(e -> model.openRow(canvas.cellAt(e.getX(), e.getY())[0]));
    }

    private static void show(HeatMapData data, HeatMapCanvas canvas, Label title, Label low, Label high) {
        canvas.show(data);
        title.setText(data.title());
        low.setText(String.format(java.util.Locale.ROOT, "−%.2f contending", data.range()));
        high.setText(String.format(java.util.Locale.ROOT, "+%.2f complementary", data.range()));
    }

    private static HBox key(Label low, Label high) {
        Rectangle ramp = new Rectangle(120, 12);
        ramp.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, AffinityColors.affinity(-1)), new Stop(0.5, AffinityColors.affinity(0)),
                new Stop(1, AffinityColors.affinity(1))));
        ramp.setStroke(javafx.scene.paint.Color.rgb(176, 186, 197));
        Rectangle unknown = new Rectangle(12, 12, AffinityColors.UNKNOWN);
        unknown.setStroke(javafx.scene.paint.Color.rgb(176, 186, 197));
        Label none = new Label("not scored");
        for (Label l : java.util.List.of(low, high, none)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox key = new HBox(5, low, ramp, high, unknown, none);
        key.setMinWidth(Region.USE_PREF_SIZE);
        key.setAlignment(Pos.CENTER_LEFT);
        key.getStyleClass().add("legend");
        return key;
    }
}
