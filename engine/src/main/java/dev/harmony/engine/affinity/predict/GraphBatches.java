package dev.harmony.engine.affinity.predict;

import dev.harmony.engine.affinity.gnn.GraphBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns an example into the GNN's {@link GraphBatch}: every VM a node with its features, each node's
 * neighbours the VMs it forms a candidate pair with (co-located, communicating or similar; the GNN
 * samples them down), the pairs with the features of {@link PairInputs}. Training batches keep only
 * learnable pairs, with targets in the GNN's target space ({@link #toTarget}).
 */
final class GraphBatches {
    private GraphBatches() {
    }

    /** All pairs of the example, without targets, for prediction. */
    static GraphBatch forPrediction(WindowExample e) {
        int[] all = new int[e.size()];
        for (int p = 0; p < all.length; p++) {
            all[p] = p;
        }
        return of(e, all, null);
    }

    /** The learnable pairs of the example with their targets, or null when it has none. */
    static GraphBatch forTraining(WindowExample e, float scale) {
        float[] anchor = PairInputs.anchor(e);
        int[] kept = new int[e.size()];
        float[] targets = new float[e.size()];
        int n = 0;
        for (int p = 0; p < e.size(); p++) {
            if (e.learnable(p)) {
                targets[n] = toTarget(e.target(p) - anchor[p], scale);
                kept[n++] = p;
            }
        }
        return n == 0 ? null : of(e, Arrays.copyOf(kept, n), Arrays.copyOf(targets, n));
    }

    /** The training batches of the examples that have learnable pairs. */
    static List<GraphBatch> forTraining(List<WindowExample> examples, float scale) {
        List<GraphBatch> out = new ArrayList<>();
        for (WindowExample e : examples) {
            GraphBatch b = forTraining(e, scale);
            if (b != null) {
                out.add(b);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no pair with both history and a realized score to learn from in "
                    + examples.size() + " example(s)");
        }
        return out;
    }

    /**
     * Deviations from the anchor are a few thousandths, below the noise of an optimiser step, with a tail
     * to ±0.5, so the GNN learns them divided by a scale fitted on the training pairs ({@link #scaleOf}),
     * clipped to its tanh output's [-1, 1].
     */
    static float toTarget(float deviation, float scale) {
        return Math.max(-1f, Math.min(1f, deviation / scale));
    }

    /** The inverse of {@link #toTarget} inside the clip range. */
    static float fromOutput(float output, float scale) {
        return output * scale;
    }

    /**
     * Three standard deviations of the training deviations from the anchor: chosen over a square-root
     * transform and over the raw score on days 2-15 against days 16-20 of the Bitbrains lab (see
     * docs/affinity-evaluation.md); 1 when there is no spread.
     */
    static float scaleOf(List<WindowExample> examples) {
        double sd = PairInputs.residualSd(examples);
        return sd > 1e-6 ? (float) (3 * sd) : 1f;
    }

    private static GraphBatch of(WindowExample e, int[] pairs, float[] targets) {
        int[] first = e.pairs().first();
        int[] second = e.pairs().second();
        int nodes = e.vmIds().size();
        int[] degree = new int[nodes];
        for (int p = 0; p < first.length; p++) {
            degree[first[p]]++;
            degree[second[p]]++;
        }
        int width = Math.max(1, Arrays.stream(degree).max().orElse(0));
        int[][] neighbours = new int[nodes][width];
        for (int[] row : neighbours) {
            Arrays.fill(row, -1);
        }
        int[] fill = new int[nodes];
        for (int p = 0; p < first.length; p++) {
            neighbours[first[p]][fill[first[p]]++] = second[p];
            neighbours[second[p]][fill[second[p]]++] = first[p];
        }
        float[][] allPairRows = PairInputs.pairRows(e);
        int[] a = new int[pairs.length];
        int[] b = new int[pairs.length];
        float[][] rows = new float[pairs.length][];
        for (int k = 0; k < pairs.length; k++) {
            a[k] = first[pairs[k]];
            b[k] = second[pairs[k]];
            rows[k] = allPairRows[pairs[k]];
        }
        return new GraphBatch(PairInputs.nodeRows(e), neighbours, a, b, rows, targets);
    }
}
