package dev.harmony.connectors.vcenter.perf;

import dev.harmony.engine.model.Metric;
import java.util.Optional;

/**
 * The vCenter performance counters Harmony reads for each VM, and how each value turns into the
 * engine's unit. vCenter's "KB" is 1,024 bytes. Network and disk are read by direction
 * ({@code net.received} + {@code net.transmitted} make {@code net.usage}; {@code disk.read} +
 * {@code disk.write} make {@code disk.usage}), because the engine keeps directions apart. Memory
 * use is {@code mem.active}, the KiB figure behind the {@code mem.usage} percentage.
 */
public enum Counter {
    CPU_USAGE("cpu.usage.average", Metric.CPU_USAGE_PERCENT),
    CPU_USAGE_MHZ("cpu.usagemhz.average", Metric.CPU_USAGE_MHZ),
    CPU_READY("cpu.ready.summation", Metric.CPU_READY_PERCENT),
    MEMORY_ACTIVE("mem.active.average", Metric.MEMORY_USAGE_KIB),
    MEMORY_BALLOON("mem.vmmemctl.average", Metric.MEMORY_BALLOON_KIB),
    NET_RECEIVED("net.received.average", Metric.NETWORK_RX_KIBPS),
    NET_TRANSMITTED("net.transmitted.average", Metric.NETWORK_TX_KIBPS),
    DISK_READ("disk.read.average", Metric.DISK_READ_KIBPS),
    DISK_WRITE("disk.write.average", Metric.DISK_WRITE_KIBPS);

    private final String vcenterName;
    private final Metric metric;

    Counter(String vcenterName, Metric metric) {
        this.vcenterName = vcenterName;
        this.metric = metric;
    }

    /** {@code group.name.rollup}, as vCenter names the counter. */
    public String vcenterName() {
        return vcenterName;
    }

    public Metric metric() {
        return metric;
    }

    /** The counter read for a metric, if Harmony reads one for it. */
    public static Optional<Counter> forMetric(Metric metric) {
        for (Counter c : values()) {
            if (c.metric == metric) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The raw value in the engine's unit, or NaN when vCenter had none (it sends -1).
     *
     * @param raw             the value vCenter sent
     * @param intervalSeconds the sample's interval, for counters summed over it
     */
    public double convert(long raw, int intervalSeconds) {
        if (raw < 0) {
            return Double.NaN;
        }
        return switch (this) {
            // Percentages come in hundredths of a percent.
            case CPU_USAGE -> raw / 100.0;
            // Ready time is milliseconds summed over the interval (and over vCPUs): share of the interval's time.
            case CPU_READY -> raw * 100.0 / (intervalSeconds * 1000.0);
            default -> raw;
        };
    }
}
