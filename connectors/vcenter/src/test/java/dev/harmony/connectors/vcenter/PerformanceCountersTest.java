package dev.harmony.connectors.vcenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.vcenter.perf.Counter;
import dev.harmony.connectors.vcenter.perf.PerfCollector;
import dev.harmony.connectors.vcenter.sim.SharedSimulator;
import dev.harmony.connectors.vcenter.sim.Simulator;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.MetricSample;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.store.DatasetInfo;
import dev.harmony.engine.store.HarmonyStore;
import dev.harmony.engine.store.VmProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collection path of PerformanceManager counters: counter lookup by name, many VMs per
 * QueryPerf call, real-time and historical intervals, unit conversion, the engine's grid, the
 * store, and live polling. The simulator's counter values are canned sample data plus noise,
 * unrelated to the VMs, so these tests check only that values arrive, in range and in place;
 * affinity learning in tests uses replayed real traces (the lab connector), not these numbers.
 */
@ExtendWith(SharedSimulator.class)
class PerformanceCountersTest {

    @Test
    void realTimeCountersOfEveryVmArriveInTwoCalls(Simulator simulator, @TempDir Path dir) {
        Instant now = Instant.now();
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator)) {
            PerfCollector.Collected got = connector.collect(MetricQuery.all(now.minus(Duration.ofMinutes(10)), now));

            assertThat(got.interval().samplingSeconds()).isEqualTo(20);
            assertThat(got.calls()).as("100 VMs per QueryPerf call").isEqualTo(2);
            Set<String> vms = got.series().stream().map(TimeSeries::vmId).collect(Collectors.toSet());
            assertThat(vms).hasSizeGreaterThanOrEqualTo(100).hasSize(simulator.vms());
            for (Metric metric : List.of(Metric.CPU_USAGE_PERCENT, Metric.CPU_USAGE_MHZ, Metric.CPU_READY_PERCENT,
                    Metric.MEMORY_USAGE_KIB, Metric.MEMORY_BALLOON_KIB, Metric.NETWORK_RX_KIBPS, Metric.NETWORK_TX_KIBPS,
                    Metric.DISK_READ_KIBPS, Metric.DISK_WRITE_KIBPS)) {
                assertThat(got.series()).filteredOn(s -> s.metric() == metric).hasSize(simulator.vms());
            }
            for (TimeSeries s : got.series()) {
                assertThat(s.step()).isEqualTo(Duration.ofSeconds(20));
                assertThat(s.presentCount()).isGreaterThanOrEqualTo(25);
                for (float v : s.values()) {
                    assertThat(Float.isNaN(v) || v >= 0).isTrue();
                }
            }
            assertThat(got.series()).filteredOn(s -> s.metric() == Metric.CPU_USAGE_PERCENT)
                    .allSatisfy(s -> assertThat(max(s)).isLessThanOrEqualTo(100f));
        }
    }

    @Test
    void olderWindowsReadTheHistoricalRollups(Simulator simulator, @TempDir Path dir) {
        Instant now = Instant.now();
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator)) {
            MetricQuery sixHours = new MetricQuery(Set.of("vm-93", "vm-94"), Set.of(Metric.CPU_USAGE_MHZ),
                    now.minus(Duration.ofHours(6)), now);
            PerfCollector.Collected day = connector.collect(sixHours);
            assertThat(day.interval().samplingSeconds()).isEqualTo(300);
            assertThat(day.series()).hasSize(2).allSatisfy(s -> {
                assertThat(s.step()).isEqualTo(Duration.ofMinutes(5));
                assertThat(s.presentCount()).isGreaterThanOrEqualTo(70);
            });

            MetricQuery threeDays = new MetricQuery(Set.of("vm-93"), Set.of(), now.minus(Duration.ofDays(3)), now);
            assertThat(connector.collect(threeDays).interval().samplingSeconds()).isEqualTo(1800);
        }
    }

    @Test
    void collectedSeriesGoIntoTheTelemetryStore(Simulator simulator, @TempDir Path dir) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        MetricQuery window = new MetricQuery(Set.of(), Set.of(Metric.CPU_USAGE_MHZ, Metric.MEMORY_USAGE_KIB),
                now.minus(Duration.ofMinutes(30)), now);
        try (VcenterConnector connector = new SimulatorLogin(dir).connect(simulator);
                HarmonyStore store = HarmonyStore.inMemory("vcenter-telemetry")) {
            List<TimeSeries> series = connector.metrics(window);
            List<VmProfile> vms = connector.inventory().vms().stream()
                    .map(v -> new VmProfile("vcenter-sim", v.id(), v.vcpus(), v.cpuCapacityMhz(), v.memoryMib(), 0)).toList();
            store.datasets().save(new DatasetInfo("vcenter-sim", "vcenter-perf", connector.name(), now, vms.size(),
                    window.from(), window.to(), 20, window.metrics(), 0, 0, 0, List.of()), vms);
            store.telemetry().write("vcenter-sim", series);

            List<TimeSeries> back = store.telemetry().read("vcenter-sim", window);
            assertThat(back).hasSize(series.size());
            assertThat(back.stream().mapToInt(TimeSeries::presentCount).sum())
                    .isEqualTo(series.stream().mapToInt(TimeSeries::presentCount).sum());
        }
    }

    @Test
    void liveSubscriptionDeliversOnlyNewSamples(Simulator simulator, @TempDir Path dir) throws Exception {
        List<List<MetricSample>> batches = new CopyOnWriteArrayList<>();
        VcenterOptions fastPolls = new SimulatorLogin(dir).options(simulator).withLivePollPeriod(Duration.ofMillis(300));
        try (VcenterConnector connector = VcenterConnector.connect(fastPolls)) {
            Subscription subscription = connector.subscribe(Set.of("vm-93", "vm-94", "vm-95"), batches::add);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (batches.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            subscription.close();
        }
        assertThat(batches).isNotEmpty();
        List<MetricSample> first = batches.get(0);
        assertThat(first).extracting(MetricSample::vmId).containsOnly("vm-93", "vm-94", "vm-95");
        assertThat(first).extracting(MetricSample::metric).contains(Counter.CPU_USAGE.metric(), Counter.CPU_READY.metric());
        long distinct = batches.stream().flatMap(List::stream)
                .map(s -> s.vmId() + s.metric() + s.time()).distinct().count();
        assertThat(distinct).as("no sample is delivered twice")
                .isEqualTo(batches.stream().mapToLong(List::size).sum());
    }

    private static float max(TimeSeries s) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : s.values()) {
            if (!Float.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
