package dev.harmony.engine.affinity;

import static dev.harmony.engine.affinity.SyntheticDemand.DAY;
import static dev.harmony.engine.affinity.SyntheticDemand.HOST;
import static dev.harmony.engine.affinity.SyntheticDemand.days;
import static dev.harmony.engine.affinity.SyntheticDemand.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.model.TrafficEstimate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties every score must have, whatever the series: symmetry, bounds, gaps, traffic flags. */
class AffinityPropertiesTest {
    private final RealizedAffinity measure = new RealizedAffinity(AffinityOptions.defaults());

    /** Bursty random demand with about 3 % of intervals missing. */
    static VmDemand random(String id, Random rnd, int n) {
        float[][] d = new float[4][n];
        float[] scale = {4000, 8_000_000, 20_000, 5_000};
        for (int r = 0; r < 4; r++) {
            float level = rnd.nextFloat();
            for (int t = 0; t < n; t++) {
                boolean burst = rnd.nextDouble() < 0.1;
                d[r][t] = rnd.nextDouble() < 0.03 ? Float.NaN : scale[r] * (burst ? rnd.nextFloat() : level * rnd.nextFloat() * 0.3f);
            }
        }
        return new VmDemand(vm(id, rnd.nextBoolean() ? "linux" : "windows", rnd.nextBoolean() ? "t1" : ""),
                SyntheticDemand.START, SyntheticDemand.STEP, d);
    }

    @Test
    void swappingThePairGivesTheSameResult() {
        Random rnd = new Random(7);
        for (int k = 0; k < 20; k++) {
            VmDemand a = random("a" + k, rnd, 2 * DAY);
            VmDemand b = random("b" + k, rnd, 2 * DAY);
            Optional<TrafficEstimate> traffic = Optional.of(new TrafficEstimate("a" + k, "b" + k, 30, k % 2 == 0, "test"));

            assertThat(measure.measure(a, b, HOST, days(2), traffic)).isEqualTo(measure.measure(b, a, HOST, days(2), traffic));
        }
    }

    @Test
    void scoresAndTermsStayWithinTheirBoundsUnderExtremeWeights() {
        Random rnd = new Random(11);
        AffinityWeights harsh = new AffinityWeights(1, 0, 0, 0, Map.of(Resource.CPU, 1.0));
        AffinityWeights kind = new AffinityWeights(0, 0.5, 0.4, 0.1, Map.of(Resource.DISK, 1.0, Resource.NETWORK, 1.0));
        for (AffinityWeights w : new AffinityWeights[] {AffinityWeights.defaults(), harsh, kind}) {
            RealizedAffinity m = new RealizedAffinity(AffinityOptions.defaults().withWeights(w));
            for (int k = 0; k < 30; k++) {
                VmDemand a = random("a", rnd, DAY);
                VmDemand b = random("b", rnd, DAY);
                PairAffinity result = m.measure(a, b, HOST.scaled(0.05 + rnd.nextDouble()), days(1),
                        Optional.of(new TrafficEstimate("a", "b", rnd.nextDouble() * 10_000, true, "test")));

                AffinityBreakdown bd = ((PairAffinity.Scored) result).breakdown();
                assertThat(bd.score()).isBetween(-1.0, 1.0);
                assertThat(bd.activity()).isBetween(0.0, 1.0);
                bd.terms().forEach(t -> assertThat(t.value()).isBetween(0.0, 1.0));
            }
        }
    }

    @Test
    void tooLittleOverlapGivesNoScoreAndSaysWhy() {
        VmDemand early = withGap(random("b", new Random(5), 2 * DAY), DAY / 2, 2 * DAY);
        VmDemand late = withGap(random("a", new Random(6), 2 * DAY), 0, DAY + DAY / 4);
        PairAffinity result = measure.measure(early, late, HOST, days(2), Optional.empty());

        assertThat(result).isInstanceOf(PairAffinity.Insufficient.class);
        assertThat(result.score()).isEmpty();
        PairAffinity.Insufficient none = (PairAffinity.Insufficient) result;
        assertThat(none.vmA()).isEqualTo("a");
        assertThat(none.requiredSamples()).isEqualTo(DAY);
        assertThat(none.reason()).contains("insufficient data").contains(DAY + " needed");
    }

    /** The same demand with every resource missing over {@code [from, to)}. */
    private static VmDemand withGap(VmDemand d, int from, int to) {
        float[][] values = d.demand();
        for (float[] series : values) {
            Arrays.fill(series, from, to, Float.NaN);
        }
        return new VmDemand(d.vm(), d.start(), d.step(), values);
    }

    @Test
    void windowOutsideTheDataGivesNoScore() {
        VmDemand a = random("a", new Random(1), DAY);
        VmDemand b = random("b", new Random(2), DAY);

        assertThat(measure.measure(a, b, HOST, days(1).previous(), Optional.empty()).score()).isEmpty();
    }

    @Test
    void estimatedTrafficIsFlaggedAndMeasuredTrafficIsNot() {
        Random rnd = new Random(3);
        VmDemand a = random("a", rnd, DAY);
        VmDemand b = random("b", rnd, DAY);
        AffinityBreakdown estimated = breakdown(a, b, new TrafficEstimate("a", "b", 200, true, "gravity-model"));
        AffinityBreakdown measured = breakdown(a, b, new TrafficEstimate("a", "b", 200, false, "netflow"));
        AffinityBreakdown unknown = breakdown(a, b, null);

        assertThat(estimated.trafficEstimated()).isTrue();
        assertThat(estimated.traffic()).isEqualTo(TrafficSource.ESTIMATED);
        assertThat(measured.trafficEstimated()).isFalse();
        assertThat(measured.traffic()).isEqualTo(TrafficSource.MEASURED);
        assertThat(unknown.traffic()).isEqualTo(TrafficSource.UNKNOWN);
        assertThat(estimated.term(AffinityTerm.COMMUNICATION).value())
                .isEqualTo(measured.term(AffinityTerm.COMMUNICATION).value()).isPositive();
        assertThat(unknown.term(AffinityTerm.COMMUNICATION).value()).isZero();
    }

    @Test
    void trafficAboutAnotherPairIsRejected() {
        Random rnd = new Random(4);
        assertThatThrownBy(() -> measure.measure(random("a", rnd, DAY), random("b", rnd, DAY), HOST, days(1),
                Optional.of(new TrafficEstimate("a", "c", 1, true, "x")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightsWhosePositiveSideExceedsOneAreRejected() {
        assertThatThrownBy(() -> new AffinityWeights(1, 0.7, 0.3, 0.1, Map.of(Resource.CPU, 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1");
    }

    @Test
    void infiniteSamplesCountAsMissingAndNegativeOnesAreRejected() {
        float[] cpu = SyntheticDemand.constant(DAY, 100);
        cpu[3] = Float.POSITIVE_INFINITY;
        assertThat(SyntheticDemand.cpu(vm("a"), cpu).values(Resource.CPU)[3]).isNaN();
        cpu[3] = -1;
        assertThatThrownBy(() -> SyntheticDemand.cpu(vm("a"), cpu)).hasMessageContaining("negative");
    }

    private AffinityBreakdown breakdown(VmDemand a, VmDemand b, TrafficEstimate traffic) {
        return ((PairAffinity.Scored) measure.measure(a, b, HOST, days(1), Optional.ofNullable(traffic))).breakdown();
    }
}
