package dev.harmony.engine.affinity.gnn;

/**
 * Progress after one training epoch.
 *
 * @param epoch   1-based number of the epoch just finished
 * @param epochs  epochs in this training run
 * @param loss    mean loss over the epoch's pairs, measured before each step's update
 * @param seconds wall time of this epoch
 */
public record EpochProgress(int epoch, int epochs, double loss, double seconds) {
}
