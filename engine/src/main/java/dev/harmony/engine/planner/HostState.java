package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.Resource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The pool's load while a plan runs, for ordering: per host the forecast load per slot and the provisioned
 * memory of the VMs it holds, counting a migrating VM on both hosts until its batch ends.
 */
final class HostState {
    private static final int R = Resource.values().length;
    private final Map<String, HostSlot> slots;
    private final Map<String, double[][]> expected = new HashMap<>();
    private final Map<String, double[][]> spread2 = new HashMap<>();
    private final Map<String, Long> memory = new HashMap<>();
    private final Map<String, Set<String>> residents = new HashMap<>();

    HostState(Problem problem, PoolView pool) {
        this.slots = problem.byHost();
        for (HostSlot h : slots.values()) {
            double[][] e = new double[R][h.slots()];
            double[][] s = new double[R][h.slots()];
            for (int r = 0; r < R; r++) {
                for (int k = 0; k < h.slots(); k++) {
                    e[r][k] = h.baseExpected(r, k);
                    s[r][k] = h.baseSpread2(r, k);
                }
            }
            expected.put(h.id(), e);
            spread2.put(h.id(), s);
            memory.put(h.id(), h.baseMemoryMib());
            residents.put(h.id(), new HashSet<>(pool.vmsOn.get(h.id())));
        }
        for (VmAssignment a : problem.byVm().values()) {
            add(a.facts(), a.facts().original().id(), 1, false);
        }
    }

    /** Whether the host can take the VM now without going over its memory limit or capacity. */
    boolean fits(VmFacts vm, String host) {
        HostSlot h = slots.get(host);
        if (memory.get(host) + vm.memoryMib() > h.memoryLimitMib()) {
            return false;
        }
        add(vm, host, 1, true);
        boolean ok = within(h);
        add(vm, host, -1, true);
        return ok;
    }

    private boolean within(HostSlot h) {
        double[][] e = expected.get(h.id());
        double[][] s = spread2.get(h.id());
        for (int r = 0; r < R; r++) {
            if (r == Resource.MEMORY.ordinal()) {
                continue;
            }
            for (int k = 0; k < h.slots(); k++) {
                if (e[r][k] + Math.sqrt(Math.max(0, s[r][k])) > h.capacity(r) + 1e-6) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Starts a migration: the target takes the VM's load and memory; the source keeps both until {@link #finish}. */
    void start(VmFacts vm, String to) {
        add(vm, to, 1, true);
        residents.get(to).add(vm.id());
    }

    /** Ends a migration at its batch's end: the source lets go of the VM and the target's migration overhead ends. */
    void finish(VmFacts vm, String from, String to) {
        add(vm, from, -1, false);
        residents.get(from).remove(vm.id());
        double[][] e = expected.get(to);
        for (int r = 0; r < R; r++) {
            e[r][0] -= vm.targetOverhead()[r];
        }
    }

    boolean holds(String host, String vm) {
        return residents.get(host).contains(vm);
    }

    /** Resource-weighted squared peak, to choose the emptiest staging host. */
    double pressure(String host) {
        HostSlot h = slots.get(host);
        double[][] e = expected.get(host);
        double[][] s = spread2.get(host);
        double sum = 0;
        for (int r = 0; r < R; r++) {
            double peak = 0;
            for (int k = 0; k < h.slots(); k++) {
                peak = Math.max(peak, (e[r][k] + Math.sqrt(Math.max(0, s[r][k]))) / h.capacity(r));
            }
            sum += peak * peak;
        }
        return sum;
    }

    private void add(VmFacts vm, String host, int sign, boolean arriving) {
        double[][] e = expected.get(host);
        double[][] s = spread2.get(host);
        for (int r = 0; r < R; r++) {
            for (int k = 0; k < e[r].length; k++) {
                e[r][k] += sign * vm.expected()[r][k];
                s[r][k] += sign * vm.spread2()[r][k];
            }
            if (arriving) {
                e[r][0] += sign * vm.targetOverhead()[r];
            }
        }
        memory.merge(host, sign * vm.memoryMib(), Long::sum);
    }
}
