package dev.harmony.engine.health;

import dev.harmony.engine.affinity.AffinityBatch;
import dev.harmony.engine.affinity.AffinityOptions;
import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.PairScores;
import dev.harmony.engine.affinity.PairTraffic;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.model.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Realized affinity (ADR 0003) of every co-located pair over the panel's window, each pair measured
 * against the host it shares; pairs with too little data are left out rather than charged. A pair's
 * weight is the sum of both VMs' load shares, a VM's share being its resource-weighted P95 demand over
 * the host's capacity.
 */
public final class RealizedCoLocationAffinity implements CoLocationAffinity {
    private final AffinityOptions affinityOptions;
    private final HealthOptions healthOptions;
    private final int threads;

    public RealizedCoLocationAffinity(AffinityOptions affinityOptions, HealthOptions healthOptions, int threads) {
        this.affinityOptions = Objects.requireNonNull(affinityOptions, "affinityOptions");
        this.healthOptions = Objects.requireNonNull(healthOptions, "healthOptions");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    @Override
    public List<CoLocatedPair> pairs(DemandPanel panel, Placement placement, Map<String, HostCapacity> capacityByHost) {
        Map<String, List<Integer>> rowsByHost = new TreeMap<>();
        placement.hostByVm().forEach((vm, host) -> {
            int row = panel.indexOf(vm);
            if (row >= 0) {
                rowsByHost.computeIfAbsent(host, h -> new ArrayList<>()).add(row);
            }
        });
        List<int[]> pairs = new ArrayList<>();
        rowsByHost.values().forEach(rows -> {
            for (int a = 0; a < rows.size(); a++) {
                for (int b = a + 1; b < rows.size(); b++) {
                    pairs.add(new int[] {rows.get(a), rows.get(b)});
                }
            }
        });
        if (pairs.isEmpty()) {
            return List.of();
        }
        int[] first = pairs.stream().mapToInt(p -> p[0]).toArray();
        int[] second = pairs.stream().mapToInt(p -> p[1]).toArray();
        HostCapacity[] capacityOfRow = new HostCapacity[panel.size()];
        rowsByHost.forEach((host, rows) -> {
            HostCapacity c = Objects.requireNonNull(capacityByHost.get(host), "no capacity given for host " + host);
            rows.forEach(row -> capacityOfRow[row] = c);
        });
        PairScores scores = new AffinityBatch(panel, affinityOptions, threads)
                .pairs(first, second, (i, j) -> capacityOfRow[i], PairTraffic.none());
        List<CoLocatedPair> out = new ArrayList<>();
        for (int k = 0; k < scores.size(); k++) {
            if (scores.scored(k)) {
                int i = scores.first(k);
                int j = scores.second(k);
                String a = panel.vmId(i);
                String b = panel.vmId(j);
                double weight = loadShare(panel, i, capacityOfRow[i]) + loadShare(panel, j, capacityOfRow[i]);
                out.add(new CoLocatedPair(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a,
                        placement.hostOf(a).orElseThrow(), scores.score(k), weight));
            }
        }
        return out;
    }

    /** A VM's resource-weighted P95 demand over the host's capacity. */
    double loadShare(DemandPanel panel, int row, HostCapacity capacity) {
        double sum = 0;
        double weights = 0;
        for (Resource r : Resource.values()) {
            sum += healthOptions.weight(r) * panel.stats(row, r).p95() / capacity.of(r);
            weights += healthOptions.weight(r);
        }
        return sum / weights;
    }
}
