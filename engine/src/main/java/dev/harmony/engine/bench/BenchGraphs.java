package dev.harmony.engine.bench;

import dev.harmony.engine.affinity.AffinityBatch;
import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.PairHosts;
import dev.harmony.engine.affinity.PairScores;
import dev.harmony.engine.affinity.PairTraffic;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.affinity.VmDemand;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.affinity.gnn.GraphBatch;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * GNN inputs for the benchmarks, built from resampled demand: each node's hour-of-day profile of CPU and memory
 * (48 features, as shares of its own size), neighbours from the sparse pairs, no pair features, and for training
 * the day's realized affinity of each pair as its target.
 */
final class BenchGraphs {
    static final int NODE_FEATURES = 48;
    static final int PAIR_FEATURES = 0;
    private static final int NEIGHBOURS = 10;

    private BenchGraphs() {
    }

    /** The graph of one day ({@code day} from 0) of the demand; with targets when {@code targets} is true. */
    static GraphBatch day(List<VmDemand> demands, int[][] pairs, int day, boolean targets) {
        int n = demands.size();
        int perDay = (int) (Duration.ofDays(1).toSeconds() / demands.get(0).step().toSeconds());
        float[][] features = new float[n][NODE_FEATURES];
        for (int i = 0; i < n; i++) {
            VmDemand d = demands.get(i);
            profile(d.values(Resource.CPU), day * perDay, perDay, Math.max(1, d.vm().cpuCapacityMhz()), features[i], 0);
            profile(d.values(Resource.MEMORY), day * perDay, perDay, d.vm().memoryMib() * 1024.0, features[i], 24);
        }
        int[][] neighbours = new int[n][NEIGHBOURS];
        int[] filled = new int[n];
        for (int[] row : neighbours) {
            Arrays.fill(row, -1);
        }
        for (int k = 0; k < pairs[0].length; k++) {
            link(neighbours, filled, pairs[0][k], pairs[1][k]);
            link(neighbours, filled, pairs[1][k], pairs[0][k]);
        }
        float[] target = targets ? realized(demands, pairs, day) : null;
        return new GraphBatch(features, neighbours, pairs[0], pairs[1], new float[pairs[0].length][PAIR_FEATURES], target);
    }

    private static void link(int[][] neighbours, int[] filled, int from, int to) {
        if (filled[from] < NEIGHBOURS) {
            neighbours[from][filled[from]++] = to;
        }
    }

    private static void profile(float[] values, int from, int perDay, double size, float[] out, int offset) {
        int perHour = perDay / 24;
        for (int h = 0; h < 24; h++) {
            double sum = 0;
            int count = 0;
            for (int t = from + h * perHour; t < from + (h + 1) * perHour && t < values.length; t++) {
                if (!Float.isNaN(values[t])) {
                    sum += values[t];
                    count++;
                }
            }
            out[offset + h] = count == 0 ? 0f : (float) Math.min(4, sum / count / size);
        }
    }

    private static float[] realized(List<VmDemand> demands, int[][] pairs, int day) {
        Window window = Window.of(demands.get(0).start().plus(Duration.ofDays(day)), Duration.ofDays(1));
        PairScores scores = new AffinityBatch(DemandPanel.of(demands, window), AffinityOptions.defaults(), BenchPool.threads())
                .pairs(pairs[0], pairs[1], PairHosts.same(BenchPool.typicalHost()), PairTraffic.none());
        float[] out = new float[scores.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = scores.scored(k) ? Math.max(-1f, Math.min(1f, scores.score(k))) : 0f;
        }
        return out;
    }
}
