package dev.harmony.engine.affinity.predict;

import java.util.List;

/**
 * Hyper-parameters of the non-graph MLP baseline; fixed in advance, not tuned on any evaluation window.
 *
 * @param hidden       widths of the hidden layers
 * @param learningRate AdamW step size
 * @param epochs       passes over the training pairs
 * @param batch        pairs per step
 * @param huberDelta   where the Huber loss turns from squared to absolute error, in units of the
 *                     training targets' spread (see {@link MlpPredictor})
 * @param weightDecay  decoupled weight decay, relative to the step size
 * @param seed         seeds initialisation and shuffling
 */
public record MlpConfig(List<Integer> hidden, double learningRate, int epochs, int batch, double huberDelta,
                        double weightDecay, long seed) {
    public MlpConfig {
        hidden = List.copyOf(hidden);
        if (hidden.isEmpty() || hidden.stream().anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("hidden layers must be given and positive: " + hidden);
        }
        if (!(learningRate > 0) || epochs < 0 || batch < 1 || !(huberDelta > 0) || !(weightDecay >= 0)) {
            throw new IllegalArgumentException("invalid MLP settings: lr " + learningRate + ", epochs " + epochs
                    + ", batch " + batch + ", delta " + huberDelta + ", decay " + weightDecay);
        }
    }

    /** Two hidden layers of 32 and 16, 30 epochs of 256 pairs at 0.001, Huber delta 0.05, seed 42. */
    public static MlpConfig defaults() {
        return new MlpConfig(List.of(32, 16), 1e-3, 30, 256, 0.05, 1e-4, 42);
    }

    public MlpConfig withEpochs(int newEpochs) {
        return new MlpConfig(hidden, learningRate, newEpochs, batch, huberDelta, weightDecay, seed);
    }

    public MlpConfig withSeed(long newSeed) {
        return new MlpConfig(hidden, learningRate, epochs, batch, huberDelta, weightDecay, newSeed);
    }
}
