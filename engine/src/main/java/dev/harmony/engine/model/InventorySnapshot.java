package dev.harmony.engine.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a connector knows about the inventory at one moment.
 *
 * @param takenAt   when the snapshot was read (connector clock; trace time for the lab)
 * @param source    the connector that produced it, e.g. {@code lab:bitbrains-rnd}
 * @param pools     pools (clusters)
 * @param hosts     hosts of those pools
 * @param vms       VMs
 * @param placement where each VM runs
 */
public record InventorySnapshot(
        Instant takenAt,
        String source,
        List<Pool> pools,
        List<Host> hosts,
        List<Vm> vms,
        Placement placement) {

    public InventorySnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(source, "source");
        pools = List.copyOf(pools);
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
        Objects.requireNonNull(placement, "placement");
        java.util.Set<String> hostIds = new java.util.HashSet<>();
        hosts.forEach(h -> hostIds.add(h.id()));
        java.util.Set<String> vmIds = new java.util.HashSet<>();
        vms.forEach(v -> vmIds.add(v.id()));
        for (var entry : placement.hostByVm().entrySet()) {
            if (!vmIds.contains(entry.getKey())) {
                throw new IllegalArgumentException("placement names VM " + entry.getKey() + ", which is not in the inventory");
            }
            if (!hostIds.contains(entry.getValue())) {
                throw new IllegalArgumentException("VM " + entry.getKey() + " is placed on unknown host " + entry.getValue());
            }
        }
    }

    public Optional<Host> host(String hostId) {
        return hosts.stream().filter(h -> h.id().equals(hostId)).findFirst();
    }

    public Optional<Vm> vm(String vmId) {
        return vms.stream().filter(v -> v.id().equals(vmId)).findFirst();
    }

    /** A copy with a different placement, e.g. after a migration. */
    public InventorySnapshot withPlacement(Instant at, Placement newPlacement) {
        return new InventorySnapshot(at, source, pools, hosts, vms, newPlacement);
    }
}
