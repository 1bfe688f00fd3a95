package dev.harmony.engine.affinity.gnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Training learns a learnable target, reports its progress and repeats itself exactly under one seed. */
class AffinityGnnTrainingTest {
    private static final GnnConfig CONFIG = new GnnConfig(16, 2, 5, 0.01, 25, 64, 1e-4, 42L);
    private static GraphBatch train;
    private static GraphBatch heldOut;

    @BeforeAll
    static void graphs() {
        train = SyntheticGraphs.graph(1L, 80, 4, 2, 5, 8, true);
        heldOut = SyntheticGraphs.graph(2L, 80, 4, 2, 5, 8, true);
    }

    @Test
    void lossFallsWellBelowItsStartOnALearnableGraph() {
        List<EpochProgress> seen = new ArrayList<>();
        try (AffinityGnn model = AffinityGnn.create(CONFIG, 4, 2)) {
            TrainingReport report = model.train(List.of(train), seen::add);

            assertThat(seen).hasSize(CONFIG.epochs()).isEqualTo(report.epochs());
            assertThat(seen.get(0).epoch()).isEqualTo(1);
            assertThat(seen.get(0).epochs()).isEqualTo(CONFIG.epochs());
            assertThat(report.finalLoss()).isLessThan(0.2 * seen.get(0).loss());
            assertThat(report.parameters()).isEqualTo(model.parameterCount()).isPositive();
            assertThat(report.backend()).isEqualTo(AffinityGnn.backend());
            // The held-out graph's pairs were never seen: the model learned the function, not the pairs.
            assertThat(mse(model.predict(heldOut), heldOut.targets())).isLessThan(0.4 * variance(heldOut.targets()));
        }
    }

    @Test
    void twoTrainingsWithTheSameSeedPredictTheSame() {
        try (AffinityGnn first = AffinityGnn.create(CONFIG.withEpochs(3), 4, 2);
                AffinityGnn second = AffinityGnn.create(CONFIG.withEpochs(3), 4, 2);
                AffinityGnn other = AffinityGnn.create(CONFIG.withEpochs(3).withSeed(7L), 4, 2)) {
            first.train(List.of(train), p -> { });
            second.train(List.of(train), p -> { });
            other.train(List.of(train), p -> { });

            assertThat(second.predict(heldOut)).containsExactly(first.predict(heldOut));
            assertThat(other.predict(heldOut)).isNotEqualTo(first.predict(heldOut));
        }
    }

    @Test
    void predictionIsTheSameOnEveryCall() {
        try (AffinityGnn model = AffinityGnn.create(CONFIG.withEpochs(1), 4, 2)) {
            model.train(List.of(train), p -> { });
            assertThat(model.predict(heldOut)).containsExactly(model.predict(heldOut));
        }
    }

    @Test
    void fineTuningContinuesFromTheTrainedWeightsAndLowersTheLossOnNewData() {
        try (AffinityGnn model = AffinityGnn.create(CONFIG.withEpochs(15), 4, 2)) {
            model.train(List.of(train), p -> { });
            double before = mse(model.predict(heldOut), heldOut.targets());
            TrainingReport tuned = model.fineTune(List.of(heldOut), 5, p -> { });

            assertThat(tuned.epochs()).hasSize(5);
            assertThat(mse(model.predict(heldOut), heldOut.targets())).isLessThan(before);
        }
    }

    @Test
    void fineTuningAnUntrainedModelIsRefused() {
        try (AffinityGnn model = AffinityGnn.create(CONFIG, 4, 2)) {
            assertThatThrownBy(() -> model.fineTune(List.of(train), 1, p -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("train first");
        }
    }

    @Test
    void trainingWithoutTargetsIsRefused() {
        GraphBatch unlabelled = SyntheticGraphs.graph(3L, 10, 4, 2, 3, 2, false);
        try (AffinityGnn model = AffinityGnn.create(CONFIG, 4, 2)) {
            assertThatThrownBy(() -> model.train(List.of(unlabelled), p -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no targets");
        }
    }

    static double mse(float[] predicted, float[] targets) {
        double sum = 0;
        for (int i = 0; i < targets.length; i++) {
            sum += (predicted[i] - targets[i]) * (double) (predicted[i] - targets[i]);
        }
        return sum / targets.length;
    }

    static double variance(float[] values) {
        double mean = 0;
        for (float v : values) {
            mean += v;
        }
        mean /= values.length;
        double sum = 0;
        for (float v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / values.length;
    }
}
