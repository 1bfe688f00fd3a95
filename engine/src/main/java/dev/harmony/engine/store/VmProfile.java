package dev.harmony.engine.store;

import java.util.Objects;

/**
 * The provisioned size of one VM in a dataset, as the trace recorded it.
 *
 * @param dataset        dataset name
 * @param vmId           VM id within the dataset
 * @param vcpus          provisioned vCPUs (modal value over the trace)
 * @param cpuCapacityMhz provisioned CPU in MHz (modal value)
 * @param memoryMib      provisioned memory in MiB (modal value)
 * @param rows           rows read for this VM
 */
public record VmProfile(String dataset, String vmId, int vcpus, long cpuCapacityMhz, long memoryMib, long rows) {
    public VmProfile {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(vmId, "vmId");
    }
}
