package dev.harmony.app.workstation;

import java.util.Locale;

/** Which view-model settings the window remembers, under which keys: read once at start, written on each change. */
final class Preferences {
    static final String THEME = "theme";
    static final String TRAINING_EPOCHS = "training.epochs";
    static final String TAB = "tab";

    private Preferences() {
    }

    static void restore(WorkstationViewModel model) {
        UiPreferences prefs = model.services().preferences();
        prefs.get(THEME).ifPresent(name -> {
            try {
                model.themeProperty().set(Theme.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                // An unknown theme name leaves the default.
            }
        });
        model.training().epochsProperty().set(Math.max(1, Math.min(500, prefs.getInt(TRAINING_EPOCHS, model.training().epochsProperty().get()))));
        model.themeProperty().addListener((obs, old, now) -> prefs.put(THEME, now.name().toLowerCase(Locale.ROOT)));
        model.training().epochsProperty().addListener((obs, old, now) -> prefs.put(TRAINING_EPOCHS, Integer.toString(now.intValue())));
    }
}
