package dev.harmony.engine.model;

import java.util.Objects;
import java.util.Set;

/**
 * VM-VM rule: the VMs run together on one host ({@code together}) or each on a different host.
 *
 * @param name     rule name
 * @param vmIds    the VMs the rule binds (two or more)
 * @param together true for affinity, false for anti-affinity
 * @param strength must or should
 */
public record VmAffinityRule(String name, Set<String> vmIds, boolean together, Strength strength) implements Constraint {
    public VmAffinityRule {
        Ids.require(name, "rule name");
        vmIds = Ids.sortedCopy(vmIds, "vm id");
        if (vmIds.size() < 2) {
            throw new IllegalArgumentException("rule " + name + " needs at least two VMs, has " + vmIds.size());
        }
        Objects.requireNonNull(strength, "strength");
    }
}
