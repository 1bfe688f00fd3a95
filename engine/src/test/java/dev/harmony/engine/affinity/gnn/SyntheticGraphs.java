package dev.harmony.engine.affinity.gnn;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Random graphs whose pair targets are a known function of the features: node v's latent value is
 * {@code x_v[0] + 0.5 · mean of x_u[1] over its neighbours u}, and a pair's target is
 * {@code 0.9 · tanh(s_a · s_b)}, so a model must use both a node's own features and its
 * neighbours' to learn it.
 */
final class SyntheticGraphs {
    private SyntheticGraphs() {
    }

    /**
     * @param nodes            N
     * @param features         F, at least 2
     * @param pairFeatures     Fp (noise columns)
     * @param degree           neighbours per node
     * @param pairsPerNode     average number of pairs each node ends (P = N · pairsPerNode / 2)
     * @param withTargets      whether to attach the learnable targets
     */
    static GraphBatch graph(long seed, int nodes, int features, int pairFeatures, int degree, int pairsPerNode,
            boolean withTargets) {
        Random rng = new Random(seed);
        float[][] x = new float[nodes][features];
        for (float[] row : x) {
            for (int c = 0; c < features; c++) {
                row[c] = (float) rng.nextGaussian();
            }
        }
        int[][] neighbours = new int[nodes][degree];
        for (int v = 0; v < nodes; v++) {
            for (int k = 0; k < degree; k++) {
                int u = rng.nextInt(nodes - 1);
                neighbours[v][k] = u >= v ? u + 1 : u;
            }
        }
        int pairs = Math.max(1, nodes * pairsPerNode / 2);
        int[] a = new int[pairs];
        int[] b = new int[pairs];
        Set<Long> seen = new HashSet<>();
        for (int q = 0; q < pairs; q++) {
            int i;
            int j;
            do {
                i = rng.nextInt(nodes);
                j = rng.nextInt(nodes);
            } while (i == j || (pairs < nodes * (long) (nodes - 1) / 4 && !seen.add((long) Math.min(i, j) << 32 | Math.max(i, j))));
            a[q] = i;
            b[q] = j;
        }
        float[][] pf = new float[pairs][pairFeatures];
        for (float[] row : pf) {
            for (int c = 0; c < pairFeatures; c++) {
                row[c] = (float) rng.nextGaussian();
            }
        }
        float[] targets = null;
        if (withTargets) {
            double[] s = latent(x, neighbours);
            targets = new float[pairs];
            for (int q = 0; q < pairs; q++) {
                targets[q] = (float) (0.9 * Math.tanh(s[a[q]] * s[b[q]]));
            }
        }
        return new GraphBatch(x, neighbours, a, b, pf, targets);
    }

    private static double[] latent(float[][] x, int[][] neighbours) {
        double[] s = new double[x.length];
        for (int v = 0; v < x.length; v++) {
            double sum = 0;
            for (int u : neighbours[v]) {
                sum += x[u][1];
            }
            s[v] = x[v][0] + 0.5 * sum / neighbours[v].length;
        }
        return s;
    }
}
