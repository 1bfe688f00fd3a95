package dev.harmony.engine.affinity.features;

import static dev.harmony.engine.affinity.SyntheticDemand.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.PairHosts;
import dev.harmony.engine.affinity.PairTraffic;
import dev.harmony.engine.affinity.SyntheticDemand;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairHistoryTest {
    private static final Window DAY_FOUR = Window.of(SyntheticDemand.START.plus(Duration.ofDays(3)), Duration.ofDays(1));

    /** Three days of data: on day 1 the VMs take turns, on days 2 and 3 they burst together. */
    private static List<VmDemand> turnsThenTogether() {
        float[] a = SyntheticDemand.daily(3, DAY / 2, 0, 400, 4000);
        float[] b = SyntheticDemand.daily(3, DAY / 2, DAY / 2, 400, 4000);
        System.arraycopy(a, DAY, b, DAY, 2 * DAY);
        return List.of(SyntheticDemand.cpu(SyntheticDemand.vm("a"), a), SyntheticDemand.cpu(SyntheticDemand.vm("b"), b),
                SyntheticDemand.cpu(SyntheticDemand.vm("c"), SyntheticDemand.constant(3 * DAY, 100)));
    }

    @Test
    void eachLagHoldsTheRealizedTermsOfItsOwnWindow() {
        PairHistory history = new PairHistory(AffinityOptions.defaults(), 3, 1);
        PairFeatures f = history.of(turnsThenTogether(), DAY_FOUR, new CandidatePairs(new int[] {0}, new int[] {1}),
                PairHosts.same(SyntheticDemand.HOST), PairTraffic.none());
        FeatureMatrix m = f.matrix();

        assertThat(m.rowIds()).containsExactly("a|b");
        assertThat(m.get(0, m.column("w-1.contention"))).isPositive();
        assertThat(m.get(0, m.column("w-1.score"))).isNegative();
        assertThat(m.get(0, m.column("w-3.contention"))).isZero();
        // CPU's gain of 0.9 at its default weight of 0.4; the other resources are flat and gain nothing.
        assertThat(m.get(0, m.column("w-3.complementarity"))).isCloseTo(0.36f, within(1e-4f));
        assertThat(m.get(0, m.column("w-3.score"))).isPositive();
        assertThat(m.get(0, m.column("w-3.scored"))).isEqualTo(1f);
    }

    @Test
    void windowsBeforeTheDataAreMarkedUnscoredWithZeros() {
        PairHistory history = new PairHistory(AffinityOptions.defaults(), 4, 1);
        FeatureMatrix m = history.of(turnsThenTogether(), DAY_FOUR, new CandidatePairs(new int[] {0, 1}, new int[] {2, 2}),
                PairHosts.same(SyntheticDemand.HOST), PairTraffic.none()).matrix();

        assertThat(m.cols()).isEqualTo(4 * 7).isEqualTo(history.columns().size());
        for (int row = 0; row < 2; row++) {
            assertThat(m.get(row, m.column("w-3.scored"))).isEqualTo(1f);
            assertThat(m.get(row, m.column("w-4.scored"))).isZero();
            assertThat(m.get(row, m.column("w-4.score"))).isZero();
        }
    }
}
