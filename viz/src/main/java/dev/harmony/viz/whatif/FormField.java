package dev.harmony.viz.whatif;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable field of the scenario form: its text as typed and, after validation, what is wrong with it.
 * A field with {@code choices} is picked from a list instead of typed.
 */
public final class FormField {
    private final String key;
    private final String label;
    private final String hint;
    private final List<String> choices;
    private final StringProperty text;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param key     the field's name in the scenario file, e.g. {@code memory_mib}; tests and messages use it
     * @param label   what the form shows, e.g. {@code Memory (MiB)}
     * @param hint    what may be typed, shown as the prompt, e.g. {@code blank for the start}
     * @param choices the allowed values, or empty for free text
     * @param initial the text it starts with
     */
    public FormField(String key, String label, String hint, List<String> choices, String initial) {
        this.key = Objects.requireNonNull(key, "key");
        this.label = Objects.requireNonNull(label, "label");
        this.hint = Objects.requireNonNull(hint, "hint");
        this.choices = List.copyOf(choices);
        this.text = new SimpleStringProperty(this, key, initial);
        // A field edited after a failed check is no longer known to be wrong.
        text.addListener((obs, old, now) -> error.set(""));
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public List<String> choices() {
        return choices;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get() == null ? "" : text.get().strip();
    }

    public void setText(String value) {
        text.set(value);
    }

    /** What is wrong with the value, naming the field, or empty when it passed (or was not checked yet). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    void setError(String problem) {
        error.set(problem.isEmpty() ? "" : label + " (" + key + "): " + problem);
    }
}
