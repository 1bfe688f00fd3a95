package dev.harmony.app.workstation.training;

import dev.harmony.engine.affinity.gnn.GnnConfig;
import dev.harmony.engine.affinity.predict.WindowingOptions;
import java.time.Duration;

/**
 * What a training run in the window uses; editable in the training tab. The window trains for few epochs by
 * default so a planner sees a curve in seconds; {@code harmony train} defaults to 60.
 *
 * @param epochs      GNN training epochs, 1..500
 * @param windowHours length of one window in hours; must divide a day
 * @param history     past windows whose realized affinity the model reads, 1..14
 * @param seed        seed of the model
 */
public record TrainingSettings(int epochs, int windowHours, int history, long seed) {
    public TrainingSettings {
        if (epochs < 1 || epochs > 500) {
            throw new IllegalArgumentException("Epochs must be within 1..500, was " + epochs + ".");
        }
        if (windowHours < 1 || windowHours > 24 || 24 % windowHours != 0) {
            throw new IllegalArgumentException("Window hours must divide a day (1, 2, 3, 4, 6, 8, 12 or 24), was " + windowHours + ".");
        }
        if (history < 1 || history > 14) {
            throw new IllegalArgumentException("History windows must be within 1..14, was " + history + ".");
        }
    }

    /** Five epochs over 12-hour windows with three windows of history. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(5, 12, 3, 42L);
    }

    /** The windowing the examples are built with. */
    WindowingOptions windowing() {
        WindowingOptions d = WindowingOptions.defaults().withWindow(Duration.ofHours(windowHours));
        return new WindowingOptions(d.window(), history, Math.max(history, d.meanWindows()), d.similarityK(),
                d.trafficThresholdKibps(), d.diskCapacityKibps(), d.threads(), d.affinity(), d.features());
    }

    GnnConfig gnn() {
        return GnnConfig.defaults().withSeed(seed).withEpochs(epochs);
    }
}
