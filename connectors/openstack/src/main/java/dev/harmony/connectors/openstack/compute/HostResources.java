package dev.harmony.connectors.openstack.compute;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compute node's capacity and what is allocated on it.
 *
 * @param vcpus        physical CPUs the node reports
 * @param memoryMb     physical memory in MB
 * @param vcpusUsed    vCPUs allocated to servers
 * @param memoryMbUsed memory allocated to servers, in MB
 * @param runningVms   servers on the node; -1 when the source does not say
 * @param source       {@code hypervisor} (Compute API up to 2.87) or {@code placement} (from 2.88)
 */
public record HostResources(int vcpus, long memoryMb, int vcpusUsed, long memoryMbUsed, int runningVms, String source) {

    /** The usage fields of {@code os-hypervisors/detail} up to microversion 2.87. */
    static HostResources fromHypervisor(JsonNode h) {
        return new HostResources(h.path("vcpus").asInt(), h.path("memory_mb").asLong(), h.path("vcpus_used").asInt(),
                h.path("memory_mb_used").asLong(), h.path("running_vms").asInt(-1), "hypervisor");
    }

    /** Placement's inventories ({@code total}) and usages of a compute node's resource provider. */
    static HostResources fromPlacement(JsonNode inventories, JsonNode usages, int runningVms) {
        JsonNode inv = inventories.path("inventories");
        JsonNode used = usages.path("usages");
        return new HostResources(inv.path("VCPU").path("total").asInt(), inv.path("MEMORY_MB").path("total").asLong(),
                used.path("VCPU").asInt(), used.path("MEMORY_MB").asLong(), runningVms, "placement");
    }
}
