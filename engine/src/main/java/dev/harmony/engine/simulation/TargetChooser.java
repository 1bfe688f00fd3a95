package dev.harmony.engine.simulation;

import dev.harmony.engine.affinity.Resource;
import dev.harmony.engine.model.ComplianceRule;
import dev.harmony.engine.model.Constraint;
import dev.harmony.engine.model.ExcludedVms;
import dev.harmony.engine.model.Strength;
import dev.harmony.engine.model.VmAffinityRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks where the simulator itself sends a VM (evacuations, reactive moves): a host in service with room
 * for the VM's memory, carrying the VM's compliance tags and running no partner of a must-anti-affinity
 * rule, the one with the lowest CPU utilisation once the VM is added. Excluded VMs are never moved.
 */
final class TargetChooser {
    private final SimulationState state;
    private final List<Set<Integer>> antiAffinity = new ArrayList<>();
    private final List<String>[] requiredTags;
    private final Set<Integer> excluded = new HashSet<>();

    @SuppressWarnings("unchecked")
    TargetChooser(SimulationState state, List<Constraint> constraints) {
        this.state = state;
        this.requiredTags = new List[state.vmCount()];
        for (Constraint c : constraints) {
            if (c instanceof VmAffinityRule rule && !rule.together() && rule.strength() == Strength.MUST) {
                Set<Integer> members = new HashSet<>();
                rule.vmIds().forEach(id -> addIfKnown(members, id));
                antiAffinity.add(members);
            } else if (c instanceof ComplianceRule rule) {
                for (String id : rule.vmIds()) {
                    int v = state.vmIndex(id);
                    if (v >= 0) {
                        if (requiredTags[v] == null) {
                            requiredTags[v] = new ArrayList<>();
                        }
                        requiredTags[v].add(rule.tag());
                    }
                }
            } else if (c instanceof ExcludedVms rule) {
                rule.vmIds().forEach(id -> addIfKnown(excluded, id));
            }
        }
    }

    boolean excluded(int vm) {
        return excluded.contains(vm);
    }

    /**
     * The best host for the VM at step t other than {@code avoid}, or -1.
     *
     * @param maxCpuUtilisation the CPU utilisation the target may reach with the VM; above 1 for no limit
     */
    int choose(int vm, int avoid, int t, double maxCpuUtilisation) {
        int best = -1;
        double bestUtilisation = Double.MAX_VALUE;
        for (int h = 0; h < state.hostCount(); h++) {
            if (h == avoid || !allowed(vm, h)) {
                continue;
            }
            double cpu = (state.lastLoad(h, Resource.CPU) + state.expected(vm, Resource.CPU, t)) / state.capacity(h, Resource.CPU);
            if (cpu <= maxCpuUtilisation && cpu < bestUtilisation) {
                best = h;
                bestUtilisation = cpu;
            }
        }
        return best;
    }

    /** Whether the VM may run on the host: in service, memory room, compliance tags, no anti-affinity partner. */
    boolean allowed(int vm, int h) {
        if (state.outOfService(h) || !state.hasRoom(h, vm)) {
            return false;
        }
        if (requiredTags[vm] != null && !requiredTags[vm].stream().allMatch(tag -> state.host(h).hasTag(tag))) {
            return false;
        }
        for (Set<Integer> group : antiAffinity) {
            if (group.contains(vm)) {
                for (int other : group) {
                    if (other != vm && (state.hostOf(other) == h || state.incomingTo(other) == h)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void addIfKnown(Set<Integer> set, String vmId) {
        int v = state.vmIndex(vmId);
        if (v >= 0) {
            set.add(v);
        }
    }
}
