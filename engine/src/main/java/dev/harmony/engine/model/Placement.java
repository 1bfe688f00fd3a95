package dev.harmony.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each VM runs: VM id → host id. Immutable; {@link #with} returns a changed copy.
 *
 * @param hostByVm the host of each placed VM
 */
public record Placement(Map<String, String> hostByVm) {
    public Placement {
        TreeMap<String, String> copy = new TreeMap<>();
        hostByVm.forEach((vm, host) -> copy.put(Ids.require(vm, "vm id"), Ids.require(host, "host id of " + vm)));
        hostByVm = Collections.unmodifiableSortedMap(copy);
    }

    public static Placement empty() {
        return new Placement(Map.of());
    }

    public Optional<String> hostOf(String vmId) {
        return Optional.ofNullable(hostByVm.get(vmId));
    }

    /** The VMs on a host, sorted by id. */
    public List<String> vmsOn(String hostId) {
        List<String> vms = new ArrayList<>();
        hostByVm.forEach((vm, host) -> {
            if (host.equals(hostId)) {
                vms.add(vm);
            }
        });
        return vms;
    }

    /** A copy with one VM on another host. */
    public Placement with(String vmId, String hostId) {
        Map<String, String> changed = new TreeMap<>(hostByVm);
        changed.put(vmId, hostId);
        return new Placement(changed);
    }

    public int size() {
        return hostByVm.size();
    }
}
