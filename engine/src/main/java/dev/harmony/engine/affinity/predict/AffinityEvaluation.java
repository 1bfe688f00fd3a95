package dev.harmony.engine.affinity.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Fits every model on the training examples and scores it on the test examples, all on the same pairs.
 * The split must be strictly time-based: every training target window ends before the first test
 * target window starts.
 */
public final class AffinityEvaluation {
    private final int k;

    /** @param k how many of the most negative pairs precision at k looks at, at least 1 */
    public AffinityEvaluation(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        this.k = k;
    }

    /**
     * @param progress told about each training epoch of each model
     * @throws IllegalArgumentException when a training window does not end before every test window, or
     *                                  a split is empty
     */
    public EvaluationReport run(List<WindowExample> train, List<WindowExample> test, List<PairPredictor> models,
                                Consumer<FitProgress> progress) {
        Objects.requireNonNull(progress, "progress");
        requireTimeSplit(train, test);
        List<ModelResult> results = new ArrayList<>();
        for (PairPredictor model : models) {
            long t0 = System.nanoTime();
            model.fit(train, progress);
            long t1 = System.nanoTime();
            List<float[]> predictions = new ArrayList<>();
            for (WindowExample e : test) {
                predictions.add(ColdStart.apply(model.name(), e, model.predict(e)));
            }
            long t2 = System.nanoTime();
            results.add(new ModelResult(model.name(), ModelScore.of(test, predictions, k), (t1 - t0) / 1e9, (t2 - t1) / 1e9));
        }
        int trainPairs = 0;
        for (WindowExample e : train) {
            for (int p = 0; p < e.size(); p++) {
                trainPairs += e.learnable(p) ? 1 : 0;
            }
        }
        int testPairs = 0;
        int cold = 0;
        for (WindowExample e : test) {
            for (int p = 0; p < e.size(); p++) {
                testPairs += e.hasTarget(p) ? 1 : 0;
                cold += e.hasTarget(p) && e.coldStart(p) ? 1 : 0;
            }
        }
        return new EvaluationReport(results, train.size(), trainPairs, test.size(), testPairs, cold, k);
    }

    /** Every training target must end before the earliest test target starts. */
    public static void requireTimeSplit(List<WindowExample> train, List<WindowExample> test) {
        if (train.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException("both the training and the test split need at least one window");
        }
        var firstTest = test.stream().map(e -> e.target().start()).min(java.time.Instant::compareTo).orElseThrow();
        for (WindowExample e : train) {
            if (e.target().end().isAfter(firstTest)) {
                throw new IllegalArgumentException("training window " + e.target() + " does not end before the first test window starts ("
                        + firstTest + ")");
            }
        }
    }
}
