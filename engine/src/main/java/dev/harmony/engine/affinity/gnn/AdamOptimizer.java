package dev.harmony.engine.affinity.gnn;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam with decoupled weight decay (AdamW) over the graph's weight arrays, updated in place. Written
 * out rather than taken from SameDiff's {@code fit}, because the loss of each step has to be read
 * from the same forward pass (the note on 1.0.0-M2.1 found {@code fit}'s reported losses empty).
 */
final class AdamOptimizer {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double learningRate;
    private final double weightDecay;
    private final Set<String> decayed;
    private final Map<String, INDArray> first = new HashMap<>();
    private final Map<String, INDArray> second = new HashMap<>();
    private long steps;

    /** @param decayed names of the weights that decay (matrices; biases do not) */
    AdamOptimizer(double learningRate, double weightDecay, Set<String> decayed) {
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
        this.decayed = Set.copyOf(decayed);
    }

    /** One step: each weight moves against its gradient. */
    void step(Map<String, INDArray> weights, Map<String, INDArray> gradients) {
        steps++;
        double correction = Math.sqrt(1 - Math.pow(BETA2, steps)) / (1 - Math.pow(BETA1, steps));
        for (Map.Entry<String, INDArray> e : weights.entrySet()) {
            INDArray w = e.getValue();
            INDArray g = gradients.get(e.getKey());
            if (g == null) {
                throw new IllegalStateException("no gradient for weight " + e.getKey());
            }
            INDArray m = first.computeIfAbsent(e.getKey(), key -> w.ulike());
            INDArray v = second.computeIfAbsent(e.getKey(), key -> w.ulike());
            m.muli(BETA1).addi(g.mul(1 - BETA1));
            v.muli(BETA2).addi(g.mul(g).muli(1 - BETA2));
            INDArray update = m.div(Transforms.sqrt(v, true).addi(EPSILON)).muli(learningRate * correction);
            if (weightDecay > 0 && decayed.contains(e.getKey())) {
                w.muli(1 - learningRate * weightDecay);
            }
            w.subi(update);
        }
    }
}
