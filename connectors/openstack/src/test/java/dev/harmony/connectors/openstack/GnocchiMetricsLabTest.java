package dev.harmony.connectors.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.openstack.lab.BitbrainsReplay;
import dev.harmony.connectors.openstack.lab.OpenStackLab;
import dev.harmony.connectors.openstack.lab.ReplayedGnocchi;
import dev.harmony.connectors.openstack.lab.SharedLab;
import dev.harmony.connectors.openstack.metrics.GnocchiSettings;
import dev.harmony.connectors.openstack.metrics.MetricsConfig;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.TimeSeries;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Metrics read from the lab's real Gnocchi (found through Keystone's catalog, asked with the
 * connector's token), filled with the Bitbrains slice as Ceilometer would have written it.
 */
@ExtendWith(SharedLab.class)
class GnocchiMetricsLabTest {

    @Test
    void cpuAndMemoryOfEveryServerComeBackAsTheTraceRowsReplayed(OpenStackLab lab, ReplayedGnocchi gnocchi) {
        OpenStackOptions options = lab.adminOptions().withMetrics(MetricsConfig.gnocchi(GnocchiSettings.fromCatalog(2600)));
        try (OpenStackConnector openstack = OpenStackConnector.open(options)) {
            long t0 = System.nanoTime();
            List<TimeSeries> all = openstack.metrics(MetricQuery.all(gnocchi.from(), gnocchi.to()));
            System.out.printf("Gnocchi: %d series read in %.2f s%n", all.size(), (System.nanoTime() - t0) / 1e9);

            assertThat(all).hasSize(6 * 4);
            for (BitbrainsReplay.Vm vm : gnocchi.vms()) {
                check(all, vm, Metric.CPU_USAGE_PERCENT, BitbrainsReplay.Row::cpuPercent);
                check(all, vm, Metric.CPU_USAGE_MHZ, r -> r.cpuPercent() / 100 * r.cores() * 2600);
                check(all, vm, Metric.CPU_CORES, BitbrainsReplay.Row::cores);
                check(all, vm, Metric.MEMORY_USAGE_KIB, BitbrainsReplay.Row::memoryKb);
            }
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
                    .isCloseTo(want, Offset.offset(1e-3 + 1e-4 * Math.abs(want)));
        }
    }
}
