package dev.harmony.engine.model;

/**
 * A per-VM measurement Harmony stores and learns from. The unit is part of the name and of
 * {@link #unit()}; every connector converts to these units at its edge.
 */
public enum Metric {
    CPU_CORES("vCPU"),
    CPU_CAPACITY_MHZ("MHz"),
    CPU_USAGE_MHZ("MHz"),
    CPU_USAGE_PERCENT("%"),
    MEMORY_CAPACITY_KIB("KiB"),
    MEMORY_USAGE_KIB("KiB"),
    DISK_READ_KIBPS("KiB/s"),
    DISK_WRITE_KIBPS("KiB/s"),
    NETWORK_RX_KIBPS("KiB/s"),
    NETWORK_TX_KIBPS("KiB/s"),
    CPU_READY_PERCENT("%"),
    MEMORY_BALLOON_KIB("KiB");

    private final String unit;

    Metric(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
