package dev.harmony.engine.affinity.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.harmony.engine.affinity.gnn.GnnConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GNN adapter on the six-VM synthetic pool: a few epochs only, this tests the plumbing, not accuracy. */
class GnnPredictorTest {
    @Test
    void fitsOnCandidateGraphsPredictsFiniteScoresAndRoundTripsThroughBytes() {
        ExampleBuilder builder = new ExampleBuilder(SyntheticPool.history(SyntheticPool.cpu(7), SyntheticPool.steadyTraffic(5)),
                SyntheticPool.options());
        List<WindowExample> training = builder.build(builder.grid().windows(0, 4));
        WindowExample next = builder.build(builder.grid().window(5));
        List<FitProgress> progress = new ArrayList<>();

        try (GnnPredictor gnn = new GnnPredictor(GnnConfig.defaults().withEpochs(3))) {
            gnn.fit(training, progress::add);
            float[] scores = gnn.predict(next);

            assertThat(progress).extracting(FitProgress::epoch).containsExactly(1, 2, 3);
            assertThat(progress).allSatisfy(p -> assertThat(p.model()).isEqualTo("gnn"));
            assertThat(scores).hasSize(next.size());
            for (float s : scores) {
                assertThat(s).isFinite().isBetween(-1f, 1f);
            }
            // The first window of the training had no history: all cold, learned from nothing, predicted by the prior.
            assertThat(gnn.predict(training.get(0))).containsOnly(ColdStart.PRIOR);
            try (GnnPredictor loaded = GnnPredictor.load(gnn.save())) {
                float[] again = loaded.predict(next);
                for (int p = 0; p < scores.length; p++) {
                    assertThat(again[p]).isCloseTo(scores[p], within(1e-6f));
                }
            }
        }
    }

    @Test
    void bytesThatAreNotASavedModelAreRefusedWithTheReason() {
        assertThatThrownBy(() -> GnnPredictor.load(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a saved affinity GNN");
    }
}
