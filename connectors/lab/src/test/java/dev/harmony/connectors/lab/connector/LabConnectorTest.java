package dev.harmony.connectors.lab.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harmony.connectors.lab.BundledData;
import dev.harmony.connectors.lab.TestClock;
import dev.harmony.engine.connector.Capability;
import dev.harmony.engine.connector.ConnectorException;
import dev.harmony.engine.connector.MetricQuery;
import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.model.HostMaintenance;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Metric;
import dev.harmony.engine.model.MetricSample;
import dev.harmony.engine.model.TimeSeries;
import dev.harmony.engine.model.TrafficEstimate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LabConnectorTest {
    private static final Instant START = Instant.parse("2013-07-07T22:00:00Z");
    private final TestClock wall = new TestClock(Instant.parse("2026-01-01T12:00:00Z"));
    private final LabConnector lab = new LabConnector("bitbrains-rnd", BundledData.bitbrains(),
            LabOptions.defaults().withWallClock(wall).withSpeed(60).withTickPeriod(Duration.ofMillis(5)));

    @AfterEach
    void close() {
        lab.close();
    }

    @Test
    void replayStartsSevenDaysIntoTheTraceByDefault() {
        assertThat(lab.now()).isEqualTo(START);
        assertThat(lab.name()).isEqualTo("lab:bitbrains-rnd");
    }

    @Test
    void capabilitiesOfferReplayClockAndEstimatedButNotMeasuredTraffic() {
        assertThat(lab.capabilities()).contains(Capability.REPLAY_CLOCK, Capability.TRAFFIC_ESTIMATED, Capability.MIGRATION,
                Capability.INVENTORY, Capability.RULES).doesNotContain(Capability.TRAFFIC_MEASURED);
    }

    @Test
    void inventoryIsTakenAtTraceTimeWithEveryVmPlaced() {
        wall.advance(Duration.ofSeconds(10));

        InventorySnapshot inv = lab.inventory();

        assertThat(inv.takenAt()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        assertThat(inv.source()).isEqualTo("lab:bitbrains-rnd");
        assertThat(inv.vms()).hasSize(120);
        assertThat(inv.placement().size()).isEqualTo(120);
        assertThat(inv.pools()).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo("lab-pool"));
    }

    @Test
    void metricsStopAtTheLastIntervalCompletedByTheReplayClock() {
        wall.advance(Duration.ofSeconds(7));

        List<TimeSeries> series = lab.metrics(new MetricQuery(Set.of("bb-5"), Set.of(Metric.CPU_USAGE_PERCENT),
                START.minus(Duration.ofHours(1)), START.plus(Duration.ofDays(3))));

        assertThat(series).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(START.minus(Duration.ofHours(1)));
            assertThat(s.end()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        });
    }

    @Test
    void metricsOfTheFutureAreNotServed() {
        assertThat(lab.metrics(MetricQuery.all(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(2))))).isEmpty();
    }

    @Test
    void subscriptionStreamsSamplesAsTraceTimeAdvancesAndStopsWhenClosed() throws Exception {
        List<List<MetricSample>> batches = new CopyOnWriteArrayList<>();
        Subscription sub = lab.subscribe(Set.of("bb-5"), batches::add);

        wall.advance(Duration.ofSeconds(10));
        waitFor(() -> !batches.isEmpty());

        List<MetricSample> samples = batches.stream().flatMap(List::stream).toList();
        assertThat(samples).allSatisfy(s -> assertThat(s.vmId()).isEqualTo("bb-5"));
        assertThat(samples).extracting(MetricSample::time).containsOnly(START, START.plus(Duration.ofMinutes(5)));
        assertThat(samples).extracting(MetricSample::metric).contains(Metric.CPU_USAGE_MHZ, Metric.NETWORK_TX_KIBPS);
        sub.close();
        int delivered = batches.size();
        wall.advance(Duration.ofSeconds(60));
        TimeUnit.MILLISECONDS.sleep(50);
        assertThat(batches).hasSize(delivered);
    }

    @Test
    void subscribingToAnUnknownVmIsRefused() {
        assertThatThrownBy(() -> lab.subscribe(Set.of("bb-99999"), b -> { }))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("[bb-99999]");
    }

    @Test
    void trafficIsAGravityEstimateInsideApplicationGroups() {
        List<TrafficEstimate> traffic = lab.traffic(START.minus(Duration.ofDays(1)), START);

        assertThat(traffic).isNotEmpty().allSatisfy(t -> {
            assertThat(t.estimated()).isTrue();
            assertThat(t.method()).startsWith("gravity-model(app-group");
        });
        var groups = lab.datacenter().groups().groupByVm();
        assertThat(traffic).allSatisfy(t -> assertThat(groups.get(t.vmA())).isEqualTo(groups.get(t.vmB())));
    }

    @Test
    void constraintsFollowMaintenanceSetThroughTheLabControls() {
        lab.setMaintenance("host-03", true);

        assertThat(lab.constraints()).anyMatch(c -> c instanceof HostMaintenance m && m.hostId().equals("host-03"));
        assertThat(lab.inventory().host("host-03")).hasValueSatisfying(h -> assertThat(h.inMaintenance()).isTrue());
        lab.setMaintenance("host-03", false);
        assertThat(lab.constraints()).noneMatch(c -> c instanceof HostMaintenance m && m.hostId().equals("host-03"));
    }

    @Test
    void closedConnectorRefusesCalls() {
        lab.close();

        assertThatThrownBy(lab::inventory).isInstanceOf(ConnectorException.class).hasMessage("lab:bitbrains-rnd is closed");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as("condition within 5 s").isTrue();
    }
}
