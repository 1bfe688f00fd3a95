package dev.harmony.engine.model;

import java.util.Objects;
import java.util.Set;

/**
 * A virtual machine as provisioned.
 *
 * @param id             stable identifier, unique within a connector
 * @param name           name shown to the planner
 * @param vcpus          virtual CPUs
 * @param cpuCapacityMhz provisioned CPU capacity in MHz (vCPUs × clock)
 * @param memoryMib      provisioned memory in MiB
 * @param guestOs        guest operating system, empty when unknown
 * @param application    application group the VM belongs to, empty when unknown
 * @param tags           free tags: compliance tags, folders, labels
 * @param template       template or image the VM was cloned from, empty when unknown
 */
public record Vm(
        String id,
        String name,
        int vcpus,
        long cpuCapacityMhz,
        long memoryMib,
        String guestOs,
        String application,
        Set<String> tags,
        String template) {

    public Vm {
        Ids.require(id, "vm id");
        Objects.requireNonNull(name, "name");
        if (vcpus <= 0) {
            throw new IllegalArgumentException("vm " + id + ": vcpus must be positive, was " + vcpus);
        }
        Ids.nonNegative(cpuCapacityMhz, "vm " + id + " cpuCapacityMhz");
        if (memoryMib <= 0) {
            throw new IllegalArgumentException("vm " + id + ": memoryMib must be positive, was " + memoryMib);
        }
        guestOs = Objects.requireNonNullElse(guestOs, "");
        application = Objects.requireNonNullElse(application, "");
        template = Objects.requireNonNullElse(template, "");
        tags = Ids.sortedCopy(tags, "vm tag");
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
