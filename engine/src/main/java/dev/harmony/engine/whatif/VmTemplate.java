package dev.harmony.engine.whatif;

import java.util.Objects;
import java.util.Optional;

/**
 * The size and demand of VMs a scenario adds.
 *
 * @param vcpus          virtual CPUs, at least 1
 * @param cpuMhz         provisioned CPU in MHz
 * @param memoryMib      provisioned memory in MiB, at least 1
 * @param likeVm         an existing VM whose demand each new VM copies; empty to use the constant demand below
 * @param cpuDemandMhz   constant CPU demand in MHz when there is no {@code likeVm}
 * @param memoryDemandMib constant memory in use, in MiB, when there is no {@code likeVm}
 */
public record VmTemplate(int vcpus, long cpuMhz, long memoryMib, Optional<String> likeVm, double cpuDemandMhz,
                         double memoryDemandMib) {
    public VmTemplate {
        Objects.requireNonNull(likeVm, "likeVm");
        if (vcpus < 1 || cpuMhz < 0 || memoryMib < 1 || cpuDemandMhz < 0 || memoryDemandMib < 0) {
            throw new IllegalArgumentException("template needs vcpus ≥ 1, memory ≥ 1 MiB and no negative figure");
        }
    }
}
