package dev.harmony.viz.graph;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/** The key to the graph's colours: pair lines by sign, VM discs by CPU load. */
final class GraphLegend {
    private GraphLegend() {
    }

    static FlowPane create() {
        FlowPane legend = new FlowPane(6, 4,
                line(AffinityColors.POSITIVE), new Label("complementary"),
                line(AffinityColors.NEGATIVE), new Label("contending"),
                loadRamp(), maintenance(), new Label("host in maintenance"));
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPrefWrapLength(330);
        legend.getStyleClass().add("legend");
        legend.setId("graphLegend");
        return legend;
    }

    private static Line line(javafx.scene.paint.Color color) {
        Line l = new Line(0, 0, 22, 0);
        l.setStroke(color);
        l.setStrokeWidth(3);
        return l;
    }

    private static javafx.scene.shape.Circle maintenance() {
        javafx.scene.shape.Circle c = new javafx.scene.shape.Circle(7, javafx.scene.paint.Color.rgb(253, 243, 230));
        c.setStroke(AffinityColors.MAINTENANCE);
        c.getStrokeDashArray().setAll(3.0, 2.0);
        HBox.setMargin(c, new javafx.geometry.Insets(0, 0, 0, 10));
        return c;
    }

    private static HBox loadRamp() {
        Rectangle ramp = new Rectangle(60, 10);
        ramp.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, AffinityColors.loadColor(0)), new Stop(1, AffinityColors.loadColor(AffinityColors.loadBands() - 1))));
        ramp.setStroke(javafx.scene.paint.Color.rgb(70, 80, 92));
        ramp.setStrokeWidth(0.6);
        HBox box = new HBox(4, new Label("CPU idle"), ramp, new Label("busy"));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
