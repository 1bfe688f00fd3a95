package dev.harmony.engine.model;

import java.util.Objects;
import java.util.Set;

/**
 * VM-Host group rule: the VMs run on one of the hosts ({@code onHosts}) or on none of them.
 *
 * @param name     rule name
 * @param vmIds    the VM group
 * @param hostIds  the host group
 * @param onHosts  true: run on these hosts; false: keep off these hosts
 * @param strength must or should
 */
public record VmHostRule(String name, Set<String> vmIds, Set<String> hostIds, boolean onHosts, Strength strength)
        implements Constraint {
    public VmHostRule {
        Ids.require(name, "rule name");
        vmIds = Ids.sortedCopy(vmIds, "vm id");
        hostIds = Ids.sortedCopy(hostIds, "host id");
        if (vmIds.isEmpty() || hostIds.isEmpty()) {
            throw new IllegalArgumentException("rule " + name + " needs at least one VM and one host");
        }
        Objects.requireNonNull(strength, "strength");
    }
}
