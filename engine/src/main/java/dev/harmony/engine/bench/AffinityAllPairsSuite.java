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

/** Realized affinity of every pair of 500 resampled VMs over one day ({@link AffinityBatch#all}). */
public final class AffinityAllPairsSuite implements BenchSuite {
    private final TraceResampler trace;

    public AffinityAllPairsSuite(TraceResampler trace) {
        this.trace = trace;
    }

    @Override
    public String name() {
        return "affinity-all-pairs";
    }

    @Override
    public String description() {
        return "realized affinity of all pairs of 500 VMs over a 1-day window";
    }

    @Override
    public BenchTrial prepare(BenchSize size) {
        int vms = size.pick(60, 500);
        List<VmDemand> demands = trace.sample(vms, 1, 11);
        DemandPanel panel = DemandPanel.of(demands, Window.of(demands.get(0).start(), Duration.ofDays(1)));
        AffinityBatch batch = new AffinityBatch(panel, AffinityOptions.defaults(), BenchPool.threads());
        PairHosts hosts = PairHosts.same(BenchPool.typicalHost());
        long pairs = (long) vms * (vms - 1) / 2;
        return new BenchTrial() {
            @Override
            public String workload() {
                return String.format(Locale.ROOT, "%,d VMs, %,d pairs, 1-day window, %d threads", vms, pairs, BenchPool.threads());
            }

            @Override
            public long run() {
                return batch.all(hosts, PairTraffic.none()).size();
            }

            @Override
            public String unit() {
                return "pairs";
            }
        };
    }
}
