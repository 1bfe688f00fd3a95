package dev.harmony.viz.health;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** A host as a bar as long as its index, coloured by level, with the component that cost it most. */
final class HostBarCell extends ListCell<HostHealthRow> {
    private static final double BAR = 150;
    private final Label name = new Label();
    private final Region fill = new Region();
    private final Label value = new Label();
    private final Label worst = new Label();
    private final HBox row;

    HostBarCell() {
        name.setMinWidth(165);
        name.setPrefWidth(165);
        Region track = new Region();
        track.getStyleClass().add("health-track");
        track.setPrefSize(BAR, 14);
        fill.setPrefHeight(14);
        fill.setMaxHeight(14);
        Pane bar = new Pane(track, fill);
        bar.setMinWidth(BAR);
        bar.setPrefSize(BAR, 14);
        bar.setMaxHeight(14);
        value.setMinWidth(34);
        value.setAlignment(Pos.CENTER_RIGHT);
        worst.getStyleClass().add("hint");
        row = new HBox(8, name, bar, value, worst);
        row.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(HostHealthRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        name.setText(item.name() + (item.maintenance() ? " (maint.)" : ""));
        fill.setPrefWidth(BAR * Math.max(0, Math.min(100, item.index())) / 100);
        fill.resize(fill.getPrefWidth(), 14);
        fill.getStyleClass().setAll("health-bar", HealthLabels.styleClass(item.index()));
        value.setText(String.format(Locale.ROOT, "%.0f", item.index()));
        worst.setText(item.worst().isEmpty() ? "" : "most lost: " + item.worst());
        setGraphic(row);
    }
}
