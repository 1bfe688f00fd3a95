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
    static GraphBatch forTraining(WindowExample e) {
        float[] anchor = PairInputs.anchor(e);
        int[] kept = new int[e.size()];
        float[] targets = new float[e.size()];
        int n = 0;
        for (int p = 0; p < e.size(); p++) {
            if (e.learnable(p)) {
                targets[n] = toTarget(e.target(p) - anchor[p]);
                kept[n++] = p;
            }
        }
        return n == 0 ? null : of(e, Arrays.copyOf(kept, n), Arrays.copyOf(targets, n));
    }

    /** The training batches of the examples that have learnable pairs. */
    static List<GraphBatch> forTraining(List<WindowExample> examples) {
        List<GraphBatch> out = new ArrayList<>();
        for (WindowExample e : examples) {
            GraphBatch b = forTraining(e);
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
     * The GNN learns {@code sign(r)·√|r|} of the deviation r from the anchor: deviations are mostly a
     * few thousandths, below the noise of an optimiser step, and the root lifts them while keeping the
     * ±0.5 tail inside the tanh output's [-1, 1].
     */
    static float toTarget(float deviation) {
        float t = (float) Math.copySign(Math.sqrt(Math.abs(deviation)), deviation);
        return Math.max(-1f, Math.min(1f, t));
    }

    /** The inverse of {@link #toTarget}. */
    static float fromOutput(float output) {
        return Math.copySign(output * output, output);
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
