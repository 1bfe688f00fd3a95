package dev.harmony.connectors.lab.datacenter;

import java.util.List;

/**
 * How the lab turns a trace into a datacenter. The same options and dataset always give the same datacenter.
 *
 * @param seed               seed of every random choice (placement order, metadata, rule members)
 * @param targetMemoryLoad   share of host memory the VMs' provisioned memory should fill, e.g. 0.65
 * @param zones              availability zones, 2 or 3
 * @param hostModels         server models to choose from, largest first
 * @param maxHostMemoryFill  most of one host's memory the initial placement may fill
 * @param maxVcpuPerCore     most vCPUs per physical core on one host
 * @param groupThreshold     least correlation for VMs to be grouped into one application
 * @param maxGroupSize       most VMs in one inferred application
 * @param hostInMaintenance  whether one host starts in maintenance (its VMs should leave)
 */
public record DatacenterOptions(
        long seed,
        double targetMemoryLoad,
        int zones,
        List<HostModel> hostModels,
        double maxHostMemoryFill,
        double maxVcpuPerCore,
        double groupThreshold,
        int maxGroupSize,
        boolean hostInMaintenance) {

    public DatacenterOptions {
        if (!(targetMemoryLoad > 0.1 && targetMemoryLoad <= 0.95)) {
            throw new IllegalArgumentException("targetMemoryLoad must be within 0.1..0.95, was " + targetMemoryLoad);
        }
        if (zones < 1 || zones > 9) {
            throw new IllegalArgumentException("zones must be within 1..9, was " + zones);
        }
        hostModels = List.copyOf(hostModels);
        if (hostModels.isEmpty()) {
            throw new IllegalArgumentException("at least one host model is needed");
        }
        if (!(maxHostMemoryFill > targetMemoryLoad && maxHostMemoryFill <= 1) || !(maxVcpuPerCore >= 1)) {
            throw new IllegalArgumentException("need targetMemoryLoad < maxHostMemoryFill <= 1 and maxVcpuPerCore >= 1");
        }
    }

    /** Seed 42, 65 % memory load, 3 zones, the standard catalog, 90 % host fill, 4 vCPUs per core, one host in maintenance. */
    public static DatacenterOptions defaults() {
        return new DatacenterOptions(42, 0.65, 3, HostModel.CATALOG, 0.9, 4.0, 0.75, 8, true);
    }

    /** The same options with another seed. */
    public DatacenterOptions withSeed(long newSeed) {
        return new DatacenterOptions(newSeed, targetMemoryLoad, zones, hostModels, maxHostMemoryFill, maxVcpuPerCore,
                groupThreshold, maxGroupSize, hostInMaintenance);
    }
}
