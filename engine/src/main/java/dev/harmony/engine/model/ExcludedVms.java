package dev.harmony.engine.model;

import java.util.Objects;
import java.util.Set;

/**
 * VMs the planner must never move (licensing, pinned appliances, change freeze).
 *
 * @param name   name of the exclusion list
 * @param vmIds  the excluded VMs
 * @param reason why they are excluded, shown with any plan
 */
public record ExcludedVms(String name, Set<String> vmIds, String reason) implements Constraint {
    public ExcludedVms {
        Ids.require(name, "exclusion name");
        vmIds = Ids.sortedCopy(vmIds, "vm id");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Strength strength() {
        return Strength.MUST;
    }
}
