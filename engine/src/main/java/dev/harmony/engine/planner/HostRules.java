package dev.harmony.engine.planner;

import java.util.Set;

/**
 * The host-level rules that bind one VM, merged from every rule that names it.
 *
 * @param mustOn   hosts it must run on (intersection of its must VM-host rules); empty when no such rule
 * @param mustOff  hosts it must keep off
 * @param shouldOn hosts it should run on; empty when no such rule
 * @param shouldOff hosts it should keep off
 * @param zones    availability zones it may run in; empty when no zone rule
 * @param tags     compliance tags its host must carry
 */
record HostRules(Set<String> mustOn, Set<String> mustOff, Set<String> shouldOn, Set<String> shouldOff, Set<String> zones,
                 Set<String> tags) {
    static final HostRules NONE = new HostRules(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    HostRules {
        mustOn = Set.copyOf(mustOn);
        mustOff = Set.copyOf(mustOff);
        shouldOn = Set.copyOf(shouldOn);
        shouldOff = Set.copyOf(shouldOff);
        zones = Set.copyOf(zones);
        tags = Set.copyOf(tags);
    }

    boolean breaksMustHost(HostSlot h) {
        return !mustOn.isEmpty() && !mustOn.contains(h.id()) || mustOff.contains(h.id());
    }

    boolean breaksShouldHost(HostSlot h) {
        return !shouldOn.isEmpty() && !shouldOn.contains(h.id()) || shouldOff.contains(h.id());
    }

    boolean breaksZone(HostSlot h) {
        return !zones.isEmpty() && !zones.contains(h.zone());
    }

    boolean breaksCompliance(HostSlot h) {
        return tags.stream().anyMatch(t -> !h.hasTag(t));
    }
}
