package dev.harmony.connectors.lab.datacenter;

import java.util.List;
import java.util.Objects;

/**
 * A server model the lab builds hosts from.
 *
 * @param name           short name, e.g. {@code 2s-48c-768g}
 * @param cores          physical cores over both sockets
 * @param mhzPerCore     clock per core in MHz
 * @param memoryGib      physical memory in GiB
 * @param networkMbps    uplink (and live-migration link) in Mbit/s
 */
public record HostModel(String name, int cores, int mhzPerCore, int memoryGib, long networkMbps) {
    /** Two-socket servers at 2.6 GHz with 25 Gbit/s, from large to compact. */
    public static final List<HostModel> CATALOG = List.of(
            new HostModel("2s-48c-768g", 48, 2600, 768, 25_000),
            new HostModel("2s-32c-384g", 32, 2600, 384, 25_000),
            new HostModel("2s-24c-192g", 24, 2600, 192, 25_000));

    public HostModel {
        Objects.requireNonNull(name, "name");
        if (cores <= 0 || mhzPerCore <= 0 || memoryGib <= 0 || networkMbps <= 0) {
            throw new IllegalArgumentException("host model " + name + " needs positive cores, clock, memory and network");
        }
    }

    public long cpuCapacityMhz() {
        return (long) cores * mhzPerCore;
    }

    public long memoryMib() {
        return memoryGib * 1024L;
    }
}
