package dev.harmony.engine.planner;

import dev.harmony.engine.model.Strength;
import java.util.Objects;

/**
 * Two VMs a VM-VM rule binds (a rule over n VMs becomes its n(n−1)/2 pairs), as a problem fact.
 *
 * @param rule     the rule's name
 * @param vmA      one VM's id
 * @param vmB      the other's
 * @param together true for affinity, false for anti-affinity
 * @param strength must or should
 */
record RulePair(String rule, String vmA, String vmB, boolean together, Strength strength) {
    RulePair {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(vmA, "vmA");
        Objects.requireNonNull(vmB, "vmB");
        Objects.requireNonNull(strength, "strength");
    }

    /** Whether the two hosts break the rule. */
    boolean brokenBy(HostSlot a, HostSlot b) {
        return together == (a != b);
    }
}
