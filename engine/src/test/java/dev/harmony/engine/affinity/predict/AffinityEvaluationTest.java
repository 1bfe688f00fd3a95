package dev.harmony.engine.affinity.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AffinityEvaluationTest {
    private static WindowExample day(int day) {
        return HandMade.example(day, Map.of(
                "w-1.score", new float[] {-0.2f, 0.1f, 0f},
                "w-1.scored", new float[] {1, 1, 0},
                "mean.score", new float[] {-0.1f, 0.05f, 0f},
                "mean.windows", new float[] {1, 1, 0}), new float[] {-0.25f, 0.1f, 0.02f});
    }

    @Test
    void everyModelIsScoredOnTheSamePairsOfTheTestWindows() {
        EvaluationReport report = new AffinityEvaluation(1).run(List.of(day(1), day(2)), List.of(day(3), day(4)),
                List.of(new PersistencePredictor(), new HistoryMeanPredictor()), p -> { });

        assertThat(report.models()).extracting(ModelResult::name).containsExactly("persistence", "history_mean");
        assertThat(report.models()).allSatisfy(m -> assertThat(m.score().pairs()).isEqualTo(6));
        assertThat(report.testPairs()).isEqualTo(6);
        assertThat(report.testColdPairs()).isEqualTo(2);
        assertThat(report.trainPairs()).isEqualTo(4);
        assertThat(report.model("persistence").orElseThrow().score().mae())
                .isLessThan(report.model("history_mean").orElseThrow().score().mae());
    }

    @Test
    void trainingWindowAfterTheFirstTestWindowIsRejected() {
        assertThatThrownBy(() -> new AffinityEvaluation(5).run(List.of(day(1), day(5)), List.of(day(4)),
                List.of(new PersistencePredictor()), p -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not end before the first test window");
    }
}
