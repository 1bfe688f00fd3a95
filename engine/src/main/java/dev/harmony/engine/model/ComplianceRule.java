package dev.harmony.engine.model;

import java.util.Set;

/**
 * Compliance rule: VMs that carry a compliance tag (e.g. {@code pci}) run only on hosts with the same tag.
 *
 * @param tag   the compliance tag
 * @param vmIds the VMs that carry it
 */
public record ComplianceRule(String tag, Set<String> vmIds) implements Constraint {
    public ComplianceRule {
        Ids.require(tag, "compliance tag");
        vmIds = Ids.sortedCopy(vmIds, "vm id");
    }

    @Override
    public String name() {
        return "compliance:" + tag;
    }

    @Override
    public Strength strength() {
        return Strength.MUST;
    }
}
