package dev.harmony.engine.affinity.gnn;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Turns a {@link GraphBatch} into the placeholder tensors of {@link SageGraph}. */
final class GraphInputs {
    private final NeighbourSampler sampler;
    private final int layers;
    private final int k;
    private final int nodeFeatures;
    private final int pairFeatures;
    private final DataType type;

    GraphInputs(GnnConfig config, int nodeFeatures, int pairFeatures, DataType type) {
        this.sampler = new NeighbourSampler(config.neighbourSample(), config.layers());
        this.layers = config.layers();
        this.k = config.neighbourSample();
        this.nodeFeatures = nodeFeatures;
        this.pairFeatures = pairFeatures;
        this.type = type;
    }

    /** Level tensors of the sampled neighbourhood trees under {@code roots}, from standardised node rows. */
    Map<String, INDArray> levels(int[] roots, float[] scaledNodes, int[][] neighbours, long salt) {
        NeighbourSampler.Tree tree = sampler.expand(roots, neighbours, salt);
        Map<String, INDArray> in = new HashMap<>();
        for (int d = 0; d <= layers; d++) {
            int[] nodes = tree.nodes()[d];
            float[] rows = new float[nodes.length * nodeFeatures];
            for (int i = 0; i < nodes.length; i++) {
                System.arraycopy(scaledNodes, nodes[i] * nodeFeatures, rows, i * nodeFeatures, nodeFeatures);
            }
            in.put(SageGraph.levelFeatures(d), array(rows, nodes.length, nodeFeatures));
            if (d > 0) {
                in.put(SageGraph.levelWeights(d), array(tree.weights()[d], nodes.length / k, k, 1));
            }
        }
        return in;
    }

    /**
     * Inputs for the loss of the pairs {@code picked} of the batch: the trees of their distinct
     * endpoints, one-hot rows selecting each pair's two endpoints, pair features and targets.
     */
    Map<String, INDArray> training(GraphBatch batch, float[] scaledNodes, FeatureScaling scaling, int[] picked, long salt) {
        int[] rowOf = new int[batch.nodeCount()];
        Arrays.fill(rowOf, -1);
        int[] roots = new int[2 * picked.length];
        int count = 0;
        for (int q : picked) {
            for (int node : new int[] {batch.pairA()[q], batch.pairB()[q]}) {
                if (rowOf[node] < 0) {
                    rowOf[node] = count;
                    roots[count++] = node;
                }
            }
        }
        Map<String, INDArray> in = levels(Arrays.copyOf(roots, count), scaledNodes, batch.neighbours(), salt);
        float[] selectA = new float[picked.length * count];
        float[] selectB = new float[picked.length * count];
        float[] target = new float[picked.length];
        for (int i = 0; i < picked.length; i++) {
            selectA[i * count + rowOf[batch.pairA()[picked[i]]]] = 1f;
            selectB[i * count + rowOf[batch.pairB()[picked[i]]]] = 1f;
            target[i] = batch.targets() == null ? 0f : batch.targets()[picked[i]];
        }
        in.put(SageGraph.SELECT_A, array(selectA, picked.length, count));
        in.put(SageGraph.SELECT_B, array(selectB, picked.length, count));
        in.put(SageGraph.TARGET, array(target, picked.length, 1));
        putPairFeatures(in, scaling.pairs(batch, picked), picked.length);
        return in;
    }

    /** Inputs for decoding pairs whose endpoint embeddings are already known. */
    Map<String, INDArray> decoding(INDArray embeddingsA, INDArray embeddingsB, float[] scaledPairs, int count) {
        Map<String, INDArray> in = new HashMap<>();
        in.put(SageGraph.EMBEDDING_A, embeddingsA);
        in.put(SageGraph.EMBEDDING_B, embeddingsB);
        putPairFeatures(in, scaledPairs, count);
        return in;
    }

    private void putPairFeatures(Map<String, INDArray> in, float[] scaledPairs, int count) {
        if (pairFeatures > 0) {
            in.put(SageGraph.PAIR_FEATURES, array(scaledPairs, count, pairFeatures));
        }
    }

    INDArray array(float[] data, long... shape) {
        INDArray a = Nd4j.create(data, shape, DataType.FLOAT);
        return type == DataType.FLOAT ? a : a.castTo(type);
    }
}
