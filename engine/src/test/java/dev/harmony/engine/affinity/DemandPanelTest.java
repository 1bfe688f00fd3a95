package dev.harmony.engine.affinity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.model.Vm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A panel reads a window of each VM's recorded month in place when the window lies within it, and from a NaN-padded
 * copy when it does not; either way the scores and figures are those of the window's demand alone.
 */
class DemandPanelTest {
    private static final int DAYS = 3;

    /** Four VMs with different daily shapes over three days, each day a little busier than the one before. */
    private static List<VmDemand> month() {
        List<VmDemand> out = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            float[] cpu = SyntheticDemand.daily(DAYS, 60 + 20 * v, 37 * v, 200, 2_000 + 300 * v);
            for (int t = 0; t < cpu.length; t++) {
                cpu[t] += t / 10f + (t * 7919 % 13) * v;
            }
            float[] memory = SyntheticDemand.constant(DAYS * SyntheticDemand.DAY, 4_000_000 + 100_000 * v);
            out.add(SyntheticDemand.of(SyntheticDemand.vm("vm-" + v), cpu, memory, SyntheticDemand.daily(DAYS, 30, 11 * v, 5, 90),
                    SyntheticDemand.daily(DAYS, 40, 13 * v, 10, 300)));
        }
        return out;
    }

    /** The same VMs' demand cut to the window, starting at its start: a panel of these must copy nothing. */
    private static List<VmDemand> cut(List<VmDemand> month, Window window) {
        int from = (int) (Duration.between(SyntheticDemand.START, window.start()).toMinutes() / 5);
        int to = from + (int) (window.length().toMinutes() / 5);
        List<VmDemand> out = new ArrayList<>();
        for (VmDemand d : month) {
            float[][] values = new float[Resource.values().length][];
            for (Resource r : Resource.values()) {
                values[r.ordinal()] = Arrays.copyOfRange(d.raw(r), from, to);
            }
            Vm vm = d.vm();
            out.add(new VmDemand(vm, window.start(), d.step(), values));
        }
        return out;
    }

    @Test
    void aWindowInsideTheMonthScoresAsItsOwnDemandAlone() {
        List<VmDemand> month = month();
        Window second = Window.of(SyntheticDemand.START.plus(Duration.ofHours(30)), Duration.ofDays(1));
        DemandPanel inPlace = DemandPanel.of(month, second);
        DemandPanel copied = DemandPanel.of(cut(month, second), second);

        PairScores a = new AffinityBatch(inPlace, AffinityOptions.defaults(), 1).all(PairHosts.same(SyntheticDemand.HOST), PairTraffic.none());
        PairScores b = new AffinityBatch(copied, AffinityOptions.defaults(), 1).all(PairHosts.same(SyntheticDemand.HOST), PairTraffic.none());
        assertThat(a.size()).isEqualTo(6);
        for (int k = 0; k < a.size(); k++) {
            assertThat(a.score(k)).isEqualTo(b.score(k));
        }
        for (int v = 0; v < 4; v++) {
            for (Resource r : Resource.values()) {
                assertThat(inPlace.values(v, r)).containsExactly(copied.values(v, r));
                assertThat(inPlace.stats(v, r)).isEqualTo(copied.stats(v, r));
            }
        }
        // Different windows of the month do score differently: the test would notice a panel reading the wrong days.
        DemandPanel first = DemandPanel.of(month, SyntheticDemand.days(1));
        PairScores c = new AffinityBatch(first, AffinityOptions.defaults(), 1).all(PairHosts.same(SyntheticDemand.HOST), PairTraffic.none());
        assertThat(inPlace.stats(0, Resource.CPU)).isNotEqualTo(first.stats(0, Resource.CPU));
        assertThat(c.score(0)).isNotEqualTo(a.score(0));
    }

    @Test
    void aWindowReachingPastTheMonthIsPaddedWithMissingIntervals() {
        List<VmDemand> month = month();
        Window late = Window.of(SyntheticDemand.START.plus(Duration.ofHours(60)), Duration.ofDays(1));
        DemandPanel panel = DemandPanel.of(month, late);

        float[] cpu = panel.values(1, Resource.CPU);
        assertThat(cpu).hasSize(SyntheticDemand.DAY);
        int known = DAYS * SyntheticDemand.DAY - 60 * 12;
        assertThat(cpu[known - 1]).isEqualTo(month.get(1).raw(Resource.CPU)[DAYS * SyntheticDemand.DAY - 1]);
        assertThat(cpu[known]).isNaN();
        assertThat(panel.stats(1, Resource.CPU).count()).isEqualTo(known);
    }

    @Test
    void valuesAreACopyThatCannotChangeTheRecordedDemand() {
        List<VmDemand> month = month();
        DemandPanel panel = DemandPanel.of(month, SyntheticDemand.days(1));
        float before = month.get(0).raw(Resource.CPU)[5];

        panel.values(0, Resource.CPU)[5] = -1;

        assertThat(month.get(0).raw(Resource.CPU)[5]).isEqualTo(before);
        assertThat(panel.values(0, Resource.CPU)[5]).isEqualTo(before);
    }
}
