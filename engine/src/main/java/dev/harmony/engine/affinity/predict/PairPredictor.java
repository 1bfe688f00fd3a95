package dev.harmony.engine.affinity.predict;

import java.util.List;
import java.util.function.Consumer;

/**
 * Predicts the realized affinity of each candidate pair of an example for its target window, from
 * the example's features only. Models learn from pairs that are {@link WindowExample#learnable(int)}.
 */
public interface PairPredictor {
    /** Short name used in reports and JSON, e.g. {@code persistence} or {@code gnn}. */
    String name();

    /**
     * Learns from examples whose targets are known; a model without parameters does nothing.
     *
     * @param training examples, oldest first; none may share a target window with a later evaluation
     * @param progress told about each epoch, for models trained in epochs
     */
    void fit(List<WindowExample> training, Consumer<FitProgress> progress);

    /**
     * One score per pair of the example, finite and in [-1, 1]. Pairs that are
     * {@link WindowExample#coldStart(int) cold} get {@link ColdStart#PRIOR}.
     */
    float[] predict(WindowExample example);
}
