package dev.harmony.engine.affinity.gnn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The SameDiff gradients of the loss agree with central finite differences, in double precision. */
class AffinityGnnGradientTest {
    private static final double EPSILON = 1e-6;
    private static final double MAX_RELATIVE_ERROR = 1e-5;

    @Test
    void lossGradientMatchesFiniteDifferencesForEveryWeightArray() {
        // Neighbour lists no longer than the sample size, so the loss is a fixed function of the weights.
        GnnConfig config = new GnnConfig(4, 2, 3, 0.01, 1, 64, 0, 11L);
        GraphBatch graph = SyntheticGraphs.graph(5L, 7, 3, 2, 3, 2, true);
        try (AffinityGnn model = AffinityGnn.create(config, 3, 2, DataType.DOUBLE)) {
            OutAndGrad analytic = model.lossAndGradients(graph);
            Random pick = new Random(3);
            int checked = 0;
            for (Map.Entry<String, INDArray> e : model.weights().entrySet()) {
                INDArray w = e.getValue();
                INDArray gradient = analytic.getGradients().get(e.getKey());
                assertThat(gradient).as("gradient of %s", e.getKey()).isNotNull();
                for (int probe = 0; probe < Math.min(3, w.length()); probe++) {
                    long i = probe == 0 ? 0 : pick.nextInt((int) w.length());
                    double numeric = numericGradient(model, graph, w, i);
                    double exact = gradient.reshape(-1).getDouble(i);
                    double scale = Math.max(Math.abs(numeric) + Math.abs(exact), 1e-7);
                    assertThat(Math.abs(numeric - exact) / scale)
                            .as("%s[%d]: analytic %s, numeric %s", e.getKey(), i, exact, numeric)
                            .isLessThan(MAX_RELATIVE_ERROR);
                    checked++;
                }
            }
            assertThat(checked).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void everyWeightReceivesANonZeroGradient() {
        GnnConfig config = new GnnConfig(4, 2, 3, 0.01, 1, 64, 0, 11L);
        GraphBatch graph = SyntheticGraphs.graph(8L, 9, 3, 1, 3, 3, true);
        try (AffinityGnn model = AffinityGnn.create(config, 3, 1, DataType.DOUBLE)) {
            Map<String, INDArray> gradients = model.lossAndGradients(graph).getGradients();
            for (String name : model.weights().keySet()) {
                assertThat(gradients.get(name).norm2Number().doubleValue()).as("|gradient of %s|", name).isGreaterThan(0);
            }
        }
    }

    private static double numericGradient(AffinityGnn model, GraphBatch graph, INDArray w, long i) {
        INDArray flat = w.reshape(-1);
        double original = flat.getDouble(i);
        flat.putScalar(i, original + EPSILON);
        double up = loss(model, graph);
        flat.putScalar(i, original - EPSILON);
        double down = loss(model, graph);
        flat.putScalar(i, original);
        return (up - down) / (2 * EPSILON);
    }

    private static double loss(AffinityGnn model, GraphBatch graph) {
        return model.lossAndGradients(graph).getOutputs().get(SageGraph.LOSS).getDouble(0);
    }
}
