package dev.harmony.engine.affinity.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.TrafficEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GraphEdgesTest {
    private static final List<String> IDS = List.of("a", "b", "c", "d", "e");

    @Test
    void coLocationJoinsEveryTwoVmsOnTheSameHostOnce() {
        Placement placement = new Placement(Map.of("a", "h1", "c", "h1", "e", "h1", "b", "h2", "x", "h2"));
        EdgeList edges = CoLocationEdges.of(IDS, placement);

        assertThat(edges.size()).isEqualTo(3);
        assertThat(edges.directed()).isFalse();
        List<String> pairs = new ArrayList<>();
        for (int e = 0; e < edges.size(); e++) {
            pairs.add(IDS.get(edges.source(e)) + IDS.get(edges.target(e)));
        }
        assertThat(pairs).containsExactlyInAnyOrder("ac", "ae", "ce");
    }

    @Test
    void communicationKeepsTrafficAboveTheThresholdAndMarksEstimates() {
        EdgeList edges = new CommunicationEdges(10).of(IDS, List.of(
                new TrafficEstimate("a", "b", 50, true, "gravity"),
                new TrafficEstimate("c", "d", 5, false, "netflow"),
                new TrafficEstimate("b", "e", 10, false, "netflow"),
                new TrafficEstimate("a", "zz", 99, false, "netflow")));

        assertThat(edges.size()).isEqualTo(2);
        assertThat(edges.weight(0)).isEqualTo(50f);
        assertThat(edges.estimated(0)).isTrue();
        assertThat(edges.estimated(1)).isFalse();
    }

    @Test
    void topKSimilarityReturnsKNeighboursExcludingSelfMostSimilarFirst() {
        FeatureMatrix profiles = new FeatureMatrix(IDS, List.of("x", "y"), new float[] {
            1, 0,
            0.9f, 0.1f,
            0, 1,
            0.1f, 0.9f,
            0.5f, 0.5f});
        EdgeList edges = new ProfileSimilarityEdges(2, 1).of(profiles);

        assertThat(edges.size()).isEqualTo(10);
        assertThat(edges.directed()).isTrue();
        for (int e = 0; e < edges.size(); e++) {
            assertThat(edges.source(e)).isEqualTo(e / 2).isNotEqualTo(edges.target(e));
        }
        assertThat(edges.target(0)).isEqualTo(1);
        assertThat(edges.target(1)).isEqualTo(4);
        assertThat(edges.weight(0)).isGreaterThanOrEqualTo(edges.weight(1));
        assertThat(edges.target(4)).isEqualTo(3);
    }

    @Test
    void topKNeverReturnsMoreThanTheOtherRows() {
        FeatureMatrix three = new FeatureMatrix(List.of("a", "b", "c"), List.of("x"), new float[] {1, 2, 3});

        assertThat(new ProfileSimilarityEdges(10, 1).of(three).size()).isEqualTo(6);
        assertThat(new ProfileSimilarityEdges(10, 1).of(new FeatureMatrix(List.of("a"), List.of("x"), new float[] {1})).size()).isZero();
    }

    @Test
    void parallelSimilaritySearchEqualsSequentialSearch() {
        Random rnd = new Random(5);
        int n = 600;
        float[] v = new float[n * 24];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("vm" + i);
        }
        for (int k = 0; k < v.length; k++) {
            v[k] = rnd.nextFloat();
        }
        FeatureMatrix profiles = new FeatureMatrix(ids, hours(), v);

        assertThat(new ProfileSimilarityEdges(5, 2).of(profiles)).isEqualTo(new ProfileSimilarityEdges(5, 1).of(profiles));
    }

    @Test
    void candidatePairsJoinEdgeListsWithoutDuplicatesInEitherDirection() {
        EdgeList coLocated = new EdgeList(EdgeKind.CO_LOCATION, false, new int[] {0, 1}, new int[] {1, 2}, new float[] {1, 1}, new boolean[2]);
        EdgeList similar = new EdgeList(EdgeKind.PROFILE_SIMILARITY, true, new int[] {1, 2, 3}, new int[] {0, 1, 0},
                new float[] {1, 1, 1}, new boolean[3]);
        CandidatePairs pairs = CandidatePairs.union(coLocated, similar);

        assertThat(pairs.first()).containsExactly(0, 0, 1);
        assertThat(pairs.second()).containsExactly(1, 3, 2);
        assertThatThrownBy(() -> new CandidatePairs(new int[] {2}, new int[] {1})).isInstanceOf(IllegalArgumentException.class);
    }

    static List<String> hours() {
        List<String> names = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            names.add("h" + h);
        }
        return names;
    }
}
