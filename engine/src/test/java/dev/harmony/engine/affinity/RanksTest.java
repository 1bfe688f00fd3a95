package dev.harmony.engine.affinity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RanksTest {
    @Test
    void selectionAgreesWithSortingForSmallLargeTiedAndSkewedInputs() {
        Random rnd = new Random(9);
        Ranks ranks = new Ranks();
        for (int round = 0; round < 300; round++) {
            int n = 1 + rnd.nextInt(round % 3 == 0 ? 100 : 3000);
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (round % 4) {
                    case 0 -> rnd.nextFloat();
                    case 1 -> rnd.nextInt(5);
                    case 2 -> (float) Math.exp(10 * rnd.nextDouble());
                    default -> i % 50 == 0 ? 1e6f : 0f;
                };
            }
            float[] sorted = v.clone();
            Arrays.sort(sorted);
            int k = Ranks.rank(rnd.nextDouble(), n);

            assertThat(ranks.select(v.clone(), n, k)).as("n=%d k=%d round=%d", n, k, round).isEqualTo(sorted[k]);
        }
    }

    @Test
    void nearestRankOfTheNinetyFifthPercentileOfTwentyValuesIsTheNineteenth() {
        assertThat(Ranks.rank(0.95, 20)).isEqualTo(18);
        assertThat(Ranks.rank(0.5, 1)).isZero();
    }
}
