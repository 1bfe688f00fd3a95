package dev.harmony.engine.affinity.gnn;

import java.util.List;

/**
 * What a training or fine-tuning run did.
 *
 * @param epochs     progress of each epoch, in order
 * @param backend    the ND4J backend that ran it, as {@link AffinityGnn#backend()} says
 * @param parameters number of trained weights
 * @param seconds    wall time of the whole run
 */
public record TrainingReport(List<EpochProgress> epochs, String backend, long parameters, double seconds) {
    public TrainingReport {
        epochs = List.copyOf(epochs);
    }

    /** Loss of the last epoch, or NaN when no epoch ran. */
    public double finalLoss() {
        return epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).loss();
    }
}
