package dev.harmony.app.workstation;

/** The window's colour themes; each adds its stylesheet over the base {@code harmony.css}. */
public enum Theme {
    LIGHT("Light", null),
    DARK("Dark", "harmony-dark.css");

    private final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    public String label() {
        return label;
    }

    /** The extra stylesheet's URL, or null for the base look. */
    public String stylesheetUrl() {
        return stylesheet == null ? null : Theme.class.getResource(stylesheet).toExternalForm();
    }
}
