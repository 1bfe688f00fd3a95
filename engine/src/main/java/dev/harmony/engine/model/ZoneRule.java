package dev.harmony.engine.model;

import java.util.Set;

/**
 * Availability-zone rule: the VMs may only run on hosts in one of the allowed zones.
 *
 * @param name         rule name
 * @param vmIds        the VMs
 * @param allowedZones zones they may run in
 */
public record ZoneRule(String name, Set<String> vmIds, Set<String> allowedZones) implements Constraint {
    public ZoneRule {
        Ids.require(name, "rule name");
        vmIds = Ids.sortedCopy(vmIds, "vm id");
        allowedZones = Ids.sortedCopy(allowedZones, "zone");
        if (vmIds.isEmpty() || allowedZones.isEmpty()) {
            throw new IllegalArgumentException("zone rule " + name + " needs VMs and at least one zone");
        }
    }

    @Override
    public Strength strength() {
        return Strength.MUST;
    }
}
