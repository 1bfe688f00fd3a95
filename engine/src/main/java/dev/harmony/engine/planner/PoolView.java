package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.HostCapacity;
import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.health.HealthOptions;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Vm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request indexed once for every planning step: hosts and VMs by id, host capacities, VMs per host,
 * forecast loads per slot and the rules.
 */
final class PoolView {
    /**
     * Pairs are scored among each host's busiest VMs only: a pair's weight in the health index is its load
     * share, so the lightest pairs of a crowded host weigh almost nothing, while all 5,000 pairs of a
     * 100-VM host would cost most of a large pool's planning time.
     */
    static final int BUSIEST_PER_HOST = 24;
    private static final int R = Resource.values().length;
    final PlanningRequest request;
    final PlannerOptions options;
    final Map<String, Host> hosts = new LinkedHashMap<>();
    final Map<String, Vm> vms = new LinkedHashMap<>();
    final Map<String, HostCapacity> capacity = new HashMap<>();
    final Map<String, List<String>> vmsOn = new LinkedHashMap<>();
    final SlotLoads loads;
    final RuleIndex rules;
    final double[] resourceWeights = new double[R];
    private final Map<String, List<String>> busiest = new HashMap<>();

    PoolView(PlanningRequest request, PlannerOptions options, HealthOptions health) {
        this.request = request;
        this.options = options;
        request.hosts().forEach(h -> {
            hosts.put(h.id(), h);
            capacity.put(h.id(), new HostCapacity(h.cpuCapacityMhz(), h.memoryMib() * 1024.0, health.diskKibps(),
                    Math.max(1, 2 * h.networkMbps() * 1_000_000.0 / 8 / 1024)));
            vmsOn.put(h.id(), new ArrayList<>());
        });
        request.vms().forEach(v -> vms.put(v.id(), v));
        request.placement().hostByVm().forEach((vm, host) -> {
            if (vms.containsKey(vm) && vmsOn.containsKey(host)) {
                vmsOn.get(host).add(vm);
            }
        });
        this.loads = new SlotLoads(request.forecasts(), options.slot());
        java.time.Instant end = request.at().plus(request.forecasts().isEmpty() ? options.slot()
                : request.forecasts().get(0).step().multipliedBy(request.forecasts().get(0).size()));
        this.rules = new RuleIndex(request.constraints(), request.hosts(), request.maintenance(), end);
        for (Resource r : Resource.values()) {
            resourceWeights[r.ordinal()] = health.weight(r);
        }
    }

    /** The host's VMs, busiest first (by load share), at most {@link #BUSIEST_PER_HOST}. */
    List<String> busiestOn(String host) {
        return busiest.computeIfAbsent(host, this::rankBusiest);
    }

    private List<String> rankBusiest(String host) {
        List<String> vms = vmsOn.get(host);
        if (vms.size() <= BUSIEST_PER_HOST) {
            return vms;
        }
        double[] cap = capacityArray(host);
        Map<String, Double> share = new HashMap<>();
        vms.forEach(v -> share.put(v, loads.loadShare(v, cap, resourceWeights)));
        return vms.stream()
                .sorted(java.util.Comparator.comparingDouble((String v) -> -share.get(v))
                        .thenComparing(v -> v))
                .limit(BUSIEST_PER_HOST).toList();
    }

    String hostOf(String vm) {
        return request.placement().hostOf(vm).orElse(null);
    }

    double[] capacityArray(String host) {
        HostCapacity c = capacity.get(host);
        double[] out = new double[R];
        for (Resource r : Resource.values()) {
            out[r.ordinal()] = c.of(r);
        }
        return out;
    }

    long memoryLimitMib(String host) {
        return (long) Math.floor(options.memoryFill() * hosts.get(host).memoryMib());
    }

    /** A pair's load share on a host, as the health index weighs pairs. */
    double pairWeight(String a, String b, String host) {
        double[] cap = capacityArray(host);
        return loads.loadShare(a, cap, resourceWeights) + loads.loadShare(b, cap, resourceWeights);
    }

    /** Forecast P95 peak utilisation of a host as placed now, per resource. */
    double[] peakUtilisation(String host) {
        double[][] e = new double[R][loads.slots()];
        double[][] s = new double[R][loads.slots()];
        for (String vm : vmsOn.get(host)) {
            add(e, loads.expected(vm));
            add(s, loads.spread2(vm));
        }
        double[] cap = capacityArray(host);
        double[] out = new double[R];
        for (int r = 0; r < R; r++) {
            for (int k = 0; k < loads.slots(); k++) {
                out[r] = Math.max(out[r], (e[r][k] + Math.sqrt(s[r][k])) / cap[r]);
            }
        }
        return out;
    }

    static void add(double[][] into, double[][] values) {
        for (int r = 0; r < into.length; r++) {
            for (int k = 0; k < into[r].length; k++) {
                into[r][k] += values[r][k];
            }
        }
    }
}
