package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.DemandPanel;
import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.health.CoLocatedPair;
import dev.harmony.engine.health.CoLocationAffinity;
import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.model.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The simulator's affinity component fed with the planner's predicted affinity, so that the health a plan
 * is judged by charges each co-located pair what the planner predicts for it, among each host's busiest
 * VMs as the planner scores them. A pair's weight is both VMs' resource-weighted P95 demand over the
 * host's capacity, as for realized affinity.
 */
final class PredictedCoLocationAffinity implements CoLocationAffinity {
    private final PredictedAffinity affinity;
    private final HealthOptions health;

    PredictedCoLocationAffinity(PredictedAffinity affinity, HealthOptions health) {
        this.affinity = affinity;
        this.health = health;
    }

    @Override
    public List<CoLocatedPair> pairs(DemandPanel panel, Placement placement, Map<String, HostCapacity> capacityByHost) {
        Map<String, List<String>> byHost = new TreeMap<>();
        placement.hostByVm().forEach((vm, host) -> {
            if (panel.indexOf(vm) >= 0) {
                byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(vm);
            }
        });
        List<PredictedAffinity.Query> queries = new ArrayList<>();
        byHost.forEach((host, all) -> {
            List<String> vms = busiest(panel, all, capacityByHost.get(host));
            for (int i = 0; i < vms.size(); i++) {
                for (int j = i + 1; j < vms.size(); j++) {
                    queries.add(new PredictedAffinity.Query(vms.get(i), vms.get(j), capacityByHost.get(host)));
                }
            }
        });
        affinity.prepare(queries);
        List<CoLocatedPair> out = new ArrayList<>(queries.size());
        for (PredictedAffinity.Query q : queries) {
            OptionalDouble s = affinity.score(q.vmA(), q.vmB(), q.shared());
            if (s.isPresent()) {
                String host = placement.hostOf(q.vmA()).orElseThrow();
                double weight = share(panel, q.vmA(), q.shared()) + share(panel, q.vmB(), q.shared());
                boolean ordered = q.vmA().compareTo(q.vmB()) < 0;
                out.add(new CoLocatedPair(ordered ? q.vmA() : q.vmB(), ordered ? q.vmB() : q.vmA(), host,
                        Math.max(-1, Math.min(1, s.getAsDouble())), weight));
            }
        }
        return out;
    }

    /** The host's busiest VMs, as the planner scores them ({@link PoolView#BUSIEST_PER_HOST}). */
    private List<String> busiest(DemandPanel panel, List<String> vms, HostCapacity capacity) {
        if (vms.size() <= PoolView.BUSIEST_PER_HOST) {
            return vms;
        }
        Map<String, Double> shares = new java.util.HashMap<>();
        vms.forEach(v -> shares.put(v, share(panel, v, capacity)));
        return vms.stream()
                .sorted(java.util.Comparator.comparingDouble((String v) -> -shares.get(v)).thenComparing(v -> v))
                .limit(PoolView.BUSIEST_PER_HOST).toList();
    }

    private double share(DemandPanel panel, String vm, HostCapacity capacity) {
        int row = panel.indexOf(vm);
        double sum = 0;
        double weights = 0;
        for (Resource r : Resource.values()) {
            sum += health.weight(r) * panel.stats(row, r).p95() / capacity.of(r);
            weights += health.weight(r);
        }
        return sum / weights;
    }
}
