package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.features.FeatureMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * What the learned models read, built the same way for the MLP and the GNN.
 *
 * <p>Pair rows: a lag window without a score takes the values of the nearest scored lag (older first),
 * its flag still 0, so a telemetry gap looks like a stale reading rather than an impossible all-zero
 * one. Scores and terms enter as {@code sign(x)·√|x|}: realized affinity is mostly within ±0.01 with a
 * tail to ±0.5, and standardising the raw values would push the tail far outside the clip range.
 *
 * <p>Node rows: every per-VM feature. Flat rows for the MLP add, per VM feature except the hour-of-day
 * profile (which the profile cosine summarises), the mean and the absolute difference of the two VMs,
 * both symmetric, so a(i, j) and a(j, i) get one row.
 */
final class PairInputs {
    private PairInputs() {
    }

    /** The example's pair features, imputed and compressed as described above. */
    static float[][] pairRows(WindowExample e) {
        FeatureMatrix pf = e.pairFeatures();
        int lags = PairColumns.lagsOf(pf.cols());
        int[] compressed = {PairColumns.summary(lags, "mean.score"), PairColumns.summary(lags, "past.min"),
            PairColumns.summary(lags, "week.score")};
        float[][] rows = new float[e.size()][];
        for (int p = 0; p < rows.length; p++) {
            float[] row = pf.row(p);
            for (int w = 1; w <= lags; w++) {
                if (row[PairColumns.lag(w, PairColumns.SCORED)] == 0) {
                    int from = nearestScored(row, lags, w);
                    if (from > 0) {
                        System.arraycopy(row, PairColumns.lag(from, 0), row, PairColumns.lag(w, 0), PairColumns.SCORED);
                    }
                }
            }
            for (int w = 1; w <= lags; w++) {
                for (int part = 0; part < PairColumns.SCORED; part++) {
                    row[PairColumns.lag(w, part)] = root(row[PairColumns.lag(w, part)]);
                }
            }
            for (int c : compressed) {
                row[c] = root(row[c]);
            }
            rows[p] = row;
        }
        return rows;
    }

    /** The node features as rows. */
    static float[][] nodeRows(WindowExample e) {
        float[][] rows = new float[e.nodeFeatures().rows()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = e.nodeFeatures().row(r);
        }
        return rows;
    }

    /** Per-VM columns that enter the flat rows. */
    static int[] nodeColumns(FeatureMatrix nodes) {
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < nodes.cols(); c++) {
            if (!nodes.columns().get(c).startsWith("profile.")) {
                kept.add(c);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Width of a flat row for this example's layout. */
    static int width(WindowExample e) {
        return e.pairFeatures().cols() + 2 * nodeColumns(e.nodeFeatures()).length;
    }

    /** One flat row per pair: pair features, then per VM feature the pair's mean and absolute difference. */
    static float[][] rows(WindowExample e) {
        FeatureMatrix nf = e.nodeFeatures();
        int[] nodeCols = nodeColumns(nf);
        int[] first = e.pairs().first();
        int[] second = e.pairs().second();
        float[][] pairRows = pairRows(e);
        float[][] rows = new float[e.size()][];
        for (int p = 0; p < rows.length; p++) {
            float[] row = java.util.Arrays.copyOf(pairRows[p], pairRows[p].length + 2 * nodeCols.length);
            int at = pairRows[p].length;
            for (int c : nodeCols) {
                float a = nf.get(first[p], c);
                float b = nf.get(second[p], c);
                row[at++] = (a + b) / 2;
                row[at++] = Math.abs(a - b);
            }
            rows[p] = row;
        }
        return rows;
    }

    /**
     * Root mean square of the learnable targets' deviations from their {@link #anchor}s over the training
     * windows; 0 when there is none. The learned models scale their targets by it.
     */
    static double residualSd(List<WindowExample> examples) {
        double squares = 0;
        long n = 0;
        for (WindowExample e : examples) {
            float[] anchor = anchor(e);
            for (int p = 0; p < e.size(); p++) {
                if (e.learnable(p)) {
                    double r = e.target(p) - anchor[p];
                    squares += r * r;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : Math.sqrt(squares / n);
    }

    /**
     * What the learned models correct: the pair's long-run mean where it has one, else the prior. They
     * learn the next window's deviation from it, so an untrained direction falls back to a sound guess.
     */
    static float[] anchor(WindowExample e) {
        int lags = PairColumns.lagsOf(e.pairFeatures().cols());
        int mean = PairColumns.summary(lags, "mean.score");
        int windows = PairColumns.summary(lags, "mean.windows");
        float[] out = new float[e.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = e.coldStart(p) || e.pairFeatures().get(p, windows) == 0 ? ColdStart.PRIOR : e.pairFeatures().get(p, mean);
        }
        return out;
    }

    private static int nearestScored(float[] row, int lags, int w) {
        for (int d = 1; d < lags; d++) {
            if (w + d <= lags && row[PairColumns.lag(w + d, PairColumns.SCORED)] > 0) {
                return w + d;
            }
            if (w - d >= 1 && row[PairColumns.lag(w - d, PairColumns.SCORED)] > 0) {
                return w - d;
            }
        }
        return 0;
    }

    private static float root(float x) {
        return (float) Math.copySign(Math.sqrt(Math.abs(x)), x);
    }
}
