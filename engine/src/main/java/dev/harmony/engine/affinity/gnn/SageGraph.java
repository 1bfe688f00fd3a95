package dev.harmony.engine.affinity.gnn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The SameDiff graph of the model. Only dense ops appear in it: reshape, broadcast multiply, sum
 * over an axis, mmul, bias add, relu, abs, concat and tanh. Sampled neighbourhoods arrive as
 * placeholder tensors built by {@link NeighbourSampler}; pair endpoints are picked from the node
 * embeddings by one-hot selection matrices (an mmul) rather than by gather.
 *
 * <p>Three outputs share the weights: {@link #EMBEDDING} (node embeddings from the level
 * placeholders), {@link #LOSS} (mean squared error of the scores of selected pairs) and
 * {@link #DECODED} (scores of pairs whose embeddings are fed directly, for inference).
 */
final class SageGraph {
    static final String EMBEDDING = "embedding";
    static final String SCORE = "score";
    static final String LOSS = "loss";
    static final String DECODED = "decoded";
    static final String SELECT_A = "selectA";
    static final String SELECT_B = "selectB";
    static final String PAIR_FEATURES = "pairFeatures";
    static final String TARGET = "target";
    static final String EMBEDDING_A = "embeddingA";
    static final String EMBEDDING_B = "embeddingB";

    /** A trained weight: its name in the graph and its shape (biases are vectors: rows = 1). */
    record Param(String name, int rows, int cols) {
        long size() {
            return (long) rows * cols;
        }

        long[] shape() {
            return rows == 1 ? new long[] {cols} : new long[] {rows, cols};
        }

        boolean isBias() {
            return rows == 1;
        }
    }

    private SageGraph() {
    }

    /** Placeholder of the level-d node features, {@code [rows, F]}. */
    static String levelFeatures(int d) {
        return "level" + d;
    }

    /** Placeholder of the level-d averaging weights, {@code [parentRows, k, 1]}, for d ≥ 1. */
    static String levelWeights(int d) {
        return "levelWeights" + d;
    }

    /** The weights of a model, in a fixed order (saved files depend on it). */
    static List<Param> params(GnnConfig config, int nodeFeatures, int pairFeatures) {
        List<Param> out = new ArrayList<>();
        int in = nodeFeatures;
        for (int l = 1; l <= config.layers(); l++) {
            out.add(new Param("sage" + l + "_self", in, config.hidden()));
            out.add(new Param("sage" + l + "_neighbours", in, config.hidden()));
            out.add(new Param("sage" + l + "_bias", 1, config.hidden()));
            in = config.hidden();
        }
        out.add(new Param("decoder_hidden", 2 * config.hidden() + pairFeatures, config.hidden()));
        out.add(new Param("decoder_hiddenBias", 1, config.hidden()));
        out.add(new Param("decoder_out", config.hidden(), 1));
        out.add(new Param("decoder_outBias", 1, 1));
        return out;
    }

    /** Builds the graph with the given weight values (which the graph then owns and updates in place). */
    static SameDiff build(GnnConfig config, int nodeFeatures, int pairFeatures, DataType type, Map<String, INDArray> values) {
        SameDiff sd = SameDiff.create();
        int layers = config.layers();
        int k = config.neighbourSample();
        SDVariable[] h = new SDVariable[layers + 1];
        SDVariable[] shares = new SDVariable[layers + 1];
        for (int d = 0; d <= layers; d++) {
            h[d] = sd.placeHolder(levelFeatures(d), type, -1, nodeFeatures);
            if (d > 0) {
                shares[d] = sd.placeHolder(levelWeights(d), type, -1, k, 1);
            }
        }
        long in = nodeFeatures;
        for (int l = 1; l <= layers; l++) {
            SDVariable self = sd.var("sage" + l + "_self", values.get("sage" + l + "_self"));
            SDVariable neigh = sd.var("sage" + l + "_neighbours", values.get("sage" + l + "_neighbours"));
            SDVariable bias = sd.var("sage" + l + "_bias", values.get("sage" + l + "_bias"));
            SDVariable[] next = new SDVariable[layers - l + 1];
            for (int d = 0; d <= layers - l; d++) {
                // Weighted mean of the k child rows: padding slots carry weight 0.
                SDVariable mean = sd.reshape(h[d + 1], -1, k, in).mul(shares[d + 1]).sum(1);
                SDVariable z = sd.nn.biasAdd(h[d].mmul(self).add(mean.mmul(neigh)), bias, true);
                next[d] = l < layers ? sd.nn.relu(z, 0) : z;
            }
            h = next;
            in = config.hidden();
        }
        SDVariable embedding = sd.identity(EMBEDDING, h[0]);

        SDVariable pairs = pairFeatures > 0 ? sd.placeHolder(PAIR_FEATURES, type, -1, pairFeatures) : null;
        SDVariable selectA = sd.placeHolder(SELECT_A, type, -1, -1);
        SDVariable selectB = sd.placeHolder(SELECT_B, type, -1, -1);
        Decoder decoder = new Decoder(sd, values);
        SDVariable score = sd.identity(SCORE, decoder.apply(selectA.mmul(embedding), selectB.mmul(embedding), pairs));
        SDVariable target = sd.placeHolder(TARGET, type, -1, 1);
        SDVariable error = score.sub(target);
        sd.mean(LOSS, error.mul(error));
        sd.setLossVariables(LOSS);

        SDVariable embA = sd.placeHolder(EMBEDDING_A, type, -1, config.hidden());
        SDVariable embB = sd.placeHolder(EMBEDDING_B, type, -1, config.hidden());
        sd.identity(DECODED, decoder.apply(embA, embB, pairs));
        return sd;
    }

    /** The edge decoder: a symmetric pair code, one hidden relu layer, tanh to [-1, 1]. */
    private static final class Decoder {
        private final SameDiff sd;
        private final SDVariable hidden;
        private final SDVariable hiddenBias;
        private final SDVariable out;
        private final SDVariable outBias;

        Decoder(SameDiff sd, Map<String, INDArray> values) {
            this.sd = sd;
            hidden = sd.var("decoder_hidden", values.get("decoder_hidden"));
            hiddenBias = sd.var("decoder_hiddenBias", values.get("decoder_hiddenBias"));
            out = sd.var("decoder_out", values.get("decoder_out"));
            outBias = sd.var("decoder_outBias", values.get("decoder_outBias"));
        }

        SDVariable apply(SDVariable a, SDVariable b, SDVariable pairs) {
            // Product and absolute difference make the code symmetric in (a, b).
            SDVariable product = a.mul(b);
            SDVariable distance = sd.math.abs(a.sub(b));
            SDVariable code = pairs == null ? sd.concat(1, product, distance) : sd.concat(1, product, distance, pairs);
            SDVariable z = sd.nn.relu(sd.nn.biasAdd(code.mmul(hidden), hiddenBias, true), 0);
            return sd.math.tanh(sd.nn.biasAdd(z.mmul(out), outBias, true));
        }
    }
}
