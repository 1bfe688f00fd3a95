package dev.harmony.engine.affinity.gnn;

import java.util.Objects;

/**
 * One graph with the pairs to score on it: what the GNN trains on (with targets) or predicts for
 * (without). The record checks shapes, ranges and finiteness when it is made, and keeps the
 * caller's arrays without copying them, because a 10,000-VM graph is passed on every prediction;
 * callers must not change them afterwards.
 *
 * @param nodeFeatures N × F feature rows, finite, every row F wide
 * @param neighbours   N × K neighbour rows of indices into {@code nodeFeatures}; -1 marks an empty slot
 * @param pairA        P first endpoints (node indices)
 * @param pairB        P second endpoints, never equal to the first
 * @param pairFeatures P × Fp per-pair features (past-window terms etc.), finite; Fp may be 0
 * @param targets      P targets in [-1, 1] for training, or null for inference
 */
public record GraphBatch(float[][] nodeFeatures, int[][] neighbours, int[] pairA, int[] pairB, float[][] pairFeatures,
        float[] targets) {
    public GraphBatch {
        Objects.requireNonNull(nodeFeatures, "nodeFeatures");
        Objects.requireNonNull(neighbours, "neighbours");
        Objects.requireNonNull(pairA, "pairA");
        Objects.requireNonNull(pairB, "pairB");
        Objects.requireNonNull(pairFeatures, "pairFeatures");
        int n = nodeFeatures.length;
        checkFinite("nodeFeatures", nodeFeatures, n == 0 ? 0 : width("nodeFeatures", nodeFeatures, 0));
        if (neighbours.length != n) {
            throw new IllegalArgumentException("neighbours has " + neighbours.length + " rows but there are " + n + " nodes");
        }
        for (int i = 0; i < n; i++) {
            int[] row = neighbours[i];
            if (row == null) {
                throw new IllegalArgumentException("neighbours row " + i + " is null");
            }
            for (int k = 0; k < row.length; k++) {
                if (row[k] < -1 || row[k] >= n) {
                    throw new IllegalArgumentException("neighbours[" + i + "][" + k + "] = " + row[k]
                            + " is out of range: expected a node index in [0, " + n + ") or -1 for none");
                }
            }
        }
        int p = pairA.length;
        if (pairB.length != p || pairFeatures.length != p || (targets != null && targets.length != p)) {
            throw new IllegalArgumentException("pair arrays differ in length: pairA " + p + ", pairB " + pairB.length
                    + ", pairFeatures " + pairFeatures.length + (targets == null ? "" : ", targets " + targets.length));
        }
        for (int q = 0; q < p; q++) {
            if (pairA[q] < 0 || pairA[q] >= n || pairB[q] < 0 || pairB[q] >= n) {
                throw new IllegalArgumentException("pair " + q + " (" + pairA[q] + ", " + pairB[q]
                        + ") names a node outside [0, " + n + ")");
            }
            if (pairA[q] == pairB[q]) {
                throw new IllegalArgumentException("pair " + q + " joins node " + pairA[q] + " to itself");
            }
        }
        checkFinite("pairFeatures", pairFeatures, p == 0 ? 0 : width("pairFeatures", pairFeatures, 0));
        if (targets != null) {
            for (int q = 0; q < p; q++) {
                if (!(targets[q] >= -1f && targets[q] <= 1f)) {
                    throw new IllegalArgumentException("targets[" + q + "] = " + targets[q] + " is not in [-1, 1]");
                }
            }
        }
    }

    /** N, the number of nodes. */
    public int nodeCount() {
        return nodeFeatures.length;
    }

    /** P, the number of pairs. */
    public int pairCount() {
        return pairA.length;
    }

    /** F, the node feature width (0 for an empty graph). */
    public int nodeFeatureCount() {
        return nodeFeatures.length == 0 ? 0 : nodeFeatures[0].length;
    }

    /** Fp, the pair feature width, or -1 when there are no pairs to tell it from. */
    public int pairFeatureCount() {
        return pairFeatures.length == 0 ? -1 : pairFeatures[0].length;
    }

    public boolean hasTargets() {
        return targets != null;
    }

    private static int width(String name, float[][] rows, int row) {
        if (rows[row] == null) {
            throw new IllegalArgumentException(name + " row " + row + " is null");
        }
        return rows[row].length;
    }

    private static void checkFinite(String name, float[][] rows, int width) {
        for (int r = 0; r < rows.length; r++) {
            if (width(name, rows, r) != width) {
                throw new IllegalArgumentException(name + " row " + r + " has " + rows[r].length + " columns, row 0 has " + width);
            }
            for (int c = 0; c < width; c++) {
                if (!Float.isFinite(rows[r][c])) {
                    throw new IllegalArgumentException(name + "[" + r + "][" + c + "] is not finite: " + rows[r][c]);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "GraphBatch[" + nodeCount() + " nodes x " + nodeFeatureCount() + " features, " + pairCount() + " pairs"
                + (hasTargets() ? " with targets" : "") + "]";
    }
}
