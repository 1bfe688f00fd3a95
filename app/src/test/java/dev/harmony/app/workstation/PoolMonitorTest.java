package dev.harmony.app.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harmony.engine.affinity.matrix.AffinityEntry;
import dev.harmony.engine.connector.Subscription;
import dev.harmony.engine.health.HealthComponent;
import dev.harmony.engine.health.HealthReport;
import dev.harmony.engine.health.HealthScore;
import dev.harmony.engine.health.PointsLost;
import dev.harmony.engine.model.Host;
import dev.harmony.engine.model.InventorySnapshot;
import dev.harmony.engine.model.Placement;
import dev.harmony.engine.model.Pool;
import dev.harmony.engine.model.Vm;
import dev.harmony.viz.graph.AffinityGraphViewModel;
import dev.harmony.viz.graph.AffinityPairs;
import dev.harmony.viz.graph.LiveGraphFeed;
import dev.harmony.viz.health.HealthDashboardViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** When the monitor recomputes, driven by a scripted feed and live batches run by hand. */
class PoolMonitorTest {
    private static final Instant NOW = Instant.parse("2013-07-07T22:00:00Z");

    /** A feed that records what it is asked and hands out a fixed pool. */
    private static final class ScriptedFeed implements PoolFeed {
        final List<Instant> affinityAsked = new ArrayList<>();
        final List<List<Instant>> healthAsked = new ArrayList<>();
        Consumer<LoadBatch> listener;
        boolean closed;
        RuntimeException affinityFailure;
        double index = 90;
        Runnable duringHealth = () -> { };

        @Override
        public Instant now() {
            return NOW;
        }

        @Override
        public InventorySnapshot inventory() {
            Host h = new Host("h1", "esx-1", "p", 32, 83_200, 393_216, 25_000, "az1", Set.of(), false);
            return new InventorySnapshot(NOW, "test", List.of(new Pool("p", "Pool", "dc")), List.of(h),
                    List.of(vm("v1"), vm("v2")), new Placement(Map.of("v1", "h1", "v2", "h1")));
        }

        @Override
        public AffinityPairs affinity(Instant at) {
            affinityAsked.add(at);
            if (affinityFailure != null) {
                throw affinityFailure;
            }
            return new AffinityPairs("scripted", List.of(new AffinityEntry("v1", "v2", -0.5f, true, false)));
        }

        @Override
        public List<HealthAssessment> health(List<Instant> moments) {
            healthAsked.add(moments);
            duringHealth.run();
            return moments.stream().map(t -> new HealthAssessment(report(t, index), inventory(), "scripted")).toList();
        }

        @Override
        public Subscription followLoads(Consumer<LoadBatch> l) {
            listener = l;
            return () -> closed = true;
        }
    }

    private static Vm vm(String id) {
        return new Vm(id, id, 2, 5_200, 8_192, "linux", "", Set.of(), "");
    }

    private static HealthReport report(Instant at, double index) {
        List<PointsLost> none = Arrays.stream(HealthComponent.values())
                .map(c -> new PointsLost(c, 0, c == HealthComponent.AFFINITY ? 30 : c == HealthComponent.HEADROOM ? 25 : 15, true, 0,
                        List.of())).toList();
        return new HealthReport(at, new HealthScore(index, none), Map.of("h1", new HealthScore(index, none)), Map.of());
    }

    private final QueuedUiRunner runner = new QueuedUiRunner();
    private final AffinityGraphViewModel graph = new AffinityGraphViewModel();
    private final HealthDashboardViewModel health = new HealthDashboardViewModel();
    private final PoolMonitor monitor = new PoolMonitor(runner, new LiveGraphFeed(Runnable::run, Runnable::run, graph::show),
            graph, health);

    private void live(ScriptedFeed feed, Duration after, float load) {
        feed.listener.accept(new LoadBatch(NOW.plus(after), Map.of("v1", load)));
    }

    @Test
    void startingComputesAffinityAndADayOfHourlyHealth() {
        ScriptedFeed feed = new ScriptedFeed();
        monitor.start(feed, feed.inventory());

        assertThat(feed.affinityAsked).containsExactly(NOW);
        assertThat(feed.healthAsked).singleElement().satisfies(m -> {
            assertThat(m).hasSize(25);
            assertThat(m.get(0)).isEqualTo(NOW.minus(Duration.ofHours(24)));
            assertThat(m.get(24)).isEqualTo(NOW);
        });
        assertThat(graph.vmCountProperty().get()).isEqualTo(2);
        assertThat(health.historyProperty().get()).hasSize(25);
        assertThat(monitor.analysisProperty().get()).isEmpty();
    }

    @Test
    void liveBatchesReachTheGraphAndHealthAndAffinityFollowSourceTime() {
        ScriptedFeed feed = new ScriptedFeed();
        monitor.start(feed, feed.inventory());

        live(feed, Duration.ofMinutes(5), 0.2f);
        live(feed, Duration.ofMinutes(10), 0.4f);
        runner.runUi();
        assertThat(graph.sceneProperty().get().load(graph.sceneProperty().get().indexOf("v1"))).isEqualTo(0.4f);
        assertThat(graph.liveProperty().get()).isEqualTo("live · 2013-07-07 22:10 UTC · 1 update");
        assertThat(feed.healthAsked).hasSize(1);

        live(feed, Duration.ofMinutes(15), 0.5f);
        runner.runUi();
        assertThat(feed.healthAsked).hasSize(2);
        assertThat(feed.healthAsked.get(1)).containsExactly(NOW.plus(Duration.ofMinutes(15)));
        assertThat(health.historyProperty().get()).hasSize(26);
        assertThat(feed.affinityAsked).hasSize(1);

        live(feed, Duration.ofMinutes(60), 0.5f);
        runner.runUi();
        assertThat(feed.affinityAsked).containsExactly(NOW, NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void aFailedComputationIsReportedAndClosingStopsTheStream() {
        ScriptedFeed feed = new ScriptedFeed();
        feed.affinityFailure = new IllegalStateException("lab:test has no telemetry between A and B");
        monitor.start(feed, feed.inventory());

        assertThat(monitor.analysisProperty().get())
                .isEqualTo("Could not compute affinity: lab:test has no telemetry between A and B");
        monitor.close();
        assertThat(feed.closed).isTrue();
        live(feed, Duration.ofHours(2), 0.5f);
        runner.runUi();
        assertThat(feed.affinityAsked).hasSize(1);
    }

    @Test
    void aRefreshThatStartedBeforeHealthWasShownFromElsewhereDoesNotReplaceIt() {
        ScriptedFeed feed = new ScriptedFeed();
        monitor.start(feed, feed.inventory());
        assertThat(health.poolIndexProperty().get()).isEqualTo(90);

        // The pool after executed moves is shown while a periodic refresh computes the pool before them.
        feed.index = 50;
        feed.duringHealth = monitor::supersede;
        live(feed, Duration.ofMinutes(15), 0.5f);
        runner.runUi();
        assertThat(feed.healthAsked).hasSize(2);
        assertThat(health.poolIndexProperty().get()).as("the stale refresh is dropped").isEqualTo(90);

        feed.duringHealth = () -> { };
        live(feed, Duration.ofMinutes(30), 0.5f);
        runner.runUi();
        assertThat(feed.healthAsked).hasSize(3);
        assertThat(health.poolIndexProperty().get()).as("a refresh started afterwards is shown").isEqualTo(50);
    }
}
