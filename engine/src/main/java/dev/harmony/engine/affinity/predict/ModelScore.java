package dev.harmony.engine.affinity.predict;

import java.util.ArrayList;
import java.util.List;

/**
 * How one model did over a set of windows, on the pairs with a realized score.
 *
 * @param mae          mean absolute error over every (pair, window)
 * @param spearman     rank correlation over every (pair, window); NaN when the predictions are constant
 * @param precisionAtK precision at k of the most negative pairs, averaged over the windows
 * @param k            the k asked for
 * @param pairs        (pair, window) values scored
 * @param windows      windows scored
 */
public record ModelScore(double mae, double spearman, double precisionAtK, int k, int pairs, int windows) {

    /**
     * Scores per-window predictions against the examples' targets, counting only pairs that have a
     * realized score in the target window.
     */
    public static ModelScore of(List<WindowExample> examples, List<float[]> predictions, int k) {
        if (examples.size() != predictions.size()) {
            throw new IllegalArgumentException(predictions.size() + " prediction sets for " + examples.size() + " windows");
        }
        List<Float> allPredicted = new ArrayList<>();
        List<Float> allActual = new ArrayList<>();
        double precisionSum = 0;
        int windows = 0;
        for (int w = 0; w < examples.size(); w++) {
            WindowExample e = examples.get(w);
            float[] p = predictions.get(w);
            int n = e.scoredCount();
            if (n == 0) {
                continue;
            }
            float[] predicted = new float[n];
            float[] actual = new float[n];
            int m = 0;
            for (int q = 0; q < e.size(); q++) {
                if (e.hasTarget(q)) {
                    predicted[m] = p[q];
                    actual[m++] = e.target(q);
                    allPredicted.add(p[q]);
                    allActual.add(e.target(q));
                }
            }
            precisionSum += PredictionMetrics.precisionAtK(predicted, actual, k);
            windows++;
        }
        float[] predicted = toArray(allPredicted);
        float[] actual = toArray(allActual);
        return new ModelScore(PredictionMetrics.mae(predicted, actual), PredictionMetrics.spearman(predicted, actual),
                windows == 0 ? Double.NaN : precisionSum / windows, k, actual.length, windows);
    }

    private static float[] toArray(List<Float> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
