package dev.harmony.engine.affinity.predict;

import java.util.List;

/**
 * Standardises input columns with the mean and standard deviation of the training rows, clipped to
 * ±10 so that one VM far outside the training range moves a score a bounded amount. A constant
 * column is centred but not scaled.
 */
final class ColumnScaler {
    private static final float CLIP = 10f;
    private final float[] mean;
    private final float[] scale;

    private ColumnScaler(float[] mean, float[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    static ColumnScaler fit(List<float[][]> batches, int width) {
        double[] sum = new double[width];
        double[] squares = new double[width];
        long n = 0;
        for (float[][] rows : batches) {
            for (float[] row : rows) {
                for (int c = 0; c < width; c++) {
                    sum[c] += row[c];
                    squares[c] += (double) row[c] * row[c];
                }
                n++;
            }
        }
        float[] mean = new float[width];
        float[] scale = new float[width];
        for (int c = 0; c < width; c++) {
            double m = n == 0 ? 0 : sum[c] / n;
            double var = n == 0 ? 0 : Math.max(0, squares[c] / n - m * m);
            mean[c] = (float) m;
            scale[c] = var < 1e-12 ? 1f : (float) Math.sqrt(var);
        }
        return new ColumnScaler(mean, scale);
    }

    int width() {
        return mean.length;
    }

    /** Standardises the rows in place and returns them. */
    float[][] apply(float[][] rows) {
        for (float[] row : rows) {
            if (row.length != mean.length) {
                throw new IllegalArgumentException("row has " + row.length + " columns, the scaler " + mean.length);
            }
            for (int c = 0; c < row.length; c++) {
                row[c] = Math.max(-CLIP, Math.min(CLIP, (row[c] - mean[c]) / scale[c]));
            }
        }
        return rows;
    }
}
