package dev.harmony.connectors.openstack.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.openstack.http.JsonHttp;
import dev.harmony.connectors.openstack.http.TlsPolicy;
import dev.harmony.engine.model.Metric;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The libvirt-exporter templates fill in the servers, label, window and core speed. */
class PromqlTemplateTest {
    private final PrometheusMetrics prometheus = new PrometheusMetrics(new JsonHttp(TlsPolicy.verified(), Duration.ofSeconds(1),
            Duration.ofSeconds(1)), PrometheusSettings.libvirtExporter(URI.create("http://127.0.0.1:9090"), 2600));

    @Test
    void cpuPercentDividesCpuSecondsPerSecondByVcpus() {
        assertThat(prometheus.promql(Metric.CPU_USAGE_PERCENT, List.of("a1", "b2"))).isEqualTo(
                "100 * rate(libvirt_domain_info_cpu_time_seconds_total{uuid=~\"a1|b2\"}[300s])"
                        + " / on(uuid) libvirt_domain_info_virtual_cpus{uuid=~\"a1|b2\"}");
    }

    @Test
    void diskCountersAreSummedOverDevicesPerServerInKibPerSecond() {
        assertThat(prometheus.promql(Metric.DISK_READ_KIBPS, List.of("a1"))).isEqualTo(
                "sum by (uuid) (rate(libvirt_domain_block_stats_read_bytes_total{uuid=~\"a1\"}[300s])) / 1024");
        assertThat(prometheus.promql(Metric.CPU_USAGE_MHZ, List.of("a1"))).endsWith("[300s]) * 2600");
    }

    @Test
    void aServerIdCannotInjectPromql() {
        assertThat(prometheus.promql(Metric.CPU_CORES, List.of("a\"}) or vector(1"))).isEqualTo(
                "libvirt_domain_info_virtual_cpus{uuid=~\"aorvector1\"}");
    }
}
