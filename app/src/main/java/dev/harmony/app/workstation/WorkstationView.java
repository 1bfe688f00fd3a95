package dev.harmony.app.workstation;

import dev.harmony.viz.inventory.InventoryView;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The main window's content: inventory on the left, facts about the open source on the right, a status bar below. */
public final class WorkstationView extends BorderPane {

    public WorkstationView(WorkstationViewModel model) {
        setId("workstation");
        InventoryView inventory = new InventoryView(model.inventory());
        inventory.setPadding(new Insets(8));

        Label heading = new Label();
        heading.setId("sourceTitle");
        heading.getStyleClass().add("heading");
        heading.textProperty().bind(model.titleProperty());

        GridPane facts = new GridPane();
        facts.setId("sourceFacts");
        facts.setHgap(16);
        facts.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(labels, values);
        model.factsProperty().addListener((obs, old, now) -> showFacts(facts, now));

        VBox overview = new VBox(12, heading, facts);
        overview.setPadding(new Insets(16));

        SplitPane split = new SplitPane(inventory, overview);
        split.setDividerPositions(0.42);
        setCenter(split);

        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(model.statusProperty());
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("loadingProgress");
        progress.visibleProperty().bind(model.loadingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusBar = new HBox(8, status, gap, progress);
        statusBar.setPadding(new Insets(4, 8, 4, 8));
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
    }

    private static void showFacts(GridPane grid, List<WorkspaceSource.Fact> facts) {
        grid.getChildren().clear();
        int row = 0;
        for (WorkspaceSource.Fact fact : facts) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("fact-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(fact.value());
            value.setWrapText(true);
            grid.addRow(row++, label, value);
        }
    }
}
