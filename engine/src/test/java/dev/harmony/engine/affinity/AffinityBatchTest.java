package dev.harmony.engine.affinity;

import static dev.harmony.engine.affinity.SyntheticDemand.DAY;
import static dev.harmony.engine.affinity.SyntheticDemand.HOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.engine.model.TrafficEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Many pairs at once agree with one pair at a time, and 500 VMs' all pairs are timed. */
class AffinityBatchTest {
    /** Daily waves with a random phase, level and noise, like a pool of office and batch VMs. */
    static List<VmDemand> pool(int vms, int days, long seed) {
        Random rnd = new Random(seed);
        List<VmDemand> out = new ArrayList<>();
        float[] scale = {2600, 4_000_000, 8_000, 2_000};
        for (int v = 0; v < vms; v++) {
            int n = days * DAY;
            float[][] d = new float[4][n];
            int phase = rnd.nextInt(DAY);
            float level = 0.05f + rnd.nextFloat();
            for (int r = 0; r < 4; r++) {
                for (int t = 0; t < n; t++) {
                    double wave = 0.5 + 0.5 * Math.sin(2 * Math.PI * (t + phase) / DAY);
                    d[r][t] = (float) (scale[r] * level * (0.2 + 0.8 * wave * wave) * (0.8 + 0.4 * rnd.nextDouble()));
                }
            }
            out.add(new VmDemand(SyntheticDemand.vm(String.format("vm-%04d", v)), SyntheticDemand.START, SyntheticDemand.STEP, d));
        }
        return out;
    }

    @Test
    void batchScoresMatchOnePairAtATimeIncludingTraffic() {
        List<VmDemand> vms = pool(12, 2, 1);
        DemandPanel panel = DemandPanel.of(vms, SyntheticDemand.days(2));
        TrafficEstimate traffic = new TrafficEstimate("vm-0002", "vm-0005", 400, true, "test");
        PairScores all = new AffinityBatch(panel, AffinityOptions.defaults(), 1)
                .all(PairHosts.same(HOST), PairTraffic.of(panel, List.of(traffic)));
        RealizedAffinity one = new RealizedAffinity(AffinityOptions.defaults());

        assertThat(all.size()).isEqualTo(12 * 11 / 2);
        for (int k = 0; k < all.size(); k++) {
            int i = all.first(k);
            int j = all.second(k);
            Optional<TrafficEstimate> t = i == 2 && j == 5 ? Optional.of(traffic) : Optional.empty();
            AffinityBreakdown b = ((PairAffinity.Scored) one.measure(vms.get(i), vms.get(j), HOST, panel.window(), t)).breakdown();
            assertThat(all.score(k)).isEqualTo((float) b.score());
            assertThat(all.term(k, AffinityTerm.COMMUNICATION)).isEqualTo((float) b.term(AffinityTerm.COMMUNICATION).value());
            assertThat(all.traffic(k)).isEqualTo(b.traffic());
        }
    }

    @Test
    void parallelBatchEqualsSequentialBatch() {
        DemandPanel panel = DemandPanel.of(pool(60, 1, 2), SyntheticDemand.days(1));
        PairScores one = new AffinityBatch(panel, AffinityOptions.defaults(), 1).all(PairHosts.same(HOST), PairTraffic.none());
        PairScores two = new AffinityBatch(panel, AffinityOptions.defaults(), 2).all(PairHosts.same(HOST), PairTraffic.none());

        assertThat(two.size()).isEqualTo(one.size());
        for (int k = 0; k < one.size(); k++) {
            assertThat(two.score(k)).isEqualTo(one.score(k));
        }
    }

    @Test
    void candidatePairsAreScoredInTheGivenOrder() {
        DemandPanel panel = DemandPanel.of(pool(10, 1, 3), SyntheticDemand.days(1));
        PairScores some = new AffinityBatch(panel, AffinityOptions.defaults(), 1)
                .pairs(new int[] {7, 0}, new int[] {3, 9}, PairHosts.same(HOST), PairTraffic.none());

        assertThat(some.size()).isEqualTo(2);
        assertThat(some.first(0)).isEqualTo(7);
        assertThat(some.second(1)).isEqualTo(9);
        assertThat(some.scoredCount()).isEqualTo(2);
        assertThatThrownBy(() -> new AffinityBatch(panel, AffinityOptions.defaults(), 1)
                .pairs(new int[] {0}, new int[] {10}, PairHosts.same(HOST), PairTraffic.none()))
                .hasMessageContaining("outside the panel");
    }

    @Test
    void allPairsOf500VmsOverAWeekFinishAndAreLogged() {
        long t0 = System.nanoTime();
        List<VmDemand> vms = pool(500, 7, 4);
        long t1 = System.nanoTime();
        DemandPanel panel = DemandPanel.of(vms, SyntheticDemand.days(7));
        long t2 = System.nanoTime();
        int threads = Runtime.getRuntime().availableProcessors();
        PairScores all = new AffinityBatch(panel, AffinityOptions.defaults(), threads).all(PairHosts.same(HOST), PairTraffic.none());
        long t3 = System.nanoTime();

        MeasuredFigures.log().info("all pairs: {} VMs x {} intervals, {} pairs; generate {} ms, panel (per-VM stats) {} ms, "
                        + "score {} ms on {} threads ({} us/pair/thread), {} cores",
                vms.size(), panel.intervals(), all.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, threads, String.format("%.1f", (t3 - t2) / 1e3 * threads / all.size()),
                Runtime.getRuntime().availableProcessors());
        assertThat(all.size()).isEqualTo(124_750);
        assertThat(all.scoredCount()).isEqualTo(all.size());
    }

    @Test
    void candidatePairsOf10000VmsOverADayFinishAndAreLogged() {
        long t0 = System.nanoTime();
        DemandPanel panel = DemandPanel.of(pool(10_000, 1, 5), SyntheticDemand.days(1));
        long t1 = System.nanoTime();
        Random rnd = new Random(6);
        int perVm = 10;
        int[] first = new int[panel.size() * perVm];
        int[] second = new int[first.length];
        for (int k = 0; k < first.length; k++) {
            first[k] = k / perVm;
            second[k] = (first[k] + 1 + rnd.nextInt(panel.size() - 1)) % panel.size();
        }
        int threads = Runtime.getRuntime().availableProcessors();
        PairScores some = new AffinityBatch(panel, AffinityOptions.defaults(), threads)
                .pairs(first, second, PairHosts.same(HOST), PairTraffic.none());
        long t2 = System.nanoTime();

        MeasuredFigures.log().info("candidate pairs: {} VMs x {} intervals, {} pairs; panel {} ms, score {} ms on {} threads",
                panel.size(), panel.intervals(), some.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, threads);
        assertThat(some.scoredCount()).isEqualTo(some.size());
    }
}
