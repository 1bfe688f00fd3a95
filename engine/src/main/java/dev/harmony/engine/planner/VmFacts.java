package dev.harmony.engine.planner;

import dev.harmony.engine.affinity.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the solver knows about one VM it places, fixed for the whole solve: its forecast load per slot,
 * what moving it costs, its affinity costs and the rules that bind it. Shared by every clone of the
 * VM's assignment, so cloning a solution copies one reference.
 *
 * @param id              the VM
 * @param memoryMib       provisioned memory
 * @param original        the host it runs on now
 * @param expected        [resource][slot] expected demand
 * @param spread2         [resource][slot] squared P95 spread over the expected demand
 * @param targetOverhead  per resource, extra load on the target in the first slot while it migrates
 * @param sourceOverhead  per resource, extra load on the source in the first slot while it migrates
 * @param migrationCost   soft cost of moving it, in score units
 * @param neighbourCost   per host index, soft affinity cost of sharing that host with its fixed VMs
 * @param pairCost        soft affinity cost of sharing a host with another placed VM, by that VM's id
 * @param rules           host-level rules
 * @param excluded        whether it may never move
 * @param leftRecently    the host it left within the hysteresis time, which it may not return to; null when none
 * @param targets         the hosts it may be placed on, its own first
 */
record VmFacts(String id, long memoryMib, HostSlot original, double[][] expected, double[][] spread2,
               double[] targetOverhead, double[] sourceOverhead, long migrationCost, long[] neighbourCost,
               Map<String, Long> pairCost, HostRules rules, boolean excluded, String leftRecently,
               List<HostSlot> targets) {
    VmFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(original, "original host of " + id);
        pairCost = Map.copyOf(pairCost);
        Objects.requireNonNull(rules, "rules");
        targets = List.copyOf(targets);
    }

    long neighbourCostOn(HostSlot h) {
        return h.index() < neighbourCost.length ? neighbourCost[h.index()] : 0;
    }

    long pairCostWith(String otherVm) {
        return pairCost.getOrDefault(otherVm, 0L);
    }

    /** Builds the facts of one VM; everything not set is zero, empty or false. */
    static final class Builder {
        private static final int R = Resource.values().length;
        private final String id;
        private final HostSlot original;
        private long memoryMib = 1024;
        private double[][] expected;
        private double[][] spread2;
        private double[] targetOverhead = new double[R];
        private double[] sourceOverhead = new double[R];
        private long migrationCost;
        private long[] neighbourCost = new long[0];
        private final Map<String, Long> pairCost = new HashMap<>();
        private HostRules rules = HostRules.NONE;
        private boolean excluded;
        private String leftRecently;
        private List<HostSlot> targets;

        Builder(String id, HostSlot original) {
            this.id = id;
            this.original = original;
            this.expected = new double[R][original.slots()];
            this.spread2 = new double[R][original.slots()];
            this.targets = List.of(original);
        }

        Builder targets(List<HostSlot> hosts) {
            this.targets = hosts;
            return this;
        }

        Builder memoryMib(long mib) {
            this.memoryMib = mib;
            return this;
        }

        /** The same expected demand of one resource in every slot. */
        Builder flat(Resource r, double demand) {
            java.util.Arrays.fill(expected[r.ordinal()], demand);
            return this;
        }

        Builder load(double[][] expectedBySlot, double[][] spread2BySlot) {
            this.expected = expectedBySlot;
            this.spread2 = spread2BySlot;
            return this;
        }

        Builder overheads(double[] onTarget, double[] onSource) {
            this.targetOverhead = onTarget;
            this.sourceOverhead = onSource;
            return this;
        }

        Builder migrationCost(long cost) {
            this.migrationCost = cost;
            return this;
        }

        Builder neighbourCost(long[] byHostIndex) {
            this.neighbourCost = byHostIndex;
            return this;
        }

        Builder pairCost(String otherVm, long cost) {
            pairCost.put(otherVm, cost);
            return this;
        }

        Builder rules(HostRules hostRules) {
            this.rules = hostRules;
            return this;
        }

        Builder excluded(boolean value) {
            this.excluded = value;
            return this;
        }

        Builder leftRecently(String hostId) {
            this.leftRecently = hostId;
            return this;
        }

        VmFacts build() {
            return new VmFacts(id, memoryMib, original, expected, spread2, targetOverhead, sourceOverhead, migrationCost,
                    neighbourCost, pairCost, rules, excluded, leftRecently, targets);
        }
    }
}
