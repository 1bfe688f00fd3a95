package dev.harmony.engine.bench;

import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.gnn.AffinityGnn;
import dev.harmony.engine.affinity.gnn.GnnConfig;
import dev.harmony.engine.affinity.gnn.GraphBatch;
import java.util.List;
import java.util.Locale;

/** Affinity GNN inference over 10,000 resampled VMs with ~20 sparse pairs each ({@link AffinityGnn#predict}). */
public final class GnnInferSuite implements BenchSuite {
    private final TraceResampler trace;

    public GnnInferSuite(TraceResampler trace) {
        this.trace = trace;
    }

    @Override
    public String name() {
        return "gnn-infer";
    }

    @Override
    public String description() {
        return "GNN inference, 10,000 VMs, ~20 sparse pairs per VM";
    }

    @Override
    public BenchTrial prepare(BenchSize size) {
        int vms = size.pick(200, 10_000);
        List<VmDemand> demands = trace.sample(vms, 1, 18);
        int[][] pairs = BenchPool.sparsePairs(vms, AffinitySparseSuite.PARTNERS, 19);
        GraphBatch graph = BenchGraphs.day(demands, pairs, 0, false);
        // Inference costs the same whatever the weights, so an untrained model with the default shape is timed.
        AffinityGnn model = AffinityGnn.create(GnnConfig.defaults(), BenchGraphs.NODE_FEATURES, BenchGraphs.PAIR_FEATURES);
        return new BenchTrial() {
            @Override
            public String workload() {
                return String.format(Locale.ROOT, "%,d VMs, %,d pairs, %d node features, %s", vms, graph.pairCount(),
                        BenchGraphs.NODE_FEATURES, AffinityGnn.backend());
            }

            @Override
            public long run() {
                return model.predict(graph).length;
            }

            @Override
            public String unit() {
                return "pairs";
            }

            @Override
            public void close() {
                model.close();
            }
        };
    }
}
