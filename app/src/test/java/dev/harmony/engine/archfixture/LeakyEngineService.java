package dev.harmony.engine.archfixture;

import javafx.scene.control.Label;

/**
 * Test fixture only: a class in an engine package that breaks the layering on purpose, so
 * {@code EngineRuleCatchesLeaksTest} can show the engine rule fails when it should.
 */
public final class LeakyEngineService {
    private LeakyEngineService() {
    }

    /** Uses a JavaFX control, which no engine class may do. */
    public static String render(String text) {
        return new Label(text).getText();
    }
}
