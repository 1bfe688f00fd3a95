package dev.harmony.engine.affinity.gnn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The training loop: each epoch shuffles every graph's pairs into minibatches, resamples the
 * neighbourhoods, and takes one Adam step per minibatch. Everything random flows from one seed, so
 * two runs with the same seed and data take the same steps.
 */
final class Trainer {
    private final SameDiff sd;
    private final GraphInputs inputs;
    private final Map<String, INDArray> weights;
    private final AdamOptimizer optimizer;
    private final int batchPairs;

    Trainer(SameDiff sd, GraphInputs inputs, Map<String, INDArray> weights, AdamOptimizer optimizer, int batchPairs) {
        this.sd = sd;
        this.inputs = inputs;
        this.weights = weights;
        this.optimizer = optimizer;
        this.batchPairs = batchPairs;
    }

    List<EpochProgress> run(List<GraphBatch> batches, FeatureScaling scaling, int epochs, long seed,
            Consumer<EpochProgress> progress) {
        List<float[]> scaled = new ArrayList<>();
        for (GraphBatch b : batches) {
            scaled.add(scaling.nodes(b));
        }
        List<EpochProgress> done = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime();
            SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
            double lossSum = 0;
            long pairs = 0;
            for (int[] chunk : minibatches(batches, rng)) {
                int b = chunk[0];
                int[] picked = java.util.Arrays.copyOfRange(chunk, 1, chunk.length);
                double loss = step(inputs.training(batches.get(b), scaled.get(b), scaling, picked, rng.nextLong()));
                if (!Double.isFinite(loss)) {
                    throw new IllegalStateException("training diverged: loss " + loss + " in epoch " + epoch);
                }
                lossSum += loss * picked.length;
                pairs += picked.length;
            }
            EpochProgress p = new EpochProgress(epoch, epochs, lossSum / pairs, (System.nanoTime() - start) / 1e9);
            done.add(p);
            progress.accept(p);
        }
        return done;
    }

    /** Loss and gradients of one minibatch from one forward pass; the inputs are freed afterwards. */
    OutAndGrad lossAndGradients(Map<String, INDArray> in) {
        try {
            return sd.calculateGradientsAndOutputs(in, List.of(SageGraph.LOSS), weights.keySet());
        } finally {
            in.values().forEach(INDArray::close);
        }
    }

    private double step(Map<String, INDArray> in) {
        OutAndGrad result = lossAndGradients(in);
        double loss = result.getOutputs().get(SageGraph.LOSS).getDouble(0);
        optimizer.step(weights, result.getGradients());
        return loss;
    }

    /** Each element is {batch index, pair indices…}: pairs shuffled within a graph, minibatches shuffled across graphs. */
    private List<int[]> minibatches(List<GraphBatch> batches, SplittableRandom rng) {
        List<int[]> out = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            int[] order = permutation(batches.get(b).pairCount(), rng);
            for (int from = 0; from < order.length; from += batchPairs) {
                int to = Math.min(order.length, from + batchPairs);
                int[] chunk = new int[to - from + 1];
                chunk[0] = b;
                System.arraycopy(order, from, chunk, 1, to - from);
                out.add(chunk);
            }
        }
        for (int i = out.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int[] t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
