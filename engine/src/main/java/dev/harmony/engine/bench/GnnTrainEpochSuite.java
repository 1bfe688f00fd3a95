package dev.harmony.engine.bench;

import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.gnn.AffinityGnn;
import dev.harmony.engine.affinity.gnn.GnnConfig;
import dev.harmony.engine.affinity.gnn.GraphBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One training epoch of the affinity GNN over 500 resampled VMs × 20 daily graphs ({@link AffinityGnn#train}). */
public final class GnnTrainEpochSuite implements BenchSuite {
    private static final int PARTNERS = 30;
    private final TraceResampler trace;

    public GnnTrainEpochSuite(TraceResampler trace) {
        this.trace = trace;
    }

    @Override
    public String name() {
        return "gnn-train-epoch";
    }

    @Override
    public String description() {
        return "one GNN training epoch, 500 VMs x 20 daily graphs, ~30 pairs per VM";
    }

    @Override
    public BenchTrial prepare(BenchSize size) {
        int vms = size.pick(60, 500);
        int days = size.pick(2, 20);
        List<VmDemand> demands = trace.sample(vms, days, 16);
        int[][] pairs = BenchPool.sparsePairs(vms, PARTNERS, 17);
        List<GraphBatch> batches = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            batches.add(BenchGraphs.day(demands, pairs, day, true));
        }
        AffinityGnn model = AffinityGnn.create(GnnConfig.defaults().withEpochs(1), BenchGraphs.NODE_FEATURES,
                BenchGraphs.PAIR_FEATURES);
        long examples = (long) pairs[0].length * days;
        return new BenchTrial() {
            @Override
            public String workload() {
                return String.format(Locale.ROOT, "%,d VMs x %d days, %,d pairs a day, %d node features, %,d weights, %s",
                        vms, days, pairs[0].length, BenchGraphs.NODE_FEATURES, model.parameterCount(), AffinityGnn.backend());
            }

            @Override
            public long run() {
                model.train(batches, p -> { });
                return examples;
            }

            @Override
            public String unit() {
                return "pair examples";
            }

            @Override
            public void close() {
                model.close();
            }
        };
    }
}
