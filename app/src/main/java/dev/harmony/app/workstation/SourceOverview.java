package dev.harmony.app.workstation;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The overview tab: the open source's title and the facts it reports (span, interval, repaired rows ...). */
final class SourceOverview extends VBox {

    SourceOverview(WorkstationViewModel model) {
        super(12);
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
        model.factsProperty().addListener((obs, old, now) -> show(facts, now));
        getChildren().addAll(heading, facts);
        setPadding(new Insets(16));
    }

    private static void show(GridPane grid, List<WorkspaceSource.Fact> facts) {
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
