package dev.harmony.engine.affinity.gnn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Neighbourhood trees: the right sizes, distinct sampled neighbours, weights that average, fixed per salt. */
class NeighbourSamplerTest {
    private final NeighbourSampler sampler = new NeighbourSampler(3, 2);

    @Test
    void levelsGrowByTheSampleSizePerHop() {
        int[][] neighbours = {{1, 2}, {0}, {0, 1}};
        NeighbourSampler.Tree tree = sampler.expand(new int[] {0, 2}, neighbours, 1L);
        assertThat(tree.nodes()[0]).containsExactly(0, 2);
        assertThat(tree.nodes()[1]).hasSize(6);
        assertThat(tree.nodes()[2]).hasSize(18);
    }

    @Test
    void weightsAverageTheRealNeighboursAndZeroThePadding() {
        int[][] neighbours = {{1, 2, -1, 1}, {}, {0}};
        NeighbourSampler.Tree tree = sampler.expand(new int[] {0, 1}, neighbours, 1L);
        // Node 0 has two distinct neighbours (the repeated 1 and the -1 do not count), node 1 none.
        assertThat(tree.nodes()[1]).containsExactly(1, 2, 0, 1, 1, 1);
        assertThat(tree.weights()[1]).containsExactly(0.5f, 0.5f, 0f, 0f, 0f, 0f);
    }

    @Test
    void moreNeighboursThanTheSampleAreSampledDistinctAndTheSameForTheSameSalt() {
        int[] row = {1, 2, 3, 4, 5, 6, 7, 8};
        int[] first = sampler.pick(row, 0, 99L);
        assertThat(first).hasSize(3).doesNotHaveDuplicates();
        assertThat(row).contains(first);
        assertThat(sampler.pick(row, 0, 99L)).containsExactly(first);
        boolean changes = false;
        for (long salt = 0; salt < 20 && !changes; salt++) {
            changes = !java.util.Arrays.equals(sampler.pick(row, 0, salt), first);
        }
        assertThat(changes).as("another salt draws another sample").isTrue();
    }

    @Test
    void aNodeIsNeverItsOwnNeighbour() {
        assertThat(sampler.pick(new int[] {0, 0, 1}, 0, 1L)).containsExactly(1);
    }
}
