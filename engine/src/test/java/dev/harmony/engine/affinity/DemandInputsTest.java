package dev.harmony.engine.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How stored series, hosts and windows become the scorer's inputs. */
class DemandInputsTest {
    private static TimeSeries series(Metric metric, float... values) {
        return new TimeSeries("a", metric, SyntheticDemand.START, SyntheticDemand.STEP, values);
    }

    @Test
    void demandFromSeriesSumsDiskAndNetworkDirectionsAndLeavesAbsentResourcesMissing() {
        VmDemand d = VmDemand.from(SyntheticDemand.vm("a"), List.of(
                series(Metric.CPU_USAGE_MHZ, 100, 200, 300),
                series(Metric.DISK_READ_KIBPS, 1, 2, Float.NaN),
                series(Metric.DISK_WRITE_KIBPS, 10, 20, 30),
                series(Metric.NETWORK_TX_KIBPS, 5, 5, 5)));

        assertThat(d.values(Resource.CPU)).containsExactly(100, 200, 300);
        assertThat(d.values(Resource.DISK)[0]).isEqualTo(11);
        assertThat(d.values(Resource.DISK)[2]).isNaN();
        assertThat(d.values(Resource.NETWORK)).containsExactly(5, 5, 5);
        assertThat(d.values(Resource.MEMORY)).containsOnly(Float.NaN);
    }

    @Test
    void demandFromSeriesRejectsAnotherVmsSeriesAndMismatchedGrids() {
        TimeSeries other = new TimeSeries("b", Metric.CPU_USAGE_MHZ, SyntheticDemand.START, SyntheticDemand.STEP, new float[] {1});
        TimeSeries shifted = new TimeSeries("a", Metric.MEMORY_USAGE_KIB, SyntheticDemand.START.plusSeconds(60), SyntheticDemand.STEP, new float[] {1});

        assertThatThrownBy(() -> VmDemand.from(SyntheticDemand.vm("a"), List.of(other))).hasMessageContaining("given for VM a");
        assertThatThrownBy(() -> VmDemand.from(SyntheticDemand.vm("a"), List.of(series(Metric.CPU_USAGE_MHZ, 1), shifted)))
                .hasMessageContaining("share start and step");
    }

    @Test
    void hostCapacityConvertsMemoryToKibAndCountsTheUplinkInBothDirections() {
        HostCapacity c = HostCapacity.of(new Host("h", "h", "p", 16, 41_600, 131_072, 10_000, "z", Set.of(), false), 512_000);

        assertThat(c.memoryKib()).isEqualTo(131_072 * 1024.0);
        assertThat(c.networkKibps()).isCloseTo(2 * 10_000 * 1e6 / 8 / 1024, within(1e-6));
        assertThat(c.scaled(0.5).cpuMhz()).isEqualTo(20_800);
        assertThatThrownBy(() -> new HostCapacity(0, 1, 1, 1)).hasMessageContaining("cpuMhz");
    }

    @Test
    void panelRejectsAWindowOffTheGridAndMixedSteps() {
        VmDemand a = SyntheticDemand.cpu(SyntheticDemand.vm("a"), SyntheticDemand.constant(10, 1));
        VmDemand slow = new VmDemand(SyntheticDemand.vm("b"), SyntheticDemand.START, Duration.ofMinutes(10), a.demand());

        assertThatThrownBy(() -> DemandPanel.of(List.of(a), Window.of(SyntheticDemand.START.plusSeconds(30), Duration.ofHours(1))))
                .hasMessageContaining("not on the grid");
        assertThatThrownBy(() -> DemandPanel.of(List.of(a, slow), SyntheticDemand.days(1))).hasMessageContaining("step");
    }

    @Test
    void panelCutsEachVmToTheWindowAndMarksIntervalsOutsideItsDataMissing() {
        VmDemand a = SyntheticDemand.cpu(SyntheticDemand.vm("a"), new float[] {1, 2, 3, 4});
        DemandPanel panel = DemandPanel.of(List.of(a), Window.of(SyntheticDemand.START.plus(SyntheticDemand.STEP.multipliedBy(2)),
                SyntheticDemand.STEP.multipliedBy(4)));

        assertThat(panel.intervals()).isEqualTo(4);
        assertThat(panel.values(0, Resource.CPU)).containsExactly(3, 4, Float.NaN, Float.NaN);
        assertThat(panel.stats(0, Resource.CPU).count()).isEqualTo(2);
        assertThat(panel.stats(0, Resource.CPU).p95()).isEqualTo(4);
    }
}
