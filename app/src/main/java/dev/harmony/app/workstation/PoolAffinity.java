package dev.harmony.app.workstation;

import dev.harmony.engine.affinity.AffinityBatch;
import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.PairHosts;
import dev.harmony.engine.affinity.PairScores;
import dev.harmony.engine.affinity.PairTraffic;
import dev.harmony.engine.affinity.Window;
import dev.harmony.engine.affinity.features.CandidatePairs;
import dev.harmony.engine.affinity.features.CoLocationEdges;
import dev.harmony.engine.affinity.features.CommunicationEdges;
import dev.harmony.engine.affinity.features.FeatureOptions;
import dev.harmony.engine.affinity.features.ProfileSimilarityEdges;
import dev.harmony.engine.affinity.features.VmFeatures;
import dev.harmony.engine.affinity.matrix.MatrixUpdate;
import dev.harmony.engine.affinity.matrix.SparseAffinityMatrix;
import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.TrafficEstimate;
import dev.harmony.viz.graph.AffinityPairs;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Realized affinity (ADR 0003) of a pool over one window, kept in the engine's sparse matrix: every pair of
 * a small pool is scored, a large one scores the co-located pairs, the pairs that talk and each VM's most
 * similar hour-of-day profiles; the matrix then keeps each VM's host partners and its strongest others.
 * A pair apart is measured against the first VM's host, as if the second joined it.
 */
final class PoolAffinity {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private final PoolFeedOptions options;

    PoolAffinity(PoolFeedOptions options) {
        this.options = options;
    }

    AffinityPairs compute(InventorySnapshot inventory, DemandSlice slice, Window window, List<TrafficEstimate> traffic) {
        DemandPanel panel = DemandPanel.of(slice.demands(), window);
        List<String> rowIds = new ArrayList<>();
        for (int i = 0; i < panel.size(); i++) {
            rowIds.add(panel.vmId(i));
        }
        PairHosts hosts = hosts(inventory, rowIds);
        PairTraffic pairTraffic = PairTraffic.of(panel, traffic);
        AffinityBatch batch = new AffinityBatch(panel, AffinityOptions.defaults(), 1);
        boolean all = panel.size() <= options.allPairsUpTo();
        PairScores scores;
        if (all) {
            scores = batch.all(hosts, pairTraffic);
        } else {
            CandidatePairs candidates = CandidatePairs.union(CoLocationEdges.of(rowIds, inventory.placement()),
                    new CommunicationEdges(0).of(rowIds, traffic),
                    new ProfileSimilarityEdges(options.similarK(), 1).of(new VmFeatures(FeatureOptions.defaults()).extract(panel)
                            .select("profile.")));
            scores = batch.pairs(candidates.first(), candidates.second(), hosts, pairTraffic);
        }
        SparseAffinityMatrix matrix = new SparseAffinityMatrix(rowIds, options.partnersPerVm());
        matrix.update(update(scores, window, rowIds, inventory));
        return new AffinityPairs(String.format(Locale.ROOT, "realized %s → %s UTC, %s", TIME.format(window.start()),
                TIME.format(window.end()), all ? "all pairs scored" : "candidate pairs scored"),
                matrix.mostNegative(Integer.MAX_VALUE));
    }

    private static MatrixUpdate update(PairScores scores, Window window, List<String> rowIds, InventorySnapshot inventory) {
        int n = scores.scoredCount();
        int[] first = new int[n];
        int[] second = new int[n];
        float[] value = new float[n];
        boolean[] together = new boolean[n];
        int k = 0;
        for (int p = 0; p < scores.size(); p++) {
            if (scores.scored(p)) {
                first[k] = scores.first(p);
                second[k] = scores.second(p);
                value[k] = Math.max(-1f, Math.min(1f, scores.score(p)));
                together[k] = inventory.placement().hostOf(rowIds.get(first[k]))
                        .equals(inventory.placement().hostOf(rowIds.get(second[k])));
                k++;
            }
        }
        return new MatrixUpdate(window, first, second, value, together, new boolean[n]);
    }

    private static PairHosts hosts(InventorySnapshot inventory, List<String> rowIds) {
        double disk = HealthOptions.defaults().diskKibps();
        Map<String, HostCapacity> capacity = new HashMap<>();
        Host largest = null;
        for (Host h : inventory.hosts()) {
            capacity.put(h.id(), HostCapacity.of(h, disk));
            largest = largest == null || h.cpuCapacityMhz() > largest.cpuCapacityMhz() ? h : largest;
        }
        String fallback = largest == null ? null : largest.id();
        HostCapacity[] byRow = new HostCapacity[rowIds.size()];
        for (int r = 0; r < byRow.length; r++) {
            byRow[r] = capacity.get(inventory.placement().hostOf(rowIds.get(r)).orElse(fallback));
        }
        return (i, j) -> byRow[Math.min(i, j)];
    }
}
