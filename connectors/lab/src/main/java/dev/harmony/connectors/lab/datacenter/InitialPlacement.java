package dev.harmony.connectors.lab.datacenter;

import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.model.VmAffinityRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random first fit: VMs in decreasing memory order each go to the first host, in an order shuffled
 * per VM, that has room (memory fill and vCPU ratio), carries the VM's compliance tag and holds no partner
 * of a must anti-affinity rule. Should rules are left to chance, so the planner finds some to fix.
 */
final class InitialPlacement {
    private final double maxMemoryFill;
    private final double maxVcpuPerCore;
    private final Set<String> complianceTags;

    InitialPlacement(double maxMemoryFill, double maxVcpuPerCore, Set<String> complianceTags) {
        this.maxMemoryFill = maxMemoryFill;
        this.maxVcpuPerCore = maxVcpuPerCore;
        this.complianceTags = complianceTags;
    }

    /** The placement, or empty when some VM fits no host. */
    Optional<Placement> place(List<Vm> vms, List<Host> hosts, List<VmAffinityRule> antiAffinity, long seed) {
        Random random = new Random(seed);
        List<Vm> order = new ArrayList<>(vms);
        Map<String, Double> tieBreak = new HashMap<>();
        order.forEach(vm -> tieBreak.put(vm.id(), random.nextDouble()));
        order.sort(Comparator.comparingLong(Vm::memoryMib).reversed().thenComparing(vm -> tieBreak.get(vm.id())));
        Map<String, Long> memory = new HashMap<>();
        Map<String, Integer> vcpus = new HashMap<>();
        Map<String, String> hostOf = new HashMap<>();
        for (Vm vm : order) {
            List<Host> candidates = new ArrayList<>(hosts);
            Collections.shuffle(candidates, random);
            Host chosen = candidates.stream().filter(h -> fits(vm, h, memory, vcpus, hostOf, antiAffinity)).findFirst()
                    .orElse(null);
            if (chosen == null) {
                return Optional.empty();
            }
            memory.merge(chosen.id(), vm.memoryMib(), Long::sum);
            vcpus.merge(chosen.id(), vm.vcpus(), Integer::sum);
            hostOf.put(vm.id(), chosen.id());
        }
        return Optional.of(new Placement(hostOf));
    }

    private boolean fits(Vm vm, Host h, Map<String, Long> memory, Map<String, Integer> vcpus, Map<String, String> hostOf,
            List<VmAffinityRule> antiAffinity) {
        if (memory.getOrDefault(h.id(), 0L) + vm.memoryMib() > maxMemoryFill * h.memoryMib()
                || vcpus.getOrDefault(h.id(), 0) + vm.vcpus() > maxVcpuPerCore * h.cpuCores()) {
            return false;
        }
        for (String tag : complianceTags) {
            if (vm.hasTag(tag) && !h.hasTag(tag)) {
                return false;
            }
        }
        for (VmAffinityRule rule : antiAffinity) {
            if (rule.vmIds().contains(vm.id())
                    && rule.vmIds().stream().anyMatch(other -> h.id().equals(hostOf.get(other)))) {
                return false;
            }
        }
        return true;
    }
}
