package dev.harmony.engine.affinity.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.affinity.SyntheticDemand;
import dev.harmony.engine.affinity.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SparseAffinityMatrixTest {
    private static final Window DAY = Window.of(SyntheticDemand.START, Duration.ofDays(1));

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "vm-" + i).toList();
    }

    private static MatrixUpdate update(int[] a, int[] b, float[] s, boolean coLocated) {
        boolean[] co = new boolean[a.length];
        java.util.Arrays.fill(co, coLocated);
        return new MatrixUpdate(DAY, a, b, s, co, new boolean[a.length]);
    }

    @Test
    void tenThousandVmsStayWithinVmsTimesKPlusHostPartners() {
        int n = 10_000;
        int perHost = 40;
        int k = 8;
        SparseAffinityMatrix matrix = new SparseAffinityMatrix(ids(n), k);
        SplittableRandom random = new SplittableRandom(7);
        List<int[]> coLocated = new ArrayList<>();
        for (int h = 0; h < n / perHost; h++) {
            for (int i = 0; i < perHost; i++) {
                for (int j = i + 1; j < perHost; j++) {
                    coLocated.add(new int[] {h * perHost + i, h * perHost + j});
                }
            }
        }
        // Two windows, each with every co-located pair and 20 random candidates per VM: the second replaces the first.
        for (int window = 0; window < 2; window++) {
            matrix.update(pairs(coLocated, random, true));
            List<int[]> candidates = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                for (int c = 0; c < 20; c++) {
                    int other = random.nextInt(n);
                    if (other / perHost != v / perHost) {
                        candidates.add(new int[] {v, other});
                    }
                }
            }
            matrix.update(pairs(candidates, random, false));
        }

        long bound = (long) n * k + 2L * coLocated.size();
        assertThat(matrix.entries()).isLessThanOrEqualTo(bound);
        assertThat(matrix.entries()).isGreaterThan((long) n * k);
        // About 9 bytes per entry plus growth slack and row headers; a dense float matrix would take 400 MB.
        assertThat(matrix.estimatedBytes()).isLessThan(16 * bound + 120L * n);
        assertThat(matrix.mostNegative(5)).hasSize(5).isSortedAccordingTo((x, y) -> Float.compare(x.score(), y.score()));
    }

    private static MatrixUpdate pairs(List<int[]> pairs, SplittableRandom random, boolean coLocated) {
        int[] a = new int[pairs.size()];
        int[] b = new int[pairs.size()];
        float[] s = new float[pairs.size()];
        for (int p = 0; p < a.length; p++) {
            a[p] = pairs.get(p)[0];
            b[p] = pairs.get(p)[1];
            s[p] = (float) (random.nextDouble() * 2 - 1);
        }
        return update(a, b, s, coLocated);
    }

    @Test
    void fullRowKeepsItsStrongestOthersAndEveryCoLocatedPartner() {
        SparseAffinityMatrix matrix = new SparseAffinityMatrix(ids(6), 2);
        matrix.update(update(new int[] {0, 0, 0}, new int[] {1, 2, 3}, new float[] {0.1f, -0.6f, 0.3f}, false));
        matrix.update(update(new int[] {0}, new int[] {4}, new float[] {0.01f}, true));

        assertThat(matrix.row("vm-0")).extracting(AffinityEntry::vmB).containsExactly("vm-2", "vm-4", "vm-3");
        // vm-1 lost its place in vm-0's row but keeps the pair in its own.
        assertThat(matrix.get("vm-0", "vm-1")).get().extracting(AffinityEntry::score).isEqualTo(0.1f);
        assertThat(matrix.get("vm-4", "vm-0")).get().extracting(AffinityEntry::coLocated).isEqualTo(true);
        assertThat(matrix.get("vm-4", "vm-5")).isEmpty();
    }

    @Test
    void laterWindowReplacesAPairsScoreAndListenersHearOfIt() {
        SparseAffinityMatrix matrix = new SparseAffinityMatrix(ids(3), 4);
        List<MatrixChange> changes = new ArrayList<>();
        matrix.addListener(changes::add);

        matrix.update(update(new int[] {0, 1}, new int[] {1, 2}, new float[] {-0.2f, 0.4f}, false));
        matrix.update(update(new int[] {1}, new int[] {0}, new float[] {0.5f}, true));

        assertThat(matrix.get("vm-0", "vm-1").orElseThrow()).isEqualTo(new AffinityEntry("vm-0", "vm-1", 0.5f, true, false));
        assertThat(matrix.get("vm-1", "vm-2").orElseThrow().score()).isEqualTo(0.4f);
        assertThat(changes).extracting(MatrixChange::written).containsExactly(2, 1);
        assertThat(changes.get(1).entries()).isEqualTo(4);
        assertThat(matrix.toDense()[1][0]).isEqualTo(0.5f);
    }

    @Test
    void nanScoresAndUnknownVmsAreRejected() {
        SparseAffinityMatrix matrix = new SparseAffinityMatrix(ids(3), 4);

        assertThatThrownBy(() -> update(new int[] {0}, new int[] {1}, new float[] {Float.NaN}, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> matrix.update(update(new int[] {0}, new int[] {7}, new float[] {0f}, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the matrix");
        assertThatThrownBy(() -> matrix.get("vm-0", "nope")).hasMessageContaining("not in the matrix");
    }

    @Test
    void largePoolRefusesADenseCopy() {
        assertThatThrownBy(() -> new SparseAffinityMatrix(ids(SparseAffinityMatrix.DENSE_LIMIT + 1), 4).toDense())
                .isInstanceOf(IllegalStateException.class);
    }
}
