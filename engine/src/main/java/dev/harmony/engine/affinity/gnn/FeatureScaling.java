package dev.harmony.engine.affinity.gnn;

import java.util.List;

/**
 * Per-column standardisation of node and pair features, fitted once on the training graphs and
 * kept with the model, so fine-tuning and prediction see features on the same scale as training.
 * Standardised values are clipped to ±{@value #CLIP}: a new VM far outside the training range then
 * shifts its score a bounded amount instead of saturating every unit.
 */
record FeatureScaling(float[] nodeMean, float[] nodeScale, float[] pairMean, float[] pairScale) {
    static final float CLIP = 10f;

    /** Means and standard deviations over every node row and every pair row of the batches. */
    static FeatureScaling fit(List<GraphBatch> batches, int nodeFeatures, int pairFeatures) {
        double[][] node = moments(nodeFeatures);
        double[][] pair = moments(pairFeatures);
        for (GraphBatch b : batches) {
            accumulate(node, b.nodeFeatures());
            accumulate(pair, b.pairFeatures());
        }
        return new FeatureScaling(mean(node), scale(node), mean(pair), scale(pair));
    }

    /** The identity scaling, for a model that has not been trained yet. */
    static FeatureScaling identity(int nodeFeatures, int pairFeatures) {
        return new FeatureScaling(new float[nodeFeatures], ones(nodeFeatures), new float[pairFeatures], ones(pairFeatures));
    }

    /** The batch's node rows, standardised, row-major N × F. */
    float[] nodes(GraphBatch batch) {
        float[][] rows = batch.nodeFeatures();
        int f = nodeMean.length;
        float[] out = new float[rows.length * f];
        for (int r = 0; r < rows.length; r++) {
            standardise(rows[r], nodeMean, nodeScale, out, r * f);
        }
        return out;
    }

    /** The pair rows named by {@code pairs}, standardised, row-major. */
    float[] pairs(GraphBatch batch, int[] pairs) {
        int f = pairMean.length;
        float[] out = new float[pairs.length * f];
        for (int i = 0; i < pairs.length; i++) {
            standardise(batch.pairFeatures()[pairs[i]], pairMean, pairScale, out, i * f);
        }
        return out;
    }

    private static void standardise(float[] row, float[] mean, float[] scale, float[] out, int offset) {
        for (int c = 0; c < mean.length; c++) {
            float z = (row[c] - mean[c]) / scale[c];
            out[offset + c] = Math.max(-CLIP, Math.min(CLIP, z));
        }
    }

    private static double[][] moments(int width) {
        return new double[][] {new double[width], new double[width], new double[1]};
    }

    private static void accumulate(double[][] m, float[][] rows) {
        for (float[] row : rows) {
            for (int c = 0; c < m[0].length; c++) {
                m[0][c] += row[c];
                m[1][c] += (double) row[c] * row[c];
            }
            m[2][0]++;
        }
    }

    private static float[] mean(double[][] m) {
        float[] out = new float[m[0].length];
        for (int c = 0; c < out.length; c++) {
            out[c] = m[2][0] == 0 ? 0f : (float) (m[0][c] / m[2][0]);
        }
        return out;
    }

    private static float[] scale(double[][] m) {
        float[] out = new float[m[0].length];
        for (int c = 0; c < out.length; c++) {
            double n = m[2][0];
            double var = n == 0 ? 0 : Math.max(0, m[1][c] / n - (m[0][c] / n) * (m[0][c] / n));
            // A constant column stays unscaled rather than blowing up by 1/0.
            out[c] = var < 1e-12 ? 1f : (float) Math.sqrt(var);
        }
        return out;
    }

    private static float[] ones(int n) {
        float[] out = new float[n];
        java.util.Arrays.fill(out, 1f);
        return out;
    }
}
