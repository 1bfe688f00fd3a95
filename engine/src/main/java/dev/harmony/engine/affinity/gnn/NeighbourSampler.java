package dev.harmony.engine.affinity.gnn;

import java.util.SplittableRandom;

/**
 * Builds each root node's sampled neighbourhood tree in plain Java, level by level, so the SameDiff
 * graph only averages and multiplies dense tensors (no gather, whose gradient is broken in
 * 1.0.0-M2.1). Level d holds {@code roots · k^d} rows; slot s of row i at level d+1 is a
 * neighbour of row i at level d, with averaging weight 1/count, or the row itself with weight 0
 * when the node has fewer than k neighbours.
 */
final class NeighbourSampler {
    private final int k;
    private final int layers;

    NeighbourSampler(int k, int layers) {
        this.k = k;
        this.layers = layers;
    }

    /**
     * The tree's rows: {@code nodes[d]} are the node indices at level d, {@code weights[d]} (d ≥ 1)
     * the averaging weight of each level-d row within its parent's k slots.
     */
    record Tree(int[][] nodes, float[][] weights) {
    }

    /**
     * The tree under {@code roots}. A node's neighbours are drawn from a generator seeded by the
     * node and {@code salt} alone, so a node gets the same sample wherever it appears for a given salt.
     */
    Tree expand(int[] roots, int[][] neighbours, long salt) {
        int[][] cache = new int[neighbours.length][];
        int[][] nodes = new int[layers + 1][];
        float[][] weights = new float[layers + 1][];
        nodes[0] = roots;
        weights[0] = new float[0];
        for (int d = 0; d < layers; d++) {
            int[] parents = nodes[d];
            int[] children = new int[parents.length * k];
            float[] w = new float[parents.length * k];
            for (int i = 0; i < parents.length; i++) {
                int node = parents[i];
                if (cache[node] == null) {
                    cache[node] = pick(neighbours[node], node, salt);
                }
                int[] picked = cache[node];
                float share = picked.length == 0 ? 0f : 1f / picked.length;
                for (int s = 0; s < k; s++) {
                    boolean real = s < picked.length;
                    children[i * k + s] = real ? picked[s] : node;
                    w[i * k + s] = real ? share : 0f;
                }
            }
            nodes[d + 1] = children;
            weights[d + 1] = w;
        }
        return new Tree(nodes, weights);
    }

    /** Up to k distinct valid entries of {@code row}; a uniform sample without replacement when there are more. */
    int[] pick(int[] row, int node, long salt) {
        int count = 0;
        int[] valid = new int[row.length];
        for (int v : row) {
            if (v >= 0 && v != node && !contains(valid, count, v)) {
                valid[count++] = v;
            }
        }
        if (count > k) {
            SplittableRandom rng = new SplittableRandom(salt ^ (node * 0x9E3779B97F4A7C15L));
            // Partial Fisher-Yates: the first k slots become the sample.
            for (int s = 0; s < k; s++) {
                int j = s + rng.nextInt(count - s);
                int t = valid[s];
                valid[s] = valid[j];
                valid[j] = t;
            }
            count = k;
        }
        return java.util.Arrays.copyOf(valid, count);
    }

    private static boolean contains(int[] values, int count, int v) {
        for (int i = 0; i < count; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }
}
