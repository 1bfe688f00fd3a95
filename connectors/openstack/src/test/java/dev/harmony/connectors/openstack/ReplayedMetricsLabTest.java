package dev.harmony.connectors.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.openstack.lab.BitbrainsReplay;
import dev.harmony.connectors.openstack.lab.OpenStackLab;
import dev.harmony.connectors.openstack.lab.ReplayedPrometheus;
import dev.harmony.connectors.openstack.lab.SharedLab;
import dev.harmony.connectors.openstack.metrics.MetricsConfig;
import dev.harmony.connectors.openstack.metrics.PrometheusSettings;
import dev.harmony.engine.connector.Capability;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Metrics read through PromQL from a real Prometheus holding the real Bitbrains trace replayed as
 * libvirt-exporter series of the lab's servers (the lab's fake hypervisors measure nothing). Every
 * value must come back as the trace row it was written from.
 */
@ExtendWith(SharedLab.class)
class ReplayedMetricsLabTest {

    @Test
    void everyMetricOfEveryServerComesBackAsTheTraceRowsReplayed(OpenStackLab lab, ReplayedPrometheus prometheus) {
        OpenStackOptions options = lab.adminOptions().withMetrics(MetricsConfig.prometheus(
                PrometheusSettings.libvirtExporter(prometheus.url(), 2600)));
        try (OpenStackConnector openstack = OpenStackConnector.open(options)) {
            assertThat(openstack.capabilities()).contains(Capability.HISTORICAL_METRICS);

            long t0 = System.nanoTime();
            List<TimeSeries> all = openstack.metrics(MetricQuery.all(prometheus.from(), prometheus.to()));
            System.out.printf("Prometheus: %d series read in %.2f s%n", all.size(), (System.nanoTime() - t0) / 1e9);

            assertThat(all).hasSize(6 * 9);
            for (BitbrainsReplay.Vm vm : prometheus.vms()) {
                check(all, vm, Metric.CPU_USAGE_PERCENT, BitbrainsReplay.Row::cpuPercent);
                check(all, vm, Metric.CPU_USAGE_MHZ, r -> r.cpuPercent() / 100 * r.cores() * 2600);
                check(all, vm, Metric.CPU_CORES, BitbrainsReplay.Row::cores);
                check(all, vm, Metric.MEMORY_USAGE_KIB, BitbrainsReplay.Row::memoryKb);
                check(all, vm, Metric.MEMORY_CAPACITY_KIB, BitbrainsReplay.Row::memoryCapacityKb);
                check(all, vm, Metric.DISK_READ_KIBPS, BitbrainsReplay.Row::diskReadKbps);
                check(all, vm, Metric.DISK_WRITE_KIBPS, BitbrainsReplay.Row::diskWriteKbps);
                check(all, vm, Metric.NETWORK_RX_KIBPS, BitbrainsReplay.Row::netRxKbps);
                check(all, vm, Metric.NETWORK_TX_KIBPS, BitbrainsReplay.Row::netTxKbps);
            }
        }
    }

    @Test
    void aQueryForOneServerAndOneMetricReadsOnlyThat(OpenStackLab lab, ReplayedPrometheus prometheus) {
        OpenStackOptions options = lab.adminOptions().withMetrics(MetricsConfig.prometheus(
                PrometheusSettings.libvirtExporter(prometheus.url(), 2600)));
        BitbrainsReplay.Vm vm = prometheus.vms().get(2);
        try (OpenStackConnector openstack = OpenStackConnector.open(options)) {
            List<TimeSeries> one = openstack.metrics(new MetricQuery(Set.of(vm.serverId()), Set.of(Metric.MEMORY_USAGE_KIB),
                    prometheus.from(), prometheus.to()));

            assertThat(one).singleElement().satisfies(s -> {
                assertThat(s.vmId()).isEqualTo(vm.serverId());
                assertThat(s.metric()).isEqualTo(Metric.MEMORY_USAGE_KIB);
                assertThat(s.start()).isEqualTo(prometheus.from());
            });
        }
    }

    private static void check(List<TimeSeries> all, BitbrainsReplay.Vm vm, Metric metric, ToDoubleFunction<BitbrainsReplay.Row> expected) {
        TimeSeries s = all.stream().filter(t -> t.vmId().equals(vm.serverId()) && t.metric() == metric).findFirst()
                .orElseThrow(() -> new AssertionError("no " + metric + " for trace VM " + vm.trace()));
        assertThat(s.size()).isEqualTo(vm.rows().size());
        assertThat(s.presentCount()).isEqualTo(vm.rows().size());
        for (int i = 0; i < s.size(); i++) {
            double want = expected.applyAsDouble(vm.rows().get(i));
            assertThat((double) s.valueAt(i)).as("%s of trace VM %s, row %d", metric, vm.trace(), i)
                    .isCloseTo(want, org.assertj.core.data.Offset.offset(1e-3 + 1e-5 * Math.abs(want)));
        }
    }
}
