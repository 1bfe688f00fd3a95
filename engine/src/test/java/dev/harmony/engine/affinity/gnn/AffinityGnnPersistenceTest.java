package dev.harmony.engine.affinity.gnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A saved model loads back into one that predicts bit for bit the same and can be fine-tuned. */
class AffinityGnnPersistenceTest {
    private static final GnnConfig CONFIG = new GnnConfig(8, 2, 4, 0.01, 2, 32, 1e-4, 5L);

    @Test
    void savedAndLoadedModelPredictsIdentically() {
        GraphBatch graph = SyntheticGraphs.graph(4L, 40, 3, 2, 6, 4, true);
        try (AffinityGnn model = AffinityGnn.create(CONFIG, 3, 2)) {
            model.train(List.of(graph), p -> { });
            byte[] bytes = model.save();
            try (AffinityGnn loaded = AffinityGnn.load(bytes)) {
                assertThat(loaded.config()).isEqualTo(CONFIG);
                assertThat(loaded.nodeFeatureCount()).isEqualTo(3);
                assertThat(loaded.pairFeatureCount()).isEqualTo(2);
                assertThat(loaded.predict(graph)).containsExactly(model.predict(graph));
                assertThat(loaded.save()).isEqualTo(bytes);
            }
        }
    }

    @Test
    void loadedModelCanBeFineTuned() {
        GraphBatch graph = SyntheticGraphs.graph(6L, 30, 3, 0, 4, 4, true);
        try (AffinityGnn model = AffinityGnn.create(CONFIG, 3, 0)) {
            model.train(List.of(graph), p -> { });
            try (AffinityGnn loaded = AffinityGnn.load(model.save())) {
                float[] before = loaded.predict(graph);
                assertThat(loaded.fineTune(List.of(graph), 1, p -> { }).epochs()).hasSize(1);
                assertThat(loaded.predict(graph)).isNotEqualTo(before);
            }
        }
    }

    @Test
    void bytesThatAreNotAModelAreRefusedWithAReason() {
        assertThatThrownBy(() -> AffinityGnn.load(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a saved affinity GNN");
        try (AffinityGnn model = AffinityGnn.create(CONFIG, 3, 2)) {
            byte[] bytes = model.save();
            assertThatThrownBy(() -> AffinityGnn.load(Arrays.copyOf(bytes, bytes.length / 2)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        }
    }
}
