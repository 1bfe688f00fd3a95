package dev.harmony.engine.affinity.gnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input fails with a message that names the culprit; odd but valid input still gets finite scores. */
class AffinityGnnInputTest {
    private static AffinityGnn model;

    @BeforeAll
    static void trainedModel() {
        model = AffinityGnn.create(new GnnConfig(8, 2, 3, 0.01, 2, 32, 0, 9L), 2, 1);
        model.train(List.of(SyntheticGraphs.graph(9L, 20, 2, 1, 3, 4, true)), p -> { });
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void scoresStayWithinMinusOneAndOneAndFiniteEvenForExtremeFeatures() {
        float[][] x = {{1e30f, -1e30f}, {0f, 0f}, {-3f, 7f}, {Float.MAX_VALUE, Float.MAX_VALUE}};
        int[][] neighbours = {{1, 2, 3}, {}, {-1, -1, 0}, {0}};
        GraphBatch graph = new GraphBatch(x, neighbours, new int[] {0, 1, 2, 0}, new int[] {1, 2, 3, 3},
                new float[][] {{1e20f}, {0f}, {-5f}, {1f}}, null);
        float[] scores = model.predict(graph);
        assertThat(scores).hasSize(4);
        for (float s : scores) {
            assertThat(s).isBetween(-1f, 1f).isNotNaN();
        }
    }

    @Test
    void aGraphWithoutPairsGetsNoScores() {
        GraphBatch lone = new GraphBatch(new float[][] {{1f, 2f}}, new int[][] {{}}, new int[0], new int[0],
                new float[0][], null);
        assertThat(model.predict(lone)).isEmpty();
    }

    @Test
    void aNaNFeatureIsNamedByRowAndColumn() {
        assertThatThrownBy(() -> new GraphBatch(new float[][] {{1f, 2f}, {3f, Float.NaN}}, new int[][] {{1}, {0}},
                new int[] {0}, new int[] {1}, new float[][] {{0f}}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nodeFeatures[1][1] is not finite");
    }

    @Test
    void anInfinitePairFeatureIsNamedByRowAndColumn() {
        assertThatThrownBy(() -> new GraphBatch(new float[][] {{1f, 2f}, {3f, 4f}}, new int[][] {{1}, {0}},
                new int[] {0}, new int[] {1}, new float[][] {{Float.POSITIVE_INFINITY}}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairFeatures[0][0] is not finite");
    }

    @Test
    void aNeighbourIndexOutOfRangeIsNamed() {
        assertThatThrownBy(() -> new GraphBatch(new float[][] {{1f, 2f}, {3f, 4f}}, new int[][] {{1}, {2}},
                new int[] {0}, new int[] {1}, new float[][] {{0f}}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neighbours[1][0] = 2 is out of range");
    }

    @Test
    void pairArraysOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> new GraphBatch(new float[][] {{1f, 2f}, {3f, 4f}}, new int[][] {{1}, {0}},
                new int[] {0, 1}, new int[] {1}, new float[][] {{0f}, {0f}}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairA 2, pairB 1");
    }

    @Test
    void aPairOfANodeWithItselfIsRefused() {
        assertThatThrownBy(() -> new GraphBatch(new float[][] {{1f, 2f}, {3f, 4f}}, new int[][] {{1}, {0}},
                new int[] {1}, new int[] {1}, new float[][] {{0f}}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("joins node 1 to itself");
    }

    @Test
    void aTargetOutsideMinusOneToOneIsRefused() {
        assertThatThrownBy(() -> new GraphBatch(new float[][] {{1f, 2f}, {3f, 4f}}, new int[][] {{1}, {0}},
                new int[] {0}, new int[] {1}, new float[][] {{0f}}, new float[] {1.5f}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targets[0] = 1.5");
    }

    @Test
    void aBatchOfTheWrongFeatureWidthIsRefusedByTheModel() {
        GraphBatch wide = new GraphBatch(new float[][] {{1f, 2f, 3f}, {3f, 4f, 5f}}, new int[][] {{1}, {0}},
                new int[] {0}, new int[] {1}, new float[][] {{0f}}, null);
        assertThatThrownBy(() -> model.predict(wide))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 node features, the model 2");
    }

    @Test
    void aClosedModelRefusesToPredict() {
        AffinityGnn closed = AffinityGnn.create(GnnConfig.defaults(), 2, 1);
        closed.close();
        assertThatThrownBy(() -> closed.predict(SyntheticGraphs.graph(1L, 4, 2, 1, 2, 2, false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
