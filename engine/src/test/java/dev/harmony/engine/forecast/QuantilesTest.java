package dev.harmony.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Selection gives what sorting gives. */
class QuantilesTest {
    @Test
    void selectionEqualsSortingOnRandomTiedAndSmallInputs() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n : new int[] {1, 2, 3, 15, 16, 17, 100, 1001}) {
            for (int round = 0; round < 20; round++) {
                float[] v = new float[n];
                for (int i = 0; i < n; i++) {
                    v[i] = round % 2 == 0 ? random.nextInt(5) : (float) random.nextDouble();
                }
                float[] sorted = v.clone();
                Arrays.sort(sorted);
                int k = random.nextInt(n);
                assertThat(Quantiles.select(v.clone(), n, k)).isEqualTo(sorted[k]);
                float median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
                assertThat(Quantiles.median(v.clone(), n)).isEqualTo(median);
                assertThat(Quantiles.of(v.clone(), n, 0.95)).isEqualTo(sorted[Quantiles.rank(0.95, n)]);
            }
        }
    }

    @Test
    void emptyInputHasNoQuantile() {
        assertThat(Quantiles.median(new float[0], 0)).isNaN();
        assertThat(Quantiles.of(new float[4], 0, 0.5)).isNaN();
    }
}
