package dev.harmony.engine.affinity.predict;

import static dev.harmony.engine.affinity.SyntheticDemand.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.affinity.SyntheticDemand;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.model.TrafficEstimate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleBuilderTest {
    private static final int DAYS = 7;
    private static final int TARGET = 4;

    @Test
    void featuresStayTheSameWhenTheTargetWindowAndLaterChange() {
        List<float[]> cpu = SyntheticPool.cpu(DAYS);
        ExampleBuilder plain = new ExampleBuilder(SyntheticPool.history(cpu, SyntheticPool.steadyTraffic(5)), SyntheticPool.options());
        Window target = plain.grid().window(TARGET);

        List<float[]> changed = new ArrayList<>();
        for (float[] series : cpu) {
            float[] c = series.clone();
            // From the target window on, every VM bursts at once and traffic jumps: the future is different.
            for (int t = TARGET * DAY; t < c.length; t++) {
                c[t] = (t % DAY) < DAY / 3 ? 5000 : Float.NaN;
            }
            changed.add(c);
        }
        TrafficHistory futureTraffic = (from, to) -> List.of(new TrafficEstimate("a", "c",
                to.isAfter(target.start()) ? 900 : 5, true, "test"));
        ExampleBuilder perturbed = new ExampleBuilder(SyntheticPool.history(changed, futureTraffic), SyntheticPool.options());

        WindowExample before = plain.build(target);
        WindowExample after = perturbed.build(target);

        assertThat(after.nodeFeatures()).isEqualTo(before.nodeFeatures());
        assertThat(after.pairs()).isEqualTo(before.pairs());
        assertThat(after.pairFeatures()).isEqualTo(before.pairFeatures());
        assertThat(after.coldStart()).isEqualTo(before.coldStart());
        assertThat(after.targets()).isNotEqualTo(before.targets());
    }

    @Test
    void candidatePairsJoinCoLocatedCommunicatingAndSimilarVms() {
        TrafficHistory crossHost = (from, to) -> List.of(new TrafficEstimate("a", "d", 20, true, "test"));
        WindowingOptions oneSimilar = new WindowingOptions(Duration.ofDays(1), 3, 14, 1, 0, 500 * 1024, 1,
                SyntheticPool.options().affinity(), SyntheticPool.options().features());
        ExampleBuilder builder = new ExampleBuilder(SyntheticPool.history(SyntheticPool.cpu(DAYS), crossHost), oneSimilar);

        WindowExample e = builder.build(builder.grid().window(TARGET));

        assertThat(e.pairFeatures().rowIds()).contains("a|b", "a|c", "b|c", "d|e", "d|f", "e|f", "a|d");
        assertThat(e.size()).isLessThanOrEqualTo(6 + 1 + 6);
        int coLocated = e.pairFeatures().column("co_located");
        assertThat(e.pairFeatures().get(e.pairFeatures().rowIds().indexOf("a|d"), coLocated)).isZero();
        assertThat(e.pairFeatures().get(e.pairFeatures().rowIds().indexOf("a|b"), coLocated)).isEqualTo(1f);
    }

    @Test
    void lastWindowsScoreIsWhatThatWindowWasMeasuredAsTarget() {
        ExampleBuilder builder = new ExampleBuilder(SyntheticPool.history(SyntheticPool.cpu(DAYS), SyntheticPool.steadyTraffic(5)),
                SyntheticPool.options());
        WindowExample yesterday = builder.build(builder.grid().window(TARGET - 1));
        WindowExample today = builder.build(builder.grid().window(TARGET));
        int lag1 = today.pairFeatures().column("w-1.score");

        int ab = yesterday.pairFeatures().rowIds().indexOf("a|b");
        assertThat(yesterday.target(ab)).isNegative();
        assertThat(today.pairFeatures().get(today.pairFeatures().rowIds().indexOf("a|b"), lag1)).isEqualTo(yesterday.target(ab));
    }

    @Test
    void firstWindowHasNoHistorySoEveryPairIsColdAndGetsThePrior() {
        ExampleBuilder builder = new ExampleBuilder(SyntheticPool.history(SyntheticPool.cpu(DAYS), TrafficHistory.none()),
                SyntheticPool.options());

        WindowExample first = builder.build(builder.grid().window(0));

        assertThat(first.coldCount()).isEqualTo(first.size()).isPositive();
        assertThat(first.scoredCount()).isPositive();
        assertThat(new PersistencePredictor().predict(first)).containsOnly(ColdStart.PRIOR);
        assertThat(new HistoryMeanPredictor().predict(first)).containsOnly(ColdStart.PRIOR);
    }

    @Test
    void infiniteAndMissingSamplesLeaveEveryFeatureAndTargetFinite() {
        List<float[]> cpu = SyntheticPool.cpu(DAYS);
        Arrays.fill(cpu.get(0), (TARGET - 1) * DAY, (TARGET - 1) * DAY + DAY / 2, Float.POSITIVE_INFINITY);
        Arrays.fill(cpu.get(1), (TARGET - 1) * DAY, TARGET * DAY + 2 * DAY / 3, Float.NaN);
        ExampleBuilder builder = new ExampleBuilder(SyntheticPool.history(cpu, TrafficHistory.none()), SyntheticPool.options());

        WindowExample e = builder.build(builder.grid().window(TARGET));

        for (float v : e.pairFeatures().values()) {
            assertThat(v).isFinite();
        }
        for (float v : e.targets()) {
            assertThat(v).isFinite();
        }
        // CPU is missing for most of the target, but memory, disk and network were measured throughout.
        assertThat(e.hasTarget(e.pairFeatures().rowIds().indexOf("a|b"))).isTrue();
    }

    @Test
    void windowShorterThanTheOverlapAffinityNeedsIsRejected() {
        PoolHistory history = SyntheticPool.history(SyntheticPool.cpu(DAYS), TrafficHistory.none());

        assertThatThrownBy(() -> new ExampleBuilder(history, SyntheticPool.options().withWindow(Duration.ofMinutes(30))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds 6 intervals").hasMessageContaining("needs at least 12");
    }

    @Test
    void poolOfOneVmIsRejectedWithTheReason() {
        List<VmDemand> one = List.of(SyntheticDemand.cpu(SyntheticDemand.vm("a"), SyntheticDemand.constant(DAY, 100)));

        assertThatThrownBy(() -> new PoolHistory(SyntheticPool.inventory(), one, TrafficHistory.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two VMs");
    }
}
