package dev.harmony.connectors.lab.datacenter;

import java.util.List;

/** Pearson correlation over the buckets two signals both have. */
final class Correlation {
    private Correlation() {
    }

    /** Pairwise correlations; NaN where fewer than {@code minCommon} buckets are shared or a signal is flat. */
    static double[][] matrix(double[][] signals, int minCommon) {
        int n = signals.length;
        double[][] corr = new double[n][n];
        for (int i = 0; i < n; i++) {
            corr[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                corr[i][j] = pearson(signals[i], signals[j], minCommon);
                corr[j][i] = corr[i][j];
            }
        }
        return corr;
    }

    static double pearson(double[] x, double[] y, int minCommon) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        int n = 0;
        for (int k = 0; k < x.length; k++) {
            double a = x[k];
            double b = y[k];
            if (Double.isNaN(a) || Double.isNaN(b)) {
                continue;
            }
            sx += a;
            sy += b;
            sxx += a * a;
            syy += b * b;
            sxy += a * b;
            n++;
        }
        if (n < minCommon) {
            return Double.NaN;
        }
        double vx = sxx - sx * sx / n;
        double vy = syy - sy * sy / n;
        if (vx <= 1e-12 * n || vy <= 1e-12 * n) {
            return Double.NaN;
        }
        return (sxy - sx * sy / n) / Math.sqrt(vx * vy);
    }

    /** Mean correlation between the members of two groups; an unknown pair counts as 0. */
    static double average(double[][] corr, List<Integer> a, List<Integer> b) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                double c = corr[i][j];
                sum += Double.isNaN(c) ? 0 : c;
            }
        }
        return sum / (a.size() * b.size());
    }
}
