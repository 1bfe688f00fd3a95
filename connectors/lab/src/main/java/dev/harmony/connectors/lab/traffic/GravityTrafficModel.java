package dev.harmony.connectors.lab.traffic;

import dev.harmony.engine.model.TrafficEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gravity model inside application groups: a share {@code s} of each VM's transmitted traffic stays in
 * its group (the rest is assumed to leave the lab, to clients or storage) and is spread over the other
 * members in proportion to what they receive: {@code T(i→j) = s · tx_i · rx_j / Σ_{k≠i} rx_k}, k and j in
 * i's group. So the estimated outgoing traffic of i sums to {@code s · tx_i} whenever another member
 * receives anything; VMs outside any group get no pairwise traffic.
 */
public final class GravityTrafficModel {
    private final double intraGroupShare;

    /** @param intraGroupShare share of a VM's transmitted traffic that stays inside its group, in (0, 1] */
    public GravityTrafficModel(double intraGroupShare) {
        if (!(intraGroupShare > 0 && intraGroupShare <= 1)) {
            throw new IllegalArgumentException("intraGroupShare must be within (0, 1], was " + intraGroupShare);
        }
        this.intraGroupShare = intraGroupShare;
    }

    public double intraGroupShare() {
        return intraGroupShare;
    }

    /** The method name carried by every estimate. */
    public String method() {
        return String.format(Locale.ROOT, "gravity-model(app-group, intra-group share %.2f)", intraGroupShare);
    }

    /**
     * Directed flows between members of each group.
     *
     * @param groupByVm VM id → group; VMs missing here belong to no group
     * @param measured  VM id → measured totals; grouped VMs missing here count as silent
     */
    public List<DirectedFlow> flows(Map<String, String> groupByVm, Map<String, VmTraffic> measured) {
        Map<String, List<String>> members = new TreeMap<>();
        new TreeMap<>(groupByVm).forEach((vm, group) -> members.computeIfAbsent(group, g -> new ArrayList<>()).add(vm));
        List<DirectedFlow> flows = new ArrayList<>();
        VmTraffic silent = new VmTraffic(0, 0);
        for (List<String> group : members.values()) {
            double rxTotal = group.stream().mapToDouble(vm -> measured.getOrDefault(vm, silent).rxKibps()).sum();
            for (String i : group) {
                VmTraffic ti = measured.getOrDefault(i, silent);
                double others = rxTotal - ti.rxKibps();
                if (ti.txKibps() == 0 || others <= 0) {
                    continue;
                }
                for (String j : group) {
                    double rxj = measured.getOrDefault(j, silent).rxKibps();
                    if (!j.equals(i) && rxj > 0) {
                        flows.add(new DirectedFlow(i, j, intraGroupShare * ti.txKibps() * rxj / others));
                    }
                }
            }
        }
        return flows;
    }

    /** The flows summed per unordered pair, as engine estimates marked {@code estimated = true}. */
    public List<TrafficEstimate> estimate(Map<String, String> groupByVm, Map<String, VmTraffic> measured) {
        Map<String, Map<String, Double>> pairs = new TreeMap<>();
        for (DirectedFlow f : flows(groupByVm, measured)) {
            String a = f.from().compareTo(f.to()) < 0 ? f.from() : f.to();
            String b = a.equals(f.from()) ? f.to() : f.from();
            pairs.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, f.kibps(), Double::sum);
        }
        List<TrafficEstimate> estimates = new ArrayList<>();
        String method = method();
        pairs.forEach((a, byB) -> byB.forEach((b, kibps) -> estimates.add(new TrafficEstimate(a, b, kibps, true, method))));
        return estimates;
    }
}
