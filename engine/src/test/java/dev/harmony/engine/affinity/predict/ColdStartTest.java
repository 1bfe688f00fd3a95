package dev.harmony.engine.affinity.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColdStartTest {
    private static final WindowExample ONE_COLD = HandMade.example(3,
            Map.of("w-1.scored", new float[] {1, 1, 0}), new float[3]);

    @Test
    void coldPairsGetThePriorAndOthersAreClampedToTheScoreRange() {
        float[] out = ColdStart.apply("m", ONE_COLD, new float[] {1.7f, -0.2f, 0.9f});

        assertThat(out).containsExactly(1f, -0.2f, ColdStart.PRIOR);
    }

    @Test
    void nanFromAModelIsReportedNotPassedOn() {
        assertThatThrownBy(() -> ColdStart.apply("broken", ONE_COLD, new float[] {Float.NaN, 0f, 0f}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken produced NaN for pair v0|v1");
    }

    @Test
    void nanForAColdPairIsReplacedByThePrior() {
        assertThat(ColdStart.apply("m", ONE_COLD, new float[] {0f, 0f, Float.NaN})[2]).isEqualTo(ColdStart.PRIOR);
    }
}
