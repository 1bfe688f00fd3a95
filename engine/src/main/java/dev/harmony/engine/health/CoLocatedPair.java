package dev.harmony.engine.health;

import java.util.Objects;

/**
 * Two VMs on one host, with the affinity the index charges them: realized, or predicted where a model
 * supplies it.
 *
 * @param vmA      the VM whose id sorts first
 * @param vmB      the other
 * @param hostId   the host they share
 * @param affinity affinity in [-1, 1]
 * @param weight   the pair's load on the host, the sum of both VMs' load shares, at least 0
 */
public record CoLocatedPair(String vmA, String vmB, String hostId, double affinity, double weight) {
    public CoLocatedPair {
        Objects.requireNonNull(vmA, "vmA");
        Objects.requireNonNull(vmB, "vmB");
        Objects.requireNonNull(hostId, "hostId");
        if (vmA.compareTo(vmB) >= 0) {
            throw new IllegalArgumentException("pair must name two VMs in id order: " + vmA + ", " + vmB);
        }
        if (!(affinity >= -1 && affinity <= 1)) {
            throw new IllegalArgumentException("affinity must be within [-1, 1], was " + affinity);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be finite and at least 0, was " + weight);
        }
    }

    /** The pair as breakdowns name it, {@code vmA+vmB}. */
    public String label() {
        return vmA + "+" + vmB;
    }

    public boolean involves(String vmId) {
        return vmA.equals(vmId) || vmB.equals(vmId);
    }
}
