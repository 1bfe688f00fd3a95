package dev.harmony.engine.affinity.gnn;

/**
 * Hyper-parameters of the affinity GNN.
 *
 * @param hidden          width of node embeddings and of the decoder's hidden layer
 * @param layers          message-passing layers (hops); the sampled neighbourhood grows as
 *                        {@code neighbourSample^layers}, so at most 3
 * @param neighbourSample neighbours aggregated per node and hop; more are sampled down, fewer averaged as they are
 * @param learningRate    Adam step size
 * @param epochs          passes over the training pairs
 * @param batchPairs      pairs per optimisation step
 * @param weightDecay     decoupled weight decay per step, relative to the learning rate (AdamW)
 * @param seed            seeds weight initialisation, shuffling and neighbour sampling
 */
public record GnnConfig(int hidden, int layers, int neighbourSample, double learningRate, int epochs, int batchPairs,
        double weightDecay, long seed) {
    public GnnConfig {
        if (hidden < 1 || hidden > 4096) {
            throw new IllegalArgumentException("hidden must be in [1, 4096]: " + hidden);
        }
        if (layers < 1 || layers > 3) {
            throw new IllegalArgumentException("layers must be in [1, 3]: " + layers);
        }
        if (neighbourSample < 1 || neighbourSample > 64) {
            throw new IllegalArgumentException("neighbourSample must be in [1, 64]: " + neighbourSample);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive and finite: " + learningRate);
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must not be negative: " + epochs);
        }
        if (batchPairs < 1) {
            throw new IllegalArgumentException("batchPairs must be positive: " + batchPairs);
        }
        if (!(weightDecay >= 0) || !Double.isFinite(weightDecay)) {
            throw new IllegalArgumentException("weightDecay must be finite and not negative: " + weightDecay);
        }
    }

    /** Two hops of ten sampled neighbours, 32 wide: the settings the ADR's timings were measured with. */
    public static GnnConfig defaults() {
        return new GnnConfig(32, 2, 10, 0.005, 30, 512, 1e-4, 42L);
    }

    public GnnConfig withEpochs(int newEpochs) {
        return new GnnConfig(hidden, layers, neighbourSample, learningRate, newEpochs, batchPairs, weightDecay, seed);
    }

    public GnnConfig withSeed(long newSeed) {
        return new GnnConfig(hidden, layers, neighbourSample, learningRate, epochs, batchPairs, weightDecay, newSeed);
    }
}
