package dev.harmony.engine.planner;

import java.util.List;
import java.util.Objects;

/**
 * What the planner may change: the VMs it may move, strongest reason first, and why each is one.
 *
 * @param vms   candidate VMs, in order of priority
 * @param pairs co-located pairs whose predicted affinity is below the threshold, lowest first
 * @param hot   hosts whose forecast P95 breaches the headroom target, worst first
 */
public record Candidates(List<String> vms, List<LowPair> pairs, List<HotHost> hot) {
    public Candidates {
        vms = List.copyOf(vms);
        pairs = List.copyOf(pairs);
        hot = List.copyOf(hot);
    }

    /**
     * A co-located pair below the migration threshold.
     *
     * @param vmA    one VM
     * @param vmB    the other
     * @param hostId the host they share
     * @param score  their predicted affinity
     * @param weight their load share on the host (as the health index weighs pairs)
     */
    public record LowPair(String vmA, String vmB, String hostId, double score, double weight) {
        public LowPair {
            Objects.requireNonNull(vmA, "vmA");
            Objects.requireNonNull(vmB, "vmB");
            Objects.requireNonNull(hostId, "hostId");
        }

        public boolean involves(String vm) {
            return vmA.equals(vm) || vmB.equals(vm);
        }
    }

    /**
     * A host whose forecast breaches headroom.
     *
     * @param hostId      the host
     * @param resource    the resource most over, e.g. {@code cpu}
     * @param utilisation its forecast P95 peak over capacity
     */
    public record HotHost(String hostId, String resource, double utilisation) {
        public HotHost {
            Objects.requireNonNull(hostId, "hostId");
            Objects.requireNonNull(resource, "resource");
        }
    }

    /** The low pairs a VM is part of. */
    public List<LowPair> pairsOf(String vm) {
        return pairs.stream().filter(p -> p.involves(vm)).toList();
    }
}
