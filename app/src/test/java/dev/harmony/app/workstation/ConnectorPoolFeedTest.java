package dev.harmony.app.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.connectors.lab.catalog.LabCatalog;
import dev.harmony.connectors.lab.connector.LabConnector;
import dev.harmony.connectors.lab.connector.LabOptions;
import dev.harmony.engine.affinity.matrix.AffinityEntry;
import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.health.HealthComponent;
import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.viz.graph.AffinityPairs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workstation's computations on the real bundled lab, paused at its default start. */
class ConnectorPoolFeedTest {
    private static LabConnector lab;
    private static ConnectorPoolFeed feed;

    @BeforeAll
    static void open() {
        lab = new LabCatalog().open("bitbrains-rnd", LabOptions.defaults());
        lab.replayClock().pause();
        feed = new ConnectorPoolFeed(lab, PoolFeedOptions.defaults());
    }

    @AfterAll
    static void close() {
        lab.close();
    }

    @Test
    void affinityKeepsEveryScoredCoLocatedPairAndAFewStrongPartnersElsewhere() {
        InventorySnapshot inventory = feed.inventory();
        AffinityPairs pairs = feed.affinity(feed.now());

        assertThat(pairs.basis()).startsWith("realized ").endsWith("all pairs scored");
        List<AffinityEntry> together = pairs.entries().stream().filter(AffinityEntry::coLocated).toList();
        long coLocatedPairs = inventory.hosts().stream().mapToLong(h -> {
            long n = inventory.placement().vmsOn(h.id()).size();
            return n * (n - 1) / 2;
        }).sum();
        assertThat(together).hasSizeGreaterThan((int) (coLocatedPairs * 0.8)).hasSizeLessThanOrEqualTo((int) coLocatedPairs);
        assertThat(pairs.entries().size() - together.size()).isLessThanOrEqualTo(120 * 8);
        assertThat(pairs.entries()).allSatisfy(e -> assertThat(e.score()).isBetween(-1f, 1f));
        assertThat(pairs.entries()).anySatisfy(e -> assertThat(e.score()).isNegative());
        assertThat(pairs.entries()).anySatisfy(e -> assertThat(e.score()).isPositive());
    }

    @Test
    void healthJudgesEveryHostOnMeasuredDemandAndAForecast() {
        Instant now = feed.now();
        List<HealthAssessment> assessed = feed.health(List.of(now.minus(Duration.ofHours(2)), now));

        assertThat(assessed).hasSize(2);
        HealthReport report = assessed.get(1).report();
        assertThat(report.at()).isBeforeOrEqualTo(now).isAfter(now.minus(Duration.ofMinutes(5)));
        assertThat(report.pool().index()).isBetween(0.0, 100.0);
        assertThat(report.hosts()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(report.pool().component(HealthComponent.PREDICTED_CONTENTION).assessed()).as("forecast made").isTrue();
        assertThat(report.pool().component(HealthComponent.AFFINITY).assessed()).isTrue();
        assertThat(assessed.get(1).basis()).contains("6 h before").contains("forecast 6 h ahead");
    }

    @Test
    void momentsWithoutAWholeWindowOfTelemetryBeforeThemAreSkipped() {
        Instant traceStart = lab.dataset().start();
        assertThat(feed.health(List.of(traceStart.plus(Duration.ofHours(1))))).isEmpty();
    }

    @Test
    void liveSamplesArriveAsCpuSharesOfEachVm() throws Exception {
        try (LabConnector fast = new LabCatalog().open("bitbrains-rnd", LabOptions.defaults().withSpeed(3600))) {
            CompletableFuture<LoadBatch> first = new CompletableFuture<>();
            try (Subscription s = new ConnectorPoolFeed(fast, PoolFeedOptions.defaults()).followLoads(first::complete)) {
                LoadBatch batch = first.get(20, TimeUnit.SECONDS);
                assertThat(batch.loads()).hasSizeGreaterThan(100);
                assertThat(batch.loads().values()).allSatisfy(v -> assertThat(v).isBetween(0f, 1f));
                assertThat(batch.until()).isAfter(fast.dataset().start());
            }
        }
    }
}
