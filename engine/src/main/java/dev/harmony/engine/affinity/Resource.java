package dev.harmony.engine.affinity;

import dev.harmony.engine.model.Metric;
import java.util.List;
import java.util.Locale;

/**
 * A resource two VMs compete for on a host. Its demand is the sum of the listed metrics, so disk is
 * read plus write and network is received plus transmitted.
 */
public enum Resource {
    CPU("MHz", List.of(Metric.CPU_USAGE_MHZ)),
    MEMORY("KiB", List.of(Metric.MEMORY_USAGE_KIB)),
    DISK("KiB/s", List.of(Metric.DISK_READ_KIBPS, Metric.DISK_WRITE_KIBPS)),
    NETWORK("KiB/s", List.of(Metric.NETWORK_RX_KIBPS, Metric.NETWORK_TX_KIBPS));

    private final String unit;
    private final List<Metric> metrics;

    Resource(String unit, List<Metric> metrics) {
        this.unit = unit;
        this.metrics = metrics;
    }

    /** Unit of demand and of capacity. */
    public String unit() {
        return unit;
    }

    /** The metrics whose sum is this resource's demand. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** Short lower-case name used in feature column names. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
