package dev.harmony.engine.affinity.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PredictionMetricsTest {
    @Test
    void maeAveragesAbsoluteErrors() {
        double mae = PredictionMetrics.mae(new float[] {0f, 0.5f, -0.5f}, new float[] {0.1f, 0.3f, -0.1f});

        assertThat(mae).isCloseTo(0.7 / 3, within(1e-6));
    }

    @Test
    void spearmanGivesTiedValuesTheMeanOfTheirRanks() {
        // Ranks 1, 2.5, 2.5, 4 against 1, 3, 2, 4: covariance 4.5, variances 4.5 and 5, so r = √0.9.
        double r = PredictionMetrics.spearman(new float[] {1, 2, 2, 3}, new float[] {1, 3, 2, 4});

        assertThat(r).isCloseTo(Math.sqrt(0.9), within(1e-9));
        assertThat(PredictionMetrics.ranks(new float[] {5, 1, 5, 5})).containsExactly(3, 1, 3, 3);
    }

    @Test
    void spearmanIsUndefinedForConstantPredictions() {
        assertThat(PredictionMetrics.spearman(new float[] {0, 0, 0}, new float[] {1, 2, 3})).isNaN();
        assertThat(PredictionMetrics.spearman(new float[] {1}, new float[] {1})).isNaN();
    }

    @Test
    void precisionAtKCountsPredictedLowestAmongRealizedLowest() {
        float[] actual = {-0.5f, -0.4f, 0.1f, 0.2f, -0.3f};
        float[] predicted = {-0.1f, -0.6f, -0.5f, 0.0f, 0.3f};

        assertThat(PredictionMetrics.precisionAtK(predicted, actual, 2)).isEqualTo(0.5);
        assertThat(PredictionMetrics.precisionAtK(predicted, actual, 3)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(PredictionMetrics.precisionAtK(predicted, actual, 50)).isEqualTo(1.0);
    }

    @Test
    void precisionAtKCountsEveryPairTiedWithTheKthRealizedValue() {
        float[] actual = {-0.5f, -0.5f, -0.5f, 0f};
        float[] predicted = {0f, -1f, -2f, -3f};

        assertThat(PredictionMetrics.precisionAtK(predicted, actual, 2)).isEqualTo(0.5);
    }

    @Test
    void mismatchedLengthsAndNonPositiveKAreRejected() {
        assertThatThrownBy(() -> PredictionMetrics.mae(new float[2], new float[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PredictionMetrics.precisionAtK(new float[2], new float[2], 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
