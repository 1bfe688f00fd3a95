package dev.harmony.connectors.lab.datacenter;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * VMs grouped into applications. The trace names no applications, so these groups are an inference;
 * {@link #method()} says how they were made.
 *
 * @param members the VMs of each group (two or more), by group name
 * @param method  how the groups were inferred, e.g. {@code correlation(network rx+tx, hourly) >= 0.8}
 */
public record ApplicationGroups(Map<String, List<String>> members, String method) {
    public ApplicationGroups {
        TreeMap<String, List<String>> copy = new TreeMap<>();
        members.forEach((group, vms) -> copy.put(group, List.copyOf(vms)));
        members = Collections.unmodifiableSortedMap(copy);
        Objects.requireNonNull(method, "method");
    }

    /** The group of a VM; empty for a VM that belongs to none. */
    public Optional<String> groupOf(String vmId) {
        return members.entrySet().stream().filter(e -> e.getValue().contains(vmId)).map(Map.Entry::getKey).findFirst();
    }

    /** VM id → group name, for every grouped VM. */
    public Map<String, String> groupByVm() {
        Map<String, String> byVm = new TreeMap<>();
        members.forEach((group, vms) -> vms.forEach(vm -> byVm.put(vm, group)));
        return byVm;
    }
}
