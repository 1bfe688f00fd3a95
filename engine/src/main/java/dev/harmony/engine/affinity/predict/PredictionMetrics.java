package dev.harmony.engine.affinity.predict;

import java.util.Arrays;
import java.util.Comparator;

/** Error and ranking metrics of predicted against realized affinity, on equal-length arrays. */
public final class PredictionMetrics {
    private PredictionMetrics() {
    }

    /** Mean absolute error; NaN for no pairs. */
    public static double mae(float[] predicted, float[] actual) {
        check(predicted, actual);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(predicted[i] - actual[i]);
        }
        return actual.length == 0 ? Double.NaN : sum / actual.length;
    }

    /**
     * Spearman's rank correlation: the Pearson correlation of the ranks, tied values sharing the mean of
     * their ranks. NaN when fewer than two pairs or when either side is constant (no ranking to compare).
     */
    public static double spearman(float[] predicted, float[] actual) {
        check(predicted, actual);
        if (actual.length < 2) {
            return Double.NaN;
        }
        return pearson(ranks(predicted), ranks(actual));
    }

    /**
     * Precision at k of the most negative pairs, the ones a planner would act on: the share of the k
     * pairs predicted lowest (ties broken by position) that are among the k realized lowest. Pairs
     * tied with the k-th realized value all count as relevant, so ties do not make the answer arbitrary.
     * With fewer than k pairs, k is their number. NaN for no pairs.
     */
    public static double precisionAtK(float[] predicted, float[] actual, int k) {
        check(predicted, actual);
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        int n = actual.length;
        if (n == 0) {
            return Double.NaN;
        }
        int kk = Math.min(k, n);
        float[] sortedActual = actual.clone();
        Arrays.sort(sortedActual);
        float threshold = sortedActual[kk - 1];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> predicted[i]).thenComparingInt(i -> i));
        int hits = 0;
        for (int r = 0; r < kk; r++) {
            hits += actual[order[r]] <= threshold ? 1 : 0;
        }
        return (double) hits / kk;
    }

    /** Ranks from 1, ties sharing the mean of the ranks they span. */
    static double[] ranks(float[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                ranks[order[t]] = mean;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
    }

    private static void check(float[] predicted, float[] actual) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException(predicted.length + " predictions for " + actual.length + " pairs");
        }
    }
}
