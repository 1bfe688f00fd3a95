package dev.harmony.connectors.lab.dataset;

import java.util.Objects;

/**
 * One VM of a lab dataset as the trace provisioned it.
 *
 * @param id             VM id, e.g. {@code bb-12} or {@code pl-planetlab1_cs_pitt_edu_rnp_dcc_ufjf}
 * @param file           the trace file it was read from
 * @param vcpus          provisioned vCPUs (modal non-zero value)
 * @param cpuCapacityMhz provisioned CPU in MHz (modal non-zero value)
 * @param memoryMib      provisioned memory in MiB (modal non-zero value)
 * @param sizeSynthetic  true when the trace has no size and the lab assigned one (PlanetLab)
 * @param rows           data rows read from the file
 */
public record LabVm(String id, String file, int vcpus, long cpuCapacityMhz, long memoryMib, boolean sizeSynthetic,
        long rows) {
    public LabVm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
    }
}
