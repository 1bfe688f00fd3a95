package dev.harmony.engine.affinity.gnn;

import java.util.Arrays;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Inference in two passes: first the embedding of every node that ends a pair, once per node and
 * in chunks that bound the sampled trees' size; then the decoder over the pairs, in chunks. A node
 * in many pairs is therefore encoded once, which is what makes 10,000-VM pools cheap.
 */
final class Predictor {
    /** Level rows (node · neighbourhood size) per embedding chunk: about 64 MiB of features at F = 64. */
    private static final int ROW_BUDGET = 262_144;
    private static final int DECODE_CHUNK = 65_536;

    private final SameDiff sd;
    private final GraphInputs inputs;
    private final GnnConfig config;

    Predictor(SameDiff sd, GraphInputs inputs, GnnConfig config) {
        this.sd = sd;
        this.inputs = inputs;
        this.config = config;
    }

    float[] scores(GraphBatch batch, FeatureScaling scaling) {
        int pairs = batch.pairCount();
        if (pairs == 0) {
            return new float[0];
        }
        int[] rowOf = new int[batch.nodeCount()];
        Arrays.fill(rowOf, -1);
        int[] roots = new int[batch.nodeCount()];
        int count = 0;
        for (int q = 0; q < pairs; q++) {
            for (int node : new int[] {batch.pairA()[q], batch.pairB()[q]}) {
                if (rowOf[node] < 0) {
                    rowOf[node] = count;
                    roots[count++] = node;
                }
            }
        }
        float[] embeddings = embed(batch, scaling.nodes(batch), Arrays.copyOf(roots, count));
        return decode(batch, scaling, embeddings, rowOf);
    }

    private float[] embed(GraphBatch batch, float[] scaledNodes, int[] roots) {
        int h = config.hidden();
        long treeRows = 0;
        for (int d = 0, width = 1; d <= config.layers(); d++, width *= config.neighbourSample()) {
            treeRows += width;
        }
        int chunk = (int) Math.max(1, ROW_BUDGET / treeRows);
        float[] out = new float[roots.length * h];
        for (int from = 0; from < roots.length; from += chunk) {
            int[] part = Arrays.copyOfRange(roots, from, Math.min(roots.length, from + chunk));
            // The configured seed, not a running one: a node's sample, and so its score, is fixed.
            Map<String, INDArray> in = inputs.levels(part, scaledNodes, batch.neighbours(), config.seed());
            copyOut(run(in, SageGraph.EMBEDDING), out, from * h);
        }
        return out;
    }

    private float[] decode(GraphBatch batch, FeatureScaling scaling, float[] embeddings, int[] rowOf) {
        int h = config.hidden();
        int pairs = batch.pairCount();
        float[] scores = new float[pairs];
        for (int from = 0; from < pairs; from += DECODE_CHUNK) {
            int n = Math.min(pairs, from + DECODE_CHUNK) - from;
            float[] a = new float[n * h];
            float[] b = new float[n * h];
            int[] picked = new int[n];
            for (int i = 0; i < n; i++) {
                picked[i] = from + i;
                System.arraycopy(embeddings, rowOf[batch.pairA()[from + i]] * h, a, i * h, h);
                System.arraycopy(embeddings, rowOf[batch.pairB()[from + i]] * h, b, i * h, h);
            }
            Map<String, INDArray> in = inputs.decoding(inputs.array(a, n, h), inputs.array(b, n, h),
                    scaling.pairs(batch, picked), n);
            copyOut(run(in, SageGraph.DECODED), scores, from);
        }
        for (int q = 0; q < pairs; q++) {
            if (!Float.isFinite(scores[q])) {
                throw new IllegalStateException("the model produced a non-finite score for pair " + q
                        + "; its weights are damaged, retrain it");
            }
        }
        return scores;
    }

    private INDArray run(Map<String, INDArray> in, String output) {
        try {
            return sd.output(in, output).get(output);
        } finally {
            in.values().forEach(INDArray::close);
        }
    }

    private static void copyOut(INDArray result, float[] out, int offset) {
        float[] values = result.castTo(DataType.FLOAT).dup('c').data().asFloat();
        System.arraycopy(values, 0, out, offset, values.length);
        result.close();
    }
}
