package dev.harmony.app.cli;

import dev.harmony.engine.affinity.gnn.GnnConfig;
import dev.harmony.engine.affinity.predict.WindowingOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options {@code harmony evaluate} and {@code harmony train} share: windowing, seed and GNN epochs. */
final class AffinityModelOptions {
    @Option(names = "--window-hours", defaultValue = "24", description = "Length of one window in hours; must divide a day (default ${DEFAULT-VALUE}).")
    int windowHours;
    @Option(names = "--history", defaultValue = "3", description = "Past windows whose realized affinity the models read (default ${DEFAULT-VALUE}).")
    int history;
    @Option(names = "--seed", defaultValue = "42", description = "Seed of every model (default ${DEFAULT-VALUE}).")
    long seed;
    // 60 was chosen on the Bitbrains lab by training on days 1-15 and scoring days 16-20 (10, 30, 60, 120 tried).
    @Option(names = "--epochs", defaultValue = "60", description = "GNN training epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    WindowingOptions windowing() {
        if (windowHours < 1 || windowHours > 24) {
            throw new UserError("--window-hours must be within 1..24, was " + windowHours);
        }
        if (history < 1 || history > 14) {
            throw new UserError("--history must be within 1..14, was " + history);
        }
        WindowingOptions d = WindowingOptions.defaults().withWindow(Duration.ofHours(windowHours));
        return new WindowingOptions(d.window(), history, Math.max(history, d.meanWindows()), d.similarityK(),
                d.trafficThresholdKibps(), d.diskCapacityKibps(), d.threads(), d.affinity(), d.features());
    }

    GnnConfig gnn() {
        if (epochs < 1) {
            throw new UserError("--epochs must be at least 1, was " + epochs);
        }
        return GnnConfig.defaults().withSeed(seed).withEpochs(epochs);
    }

    long seed() {
        return seed;
    }
}
