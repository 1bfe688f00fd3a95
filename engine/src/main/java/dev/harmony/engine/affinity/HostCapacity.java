package dev.harmony.engine.affinity;

import dev.harmony.engine.model.Host;

/**
 * What the host a pair shares, or would share, can deliver per {@link Resource}, in that resource's unit.
 *
 * @param cpuMhz       CPU capacity in MHz
 * @param memoryKib    memory in KiB
 * @param diskKibps    disk throughput (read plus write) in KiB/s
 * @param networkKibps network throughput (received plus transmitted) in KiB/s
 */
public record HostCapacity(double cpuMhz, double memoryKib, double diskKibps, double networkKibps) {
    private static final double KIBPS_PER_MBPS = 1_000_000.0 / 8 / 1024;

    public HostCapacity {
        positive(cpuMhz, "cpuMhz");
        positive(memoryKib, "memoryKib");
        positive(diskKibps, "diskKibps");
        positive(networkKibps, "networkKibps");
    }

    /**
     * The capacity of a host. The model has no disk figure for hosts, so the caller supplies it.
     * Network counts the uplink once per direction, as the VMs' demand sums both directions.
     */
    public static HostCapacity of(Host host, double diskKibps) {
        if (host.networkMbps() <= 0) {
            throw new IllegalArgumentException("host " + host.id() + " has no network bandwidth to share");
        }
        return new HostCapacity(host.cpuCapacityMhz(), host.memoryMib() * 1024.0, diskKibps,
                2 * host.networkMbps() * KIBPS_PER_MBPS);
    }

    /** Capacity of one resource in its unit. */
    public double of(Resource resource) {
        return switch (resource) {
            case CPU -> cpuMhz;
            case MEMORY -> memoryKib;
            case DISK -> diskKibps;
            case NETWORK -> networkKibps;
        };
    }

    /** Every resource multiplied by {@code factor}, e.g. to ask what a smaller host would do. */
    public HostCapacity scaled(double factor) {
        return new HostCapacity(cpuMhz * factor, memoryKib * factor, diskKibps * factor, networkKibps * factor);
    }

    private static void positive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite, was " + value);
        }
    }
}
