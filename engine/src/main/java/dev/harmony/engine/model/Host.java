package dev.harmony.engine.model;

import java.util.Objects;
import java.util.Set;

/**
 * A physical host (hypervisor) that runs VMs.
 *
 * @param id               stable identifier, unique within a connector
 * @param name             name shown to the planner
 * @param poolId           the pool the host belongs to
 * @param cpuCores         physical cores
 * @param cpuCapacityMhz   total CPU capacity: cores × clock, in MHz
 * @param memoryMib        physical memory in MiB
 * @param networkMbps      uplink bandwidth in Mbit/s (also the live-migration link)
 * @param availabilityZone availability zone or fault domain
 * @param tags             host tags, e.g. compliance tags such as {@code pci}
 * @param inMaintenance    whether the host is in maintenance mode (no VM may move to it)
 */
public record Host(
        String id,
        String name,
        String poolId,
        int cpuCores,
        long cpuCapacityMhz,
        long memoryMib,
        long networkMbps,
        String availabilityZone,
        Set<String> tags,
        boolean inMaintenance) {

    public Host {
        Ids.require(id, "host id");
        Objects.requireNonNull(name, "name");
        Ids.require(poolId, "pool id of host " + id);
        if (cpuCores <= 0) {
            throw new IllegalArgumentException("host " + id + ": cpuCores must be positive, was " + cpuCores);
        }
        if (cpuCapacityMhz <= 0 || memoryMib <= 0) {
            throw new IllegalArgumentException("host " + id + ": CPU and memory capacity must be positive");
        }
        Ids.nonNegative(networkMbps, "host " + id + " networkMbps");
        Objects.requireNonNull(availabilityZone, "availabilityZone");
        tags = Ids.sortedCopy(tags, "host tag");
    }

    /** The same host with its maintenance flag set as given. */
    public Host withMaintenance(boolean maintenance) {
        return new Host(id, name, poolId, cpuCores, cpuCapacityMhz, memoryMib, networkMbps,
                availabilityZone, tags, maintenance);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
