package dev.harmony.viz.whatif;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Form fields as a two-column grid: label and input, with the field's problem in red beneath it as soon as
 * a check finds one. Inputs get the id {@code prefix + key}, e.g. {@code change-hosts}.
 */
final class FormGrid extends GridPane {

    FormGrid(List<FormField> fields, String idPrefix) {
        setHgap(8);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        for (FormField f : fields) {
            Label label = new Label(f.label());
            Control input = input(f);
            input.setId(idPrefix + f.key());
            input.setTooltip(new Tooltip(f.key() + ": " + f.hint()));
            input.setMaxWidth(Double.MAX_VALUE);
            label.setLabelFor(input);
            add(label, 0, row);
            add(input, 1, row++);
            Label error = new Label();
            error.setId(idPrefix + f.key() + "-error");
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            add(error, 1, row++);
        }
    }

    private static Control input(FormField f) {
        if (!f.choices().isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(f.choices());
            box.valueProperty().bindBidirectional(f.textProperty());
            return box;
        }
        TextField text = new TextField();
        text.setPromptText(f.hint());
        text.textProperty().bindBidirectional(f.textProperty());
        return text;
    }
}
