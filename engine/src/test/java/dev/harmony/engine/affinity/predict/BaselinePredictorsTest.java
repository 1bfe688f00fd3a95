package dev.harmony.engine.affinity.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselinePredictorsTest {
    @Test
    void persistenceRepeatsTheLastScoredWindow() {
        WindowExample e = HandMade.example(5, Map.of(
                "w-1.score", new float[] {-0.3f, 0f, 0f},
                "w-1.scored", new float[] {1, 0, 0},
                "w-2.score", new float[] {0.9f, 0.2f, 0f},
                "w-2.scored", new float[] {1, 1, 0}), new float[3]);

        float[] scores = new PersistencePredictor().predict(e);

        assertThat(scores).containsExactly(-0.3f, 0.2f, ColdStart.PRIOR);
    }

    @Test
    void historyMeanReadsTheLongRunMeanAndFallsBackToThePrior() {
        WindowExample e = HandMade.example(5, Map.of(
                "w-1.scored", new float[] {1, 1, 0},
                "mean.score", new float[] {0.15f, -0.05f, 0f},
                "mean.windows", new float[] {0.5f, 0.1f, 0f}), new float[3]);

        assertThat(new HistoryMeanPredictor().predict(e)).containsExactly(0.15f, -0.05f, ColdStart.PRIOR);
    }

    @Test
    void correlationHeuristicScoresCorrelatedBusyPairsNegativeAndFitsOneScale() {
        Map<String, float[]> columns = Map.of(
                "w-1.scored", new float[] {1, 1, 1, 1},
                "w-1.activity", new float[] {0.8f, 0.8f, 0.1f, 0.5f},
                "cpu.pearson", new float[] {0.9f, -0.5f, 0.9f, 0f},
                "cpu.pearson.known", new float[] {1, 1, 1, 0});
        WindowExample e = HandMade.example(5, columns, new float[4]);
        CorrelationPredictor correlation = new CorrelationPredictor();

        float[] unfitted = correlation.predict(e);
        assertThat(unfitted[0]).isCloseTo(-0.72f, within(1e-6f));
        assertThat(unfitted[1]).isCloseTo(0.4f, within(1e-6f));
        assertThat(unfitted[2]).isCloseTo(-0.09f, within(1e-6f));
        assertThat(unfitted[3]).isEqualTo(ColdStart.PRIOR);

        // Realized scores are half the heuristic's: least squares finds c = 0.5.
        WindowExample training = HandMade.example(4, columns, new float[] {-0.36f, 0.2f, -0.045f, 0.3f});
        correlation.fit(List.of(training), p -> { });
        assertThat(correlation.scale()).isCloseTo(0.5, within(1e-6));
        assertThat(correlation.predict(e)[0]).isCloseTo(-0.36f, within(1e-6f));
    }

    @Test
    void modelScoreCountsOnlyPairsWithARealizedScore() {
        WindowExample e = HandMade.example(5, Map.of("w-1.scored", HandMade.ones(3)),
                new float[] {-0.5f, 0.1f, 0f}, new boolean[] {true, true, false});

        ModelScore score = ModelScore.of(List.of(e), List.of(new float[] {-0.4f, 0.1f, 0.9f}), 1);

        assertThat(score.pairs()).isEqualTo(2);
        assertThat(score.mae()).isCloseTo(0.05, within(1e-6));
        assertThat(score.precisionAtK()).isEqualTo(1.0);
        assertThat(score.spearman()).isCloseTo(1.0, within(1e-9));
    }
}
