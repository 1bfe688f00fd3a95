package dev.harmony.engine.planner;

import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.Vm;
import dev.harmony.engine.model.VmAffinityRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks made before solving, for problems no placement can get round: an empty pool, a VM larger
 * than every host in service, must-rules that contradict each other or leave a VM no host, and more
 * provisioned memory than the open hosts can hold. Each blocker names the rule, host or VM.
 */
final class FeasibilityCheck {
    private final PoolView pool;

    FeasibilityCheck(PoolView pool) {
        this.pool = pool;
    }

    List<Blocker> check() {
        List<Blocker> out = new ArrayList<>();
        if (pool.hosts.isEmpty()) {
            out.add(new Blocker(Blocker.Kind.EMPTY_POOL, pool.request.source(), "the pool has no host, so there is nowhere to place a VM"));
            return out;
        }
        if (pool.vms.isEmpty()) {
            out.add(new Blocker(Blocker.Kind.EMPTY_POOL, pool.request.source(), "the pool has no VM, so there is nothing to plan"));
            return out;
        }
        List<Host> open = pool.hosts.values().stream().filter(h -> !pool.rules.closed(h.id())).toList();
        if (open.isEmpty()) {
            out.add(new Blocker(Blocker.Kind.NO_FEASIBLE_PLACEMENT, "all hosts", "every host of the pool is in maintenance or"
                    + " leaving service, so no VM can be placed"));
            return out;
        }
        for (Vm vm : pool.vms.values()) {
            if (pool.hostOf(vm.id()) == null || !pool.hosts.containsKey(pool.hostOf(vm.id()))) {
                out.add(new Blocker(Blocker.Kind.BAD_INPUT, vm.id(), "VM " + vm.id() + " is not placed on any host of the pool"));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        tooLarge(open, out);
        rulesLeaveNoHost(open, out);
        contradictions(out);
        memoryTotal(open, out);
        return out;
    }

    private void tooLarge(List<Host> open, List<Blocker> out) {
        Host largestMemory = open.stream().max((a, b) -> Long.compare(pool.memoryLimitMib(a.id()), pool.memoryLimitMib(b.id()))).orElseThrow();
        Host largestCpu = open.stream().max((a, b) -> Long.compare(a.cpuCapacityMhz(), b.cpuCapacityMhz())).orElseThrow();
        for (Vm vm : pool.vms.values()) {
            if (vm.memoryMib() > pool.memoryLimitMib(largestMemory.id())) {
                out.add(new Blocker(Blocker.Kind.VM_TOO_LARGE, vm.id(), String.format(Locale.ROOT,
                        "VM %s has %,d MiB of memory; the largest host in service, %s, takes at most %,d MiB (%.0f %% of %,d MiB)",
                        vm.id(), vm.memoryMib(), largestMemory.id(), pool.memoryLimitMib(largestMemory.id()),
                        100 * pool.options.memoryFill(), largestMemory.memoryMib())));
            } else if (peakCpu(vm.id()) > largestCpu.cpuCapacityMhz()) {
                // Provisioned vCPUs may be overcommitted; only the forecast demand must fit.
                out.add(new Blocker(Blocker.Kind.VM_TOO_LARGE, vm.id(), String.format(Locale.ROOT,
                        "VM %s is forecast to need %,.0f MHz of CPU at P95; the largest host in service, %s, has %,d MHz",
                        vm.id(), peakCpu(vm.id()), largestCpu.id(), largestCpu.cpuCapacityMhz())));
            }
        }
    }

    private double peakCpu(String vm) {
        double[][] e = pool.loads.expected(vm);
        double[][] s = pool.loads.spread2(vm);
        int cpu = dev.harmony.engine.affinity.Resource.CPU.ordinal();
        double peak = 0;
        for (int k = 0; k < e[cpu].length; k++) {
            peak = Math.max(peak, e[cpu][k] + Math.sqrt(s[cpu][k]));
        }
        return peak;
    }

    /** A VM whose must-rules (host groups, zones, compliance tags) allow no open host. */
    private void rulesLeaveNoHost(List<Host> open, List<Blocker> out) {
        List<HostSlot> slots = open.stream().map(h -> HostSlot.empty(0, h.id(), h.availabilityZone(), h.tags(), false,
                new double[] {1, 1, 1, 1}, 1, 1)).toList();
        for (Vm vm : pool.vms.values()) {
            HostRules rules = pool.rules.hostRules(vm.id());
            if (pool.rules.excluded(vm.id()) || rules.equals(HostRules.NONE)) {
                continue;
            }
            boolean any = slots.stream().anyMatch(h -> !rules.breaksMustHost(h) && !rules.breaksZone(h) && !rules.breaksCompliance(h));
            if (!any) {
                out.add(new Blocker(Blocker.Kind.CONTRADICTORY_RULES, String.join(", ", pool.rules.rulesOf(vm.id())),
                        "no host in service satisfies every must-rule of VM " + vm.id() + " (" + String.join(", ",
                        pool.rules.rulesOf(vm.id())) + "): together they allow no host"));
            }
        }
    }

    /** Must-together groups (joined where they share VMs) that a must-anti-affinity rule splits. */
    private void contradictions(List<Blocker> out) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> via = new HashMap<>();
        for (VmAffinityRule r : pool.rules.vmRules()) {
            if (r.together() && r.strength() == Strength.MUST) {
                String first = r.vmIds().iterator().next();
                for (String vm : r.vmIds()) {
                    union(parent, first, vm);
                    via.merge(vm, r.name(), (a, b) -> a.contains(b) ? a : a + ", " + b);
                }
            }
        }
        for (VmAffinityRule r : pool.rules.vmRules()) {
            if (!r.together() && r.strength() == Strength.MUST) {
                List<String> ids = List.copyOf(r.vmIds());
                Set<String> reported = new HashSet<>();
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        if (find(parent, ids.get(i)).equals(find(parent, ids.get(j))) && reported.add(r.name())) {
                            out.add(new Blocker(Blocker.Kind.CONTRADICTORY_RULES, r.name() + " vs " + via.get(ids.get(i)),
                                    "must-anti-affinity rule '" + r.name() + "' keeps " + ids.get(i) + " and " + ids.get(j)
                                    + " apart, but must-affinity rule(s) '" + via.get(ids.get(i)) + "' keep them on one host"));
                        }
                    }
                }
            }
        }
    }

    private void memoryTotal(List<Host> open, List<Blocker> out) {
        long need = pool.vms.values().stream().mapToLong(Vm::memoryMib).sum();
        long have = open.stream().mapToLong(h -> pool.memoryLimitMib(h.id())).sum();
        if (need > have) {
            out.add(new Blocker(Blocker.Kind.NO_FEASIBLE_PLACEMENT, "memory", String.format(Locale.ROOT,
                    "the VMs are provisioned %,d MiB of memory; the %d hosts in service take at most %,d MiB (%.0f %% of their"
                    + " memory), so no placement fits", need, open.size(), have, 100 * pool.options.memoryFill())));
        }
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.put(find(parent, b), find(parent, a));
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }
}
