package dev.harmony.connectors.openstack.metrics;

import dev.harmony.engine.model.Metric;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to read server telemetry from Prometheus. Each metric is a PromQL template in which
 * {@code {selector}} becomes the label matcher of the servers asked for, {@code {label}} the label
 * holding the server's UUID, {@code {window}} the step as a range, and {@code {coreMhz}} the nominal MHz per vCPU.
 *
 * @param url            Prometheus' base URL, e.g. {@code https://prometheus.example.com:9090}
 * @param serverLabel    the label that holds the Nova server UUID ({@code uuid} for the libvirt exporter)
 * @param step           sampling step of the series read
 * @param nominalCoreMhz MHz per vCPU, for the MHz metric
 * @param queries        metric → PromQL template
 */
public record PrometheusSettings(URI url, String serverLabel, Duration step, long nominalCoreMhz, Map<Metric, String> queries) {
    public PrometheusSettings {
        Objects.requireNonNull(url, "url");
        if (serverLabel == null || !serverLabel.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
            throw new IllegalArgumentException("Prometheus server label must be a label name, was '" + serverLabel + "'");
        }
        if (step == null || step.toSeconds() < 1) {
            throw new IllegalArgumentException("Prometheus step must be at least one second, was " + step);
        }
        queries = Map.copyOf(queries);
    }

    /**
     * The metric names of the libvirt exporter (counters {@code libvirt_domain_info_cpu_time_seconds_total},
     * {@code libvirt_domain_block_stats_*_bytes_total}, {@code libvirt_domain_interface_stats_*_bytes_total}
     * and gauges {@code libvirt_domain_info_*}), labelled with the server UUID, read every 5 minutes.
     */
    public static PrometheusSettings libvirtExporter(URI url, long nominalCoreMhz) {
        Map<Metric, String> q = new EnumMap<>(Metric.class);
        String cpuRate = "rate(libvirt_domain_info_cpu_time_seconds_total{selector}[{window}])";
        q.put(Metric.CPU_USAGE_PERCENT, "100 * " + cpuRate + " / on({label}) libvirt_domain_info_virtual_cpus{selector}");
        q.put(Metric.CPU_USAGE_MHZ, cpuRate + " * {coreMhz}");
        q.put(Metric.CPU_CORES, "libvirt_domain_info_virtual_cpus{selector}");
        q.put(Metric.MEMORY_CAPACITY_KIB, "libvirt_domain_info_maximum_memory_bytes{selector} / 1024");
        q.put(Metric.MEMORY_USAGE_KIB, "libvirt_domain_info_memory_usage_bytes{selector} / 1024");
        q.put(Metric.DISK_READ_KIBPS, summed("libvirt_domain_block_stats_read_bytes_total"));
        q.put(Metric.DISK_WRITE_KIBPS, summed("libvirt_domain_block_stats_write_bytes_total"));
        q.put(Metric.NETWORK_RX_KIBPS, summed("libvirt_domain_interface_stats_receive_bytes_total"));
        q.put(Metric.NETWORK_TX_KIBPS, summed("libvirt_domain_interface_stats_transmit_bytes_total"));
        return new PrometheusSettings(url, "uuid", Duration.ofMinutes(5), nominalCoreMhz, q);
    }

    /** Per-device byte counters summed per server, in KiB/s. */
    private static String summed(String counter) {
        return "sum by ({label}) (rate(" + counter + "{selector}[{window}])) / 1024";
    }

    public PrometheusSettings withStep(Duration newStep) {
        return new PrometheusSettings(url, serverLabel, newStep, nominalCoreMhz, queries);
    }

    public PrometheusSettings withServerLabel(String label) {
        return new PrometheusSettings(url, label, step, nominalCoreMhz, queries);
    }
}
