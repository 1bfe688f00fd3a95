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
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(8, new Label("Show"), host, title, gap, key());
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

        model.dataProperty().addListener((obs, old, now) -> {
            canvas.show(now);
            title.setText(now.title());
        });
        canvas.show(model.dataProperty().get());
        title.setText(model.dataProperty().get().title());
        canvas.setOnMouseMoved(e -> {
            int[] rc = canvas.cellAt(e.getX(), e.getY());
            if (rc[0] >= 0) {
                cell.setText(model.describe(rc[0], rc[1]));
            }
        });
        canvas.setOnMouseClicked(e -> model.openRow(canvas.cellAt(e.getX(), e.getY())[0]));
    }

    private static HBox key() {
        Rectangle ramp = new Rectangle(120, 12);
        ramp.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, AffinityColors.affinity(-1)), new Stop(0.5, AffinityColors.affinity(0)),
                new Stop(1, AffinityColors.affinity(1))));
        ramp.setStroke(javafx.scene.paint.Color.rgb(176, 186, 197));
        Rectangle unknown = new Rectangle(12, 12, AffinityColors.UNKNOWN);
        unknown.setStroke(javafx.scene.paint.Color.rgb(176, 186, 197));
        HBox key = new HBox(5, new Label("−1 contending"), ramp, new Label("+1 complementary"), unknown, new Label("not scored"));
        key.setAlignment(Pos.CENTER_LEFT);
        key.getStyleClass().add("legend");
        return key;
    }
}
