package dev.harmony.engine.bench;

import dev.harmony.engine.affinity.AffinityBatch;
import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.PairHosts;
import dev.harmony.engine.affinity.PairTraffic;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Realized affinity of 20 random partner pairs per VM for 10,000 resampled VMs over one day ({@link AffinityBatch#pairs}). */
public final class AffinitySparseSuite implements BenchSuite {
    static final int PARTNERS = 20;
    private final TraceResampler trace;

    public AffinitySparseSuite(TraceResampler trace) {
        this.trace = trace;
    }

    @Override
    public String name() {
        return "affinity-sparse";
    }

    @Override
    public String description() {
        return "realized affinity of ~20 pairs per VM for 10,000 VMs over a 1-day window";
    }

    @Override
    public BenchTrial prepare(BenchSize size) {
        int vms = size.pick(200, 10_000);
        List<VmDemand> demands = trace.sample(vms, 1, 12);
        DemandPanel panel = DemandPanel.of(demands, Window.of(demands.get(0).start(), Duration.ofDays(1)));
        AffinityBatch batch = new AffinityBatch(panel, AffinityOptions.defaults(), BenchPool.threads());
        PairHosts hosts = PairHosts.same(BenchPool.typicalHost());
        int[][] pairs = BenchPool.sparsePairs(vms, PARTNERS, 13);
        return new BenchTrial() {
            @Override
            public String workload() {
                return String.format(Locale.ROOT, "%,d VMs, %,d pairs, 1-day window, %d threads", vms, pairs[0].length,
                        BenchPool.threads());
            }

            @Override
            public long run() {
                return batch.pairs(pairs[0], pairs[1], hosts, PairTraffic.none()).size();
            }

            @Override
            public String unit() {
                return "pairs";
            }
        };
    }
}
