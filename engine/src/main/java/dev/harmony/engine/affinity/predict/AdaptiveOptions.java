package dev.harmony.engine.affinity.predict;

/**
 * How an {@link AdaptiveAffinityModel} keeps up with new windows.
 *
 * @param replayWindows  most recent measured windows fine-tuning replays, the newest included, at least 1
 * @param fineTuneEpochs epochs of fine-tuning after each window, at least 1
 * @param riseWindows    consecutive windows whose error must each rise to count as a trend, at least 2
 * @param riseFactor     how far above the lowest error since the last training the last one must be, above 1
 * @param retrainWindows most recent windows a retraining learns from, at least {@code replayWindows}
 */
public record AdaptiveOptions(int replayWindows, int fineTuneEpochs, int riseWindows, double riseFactor,
                              int retrainWindows) {
    public AdaptiveOptions {
        if (replayWindows < 1 || fineTuneEpochs < 1 || riseWindows < 2 || !(riseFactor > 1)
                || retrainWindows < replayWindows) {
            throw new IllegalArgumentException("invalid adaptive settings: replay " + replayWindows + ", epochs "
                    + fineTuneEpochs + ", rise " + riseWindows + " x" + riseFactor + ", retrain " + retrainWindows);
        }
    }

    /** A week replayed for 2 epochs; three rising windows ending 25 % above the best retrain on the last three weeks. */
    public static AdaptiveOptions defaults() {
        return new AdaptiveOptions(7, 2, 3, 1.25, 21);
    }
}
