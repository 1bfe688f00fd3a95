package dev.harmony.app.workstation;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;

/** Small controls the panels share: a section heading and an integer spinner tied to a view-model property. */
public final class Controls {
    private Controls() {
    }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    /** An editable spinner kept in step with {@code value} both ways. */
    public static Spinner<Integer> spinner(String id, IntegerProperty value, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(80);
        s.valueProperty().addListener((obs, old, now) -> value.set(now));
        value.addListener((obs, old, now) -> s.getValueFactory().setValue(now.intValue()));
        return s;
    }
}
